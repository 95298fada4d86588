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
  accepted: boolean
  rating: { helpful: number; unhelpful: number; mine: 'helpful' | 'unhelpful' | null }
  can: { edit: boolean; delete: boolean; history: boolean; rate: boolean; accept: boolean; flag: boolean; escalate: boolean }
}

function RatingControls({ post }: { post: PostView }) {
  const { t } = useTranslation()
  const counts = (
    <>
      <span>{t('ratings.helpfulCount', { count: post.rating.helpful })}</span>
      <span>{t('ratings.unhelpfulCount', { count: post.rating.unhelpful })}</span>
    </>
  )
  if (!post.can.rate) return <p className="rating-counts">{counts}</p>
  const button = (choice: 'helpful' | 'unhelpful', label: string) => {
    const pressed = post.rating.mine === choice
    return (
      <button type="submit" name="choice" value={pressed ? 'withdraw' : choice} aria-pressed={pressed} className={`rate-button${pressed ? ' pressed' : ''}`}>
        {label}
      </button>
    )
  }
  return (
    <Form method="post" action={`/p/${post.id}/rate`} className="rating" preventScrollReset aria-label={t('ratings.rateThis')}>
      <AuthenticityTokenInput />
      {button('helpful', t('ratings.helpful', { count: post.rating.helpful }))}
      {button('unhelpful', t('ratings.unhelpful', { count: post.rating.unhelpful }))}
    </Form>
  )
}

export function PostCard({ post, locale, threadId, canReply }: { post: PostView; locale: string; threadId: string; canReply: boolean }) {
  const { t } = useTranslation()
  const domId = `p${post.id}`
  return (
    <article
      id={domId}
      className={`post${post.isOpening ? ' post-opening' : ''}${post.removed ? ' post-removed' : ''}${post.accepted ? ' post-accepted' : ''}`}
      aria-labelledby={`${domId}-meta`}
    >
      <header className="post-meta" id={`${domId}-meta`}>
        <AuthorLabel author={post.author} />
        <span className="post-time">
          {' · '}
          <a href={`#p${post.id}`}>
            <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, locale)}</time>
          </a>
          {post.editedAt ? <span className="muted">{` · ${t('forum.edited')}`}</span> : null}
        </span>
        {post.accepted ? <span className="badge badge-solved">{t('ratings.accepted')}</span> : null}
        {post.replyToPostId ? (
          <a className="reply-ref" href={`#p${post.replyToPostId}`}>
            {`↩ ${t('forum.postNumber', { id: post.replyToPostId })}`}
          </a>
        ) : null}
      </header>
      {post.removed ? (
        <p className="placeholder">
          {post.removed === 'deleted'
            ? t('forum.deleted')
            : post.hiddenReason === 'awaiting_review'
              ? t('moderation.awaitingReview')
              : t('forum.hidden')}
          {post.hiddenReason && post.hiddenReason !== 'awaiting_review' ? ` ${t('forum.hiddenReason', { reason: post.hiddenReason })}` : null}
        </p>
      ) : (
        <SanitizedHtml html={post.bodyHtml ?? ''} />
      )}
      <footer className="post-actions">
        {!post.isOpening && !post.removed ? <RatingControls post={post} /> : null}
        {post.can.accept ? (
          <Form method="post" action={`/t/${threadId}/accept`} className="inline-form" preventScrollReset>
            <AuthenticityTokenInput />
            <input type="hidden" name="postId" value={post.accepted ? '' : post.id} />
            <button type="submit" className="button button-secondary button-small">
              {post.accepted ? t('ratings.unaccept') : t('ratings.accept')}
            </button>
          </Form>
        ) : null}
        {canReply && !post.removed ? (
          <Link to={`/t/${threadId}?replyTo=${post.id}#reply`} preventScrollReset>
            {t('forum.replyToThis')}
          </Link>
        ) : null}
        {post.can.edit ? <Link to={`/p/${post.id}/edit`}>{t('forum.edit')}</Link> : null}
        {post.can.flag ? <Link to={`/p/${post.id}/flag`}>{t('moderation.flag')}</Link> : null}
        {post.can.history ? <Link to={`/p/${post.id}/history`}>{t('forum.history')}</Link> : null}
        {post.can.escalate ? <Link to={`/mod/p/${post.id}#escalate-case`}>{t('cases.escalateLink')}</Link> : null}
        {post.can.delete ? (
          <Form
            method="post"
            action={`/p/${post.id}/delete`}
            className="inline-form"
            onSubmit={(e) => {
              if (!confirm(t('forum.deleteConfirm'))) e.preventDefault()
            }}
          >
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
