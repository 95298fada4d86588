import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { formatDateTime } from '~/lib/format'
import { AuthorLabel, type PublicAuthor } from './author-label'
import { SanitizedHtml } from './post-body'

export interface PostView {
  id: string
  isOpening: boolean
  replyToPostId: string | null
  author: PublicAuthor
  bodyHtml: string | null
  removed: 'deleted' | 'hidden' | null
  hiddenReason: string | null
  createdAt: string
  editedAt: string | null
  can: { edit: boolean; delete: boolean; history: boolean }
}

export function PostCard({ post, locale, threadId, canReply }: { post: PostView; locale: string; threadId: string; canReply: boolean }) {
  const { t } = useTranslation()
  return (
    <article id={`p${post.id}`} className={`post${post.isOpening ? ' post-opening' : ''}${post.removed ? ' post-removed' : ''}`} aria-labelledby={`p${post.id}-meta`}>
      <header className="post-meta" id={`p${post.id}-meta`}>
        <AuthorLabel author={post.author} />
        <span className="post-time">
          {' · '}
          <a href={`#p${post.id}`}>
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, locale)}</time>
          </a>
          {post.editedAt ? <span className="muted"> · {t('forum.edited')}</span> : null}
        </span>
        {post.replyToPostId ? (
          <a className="reply-ref" href={`#p${post.replyToPostId}`}>
            ↩ {t('forum.postNumber', { id: post.replyToPostId })}
          </a>
        ) : null}
      </header>
      {post.removed ? (
        <p className="placeholder">
          {post.removed === 'deleted' ? t('forum.deleted') : t('forum.hidden')}
          {post.hiddenReason ? ` ${t('forum.hiddenReason', { reason: post.hiddenReason })}` : null}
        </p>
      ) : (
        <SanitizedHtml html={post.bodyHtml ?? ''} />
      )}
      <footer className="post-actions">
        {canReply && !post.removed ? (
          <Link to={`/t/${threadId}?replyTo=${post.id}#reply`} preventScrollReset>
            {t('forum.replyToThis')}
          </Link>
        ) : null}
        {post.can.edit ? <Link to={`/p/${post.id}/edit`}>{t('forum.edit')}</Link> : null}
        {post.can.history ? <Link to={`/p/${post.id}/history`}>{t('forum.history')}</Link> : null}
        {post.can.delete ? (
          <Form method="post" action={`/p/${post.id}/delete`} className="inline-form" onSubmit={(e) => { if (!confirm(t('forum.deleteConfirm'))) e.preventDefault() }}>
            <AuthenticityTokenInput />
            <button type="submit" className="link-button danger">
              {t('forum.delete')}
            </button>
          </Form>
        ) : null}
      </footer>
    </article>
  )
}
