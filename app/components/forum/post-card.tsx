import { Form, Link, useFetcher } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useHydrated } from 'remix-utils/use-hydrated'
import { formatDate, formatDateTime } from '~/lib/format'
import { AuthorLabel, type PublicAuthor } from './author-label'
import { SanitizedHtml } from './post-body'

export interface PostView {
  id: string
  isOpening: boolean
  replyToPostId: string | null
  /** The post this one answers: its public author name and a few plain words (null once removed). */
  replyTo?: { id: string; author: string | null; snippet: string | null } | null
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

/** Whether the reader's ratings count yet (a new account's are recorded, and count later). */
export interface RaterStanding {
  counts: boolean
  countsFrom: string | null
  days: number
}

type Choice = 'helpful' | 'unhelpful'

/** The counts as they will be once a click from this reader is recorded (shown at once). */
function optimistic(rating: PostView['rating'], next: Choice | null, counts: boolean) {
  if (!counts) return { ...rating, mine: next }
  const helpful = rating.helpful - (rating.mine === 'helpful' ? 1 : 0) + (next === 'helpful' ? 1 : 0)
  const unhelpful = rating.unhelpful - (rating.mine === 'unhelpful' ? 1 : 0) + (next === 'unhelpful' ? 1 : 0)
  return { helpful: Math.max(0, helpful), unhelpful: Math.max(0, unhelpful), mine: next }
}

function RatingControls({ post, rater, locale }: { post: PostView; rater: RaterStanding | null; locale: string }) {
  const { t } = useTranslation()
  const fetcher = useFetcher<{ rated: string }>()
  const hydrated = useHydrated()
  const sent = fetcher.formData?.get('choice')
  const rating =
    fetcher.state !== 'idle' && typeof sent === 'string' ? optimistic(post.rating, sent === 'withdraw' ? null : (sent as Choice), !!rater?.counts) : post.rating
  const counts = (
    <>
      <span>{t('ratings.helpfulCount', { count: rating.helpful })}</span>
      <span>{t('ratings.unhelpfulCount', { count: rating.unhelpful })}</span>
    </>
  )
  if (!post.can.rate) return <p className="rating-counts">{counts}</p>
  const button = (choice: Choice, label: string) => {
    const pressed = rating.mine === choice
    return (
      <button type="submit" name="choice" value={pressed ? 'withdraw' : choice} aria-pressed={pressed} className={`rate-button${pressed ? ' pressed' : ''}`}>
        {label}
      </button>
    )
  }
  const noteId = `rating-note-${post.id}`
  const pending = rater && !rater.counts && rating.mine
  return (
    <div className="rating-block">
      <fetcher.Form
        method="post"
        action={`/p/${post.id}/rate`}
        className="rating"
        preventScrollReset
        aria-label={t('ratings.rateThis')}
        aria-describedby={pending ? noteId : undefined}
      >
        <AuthenticityTokenInput />
        {hydrated ? <input type="hidden" name="stay" value="1" /> : null}
        {button('helpful', t('ratings.helpful', { count: rating.helpful }))}
        {button('unhelpful', t('ratings.unhelpful', { count: rating.unhelpful }))}
      </fetcher.Form>
      {/* Polite: said once after the click, not read out for every answer on load. */}
      <p id={noteId} className="rating-note" role="status">
        {pending ? t('ratings.recordedNotCounted', { date: formatDate(rater.countsFrom!, locale), days: rater.days }) : ''}
      </p>
    </div>
  )
}

/** "In reply to RusaBiru (post #311): the first words…", linking to the quoted post. */
export function ReplyQuoteLink({ id, quote }: { id: string; quote: PostView['replyTo'] }) {
  const { t } = useTranslation()
  return (
    <a className="reply-quote" href={`#p${id}`}>
      <span className="reply-quote-who">
        <span aria-hidden="true">↩ </span>
        {quote?.author ? t('replyQuote.inReplyTo', { author: quote.author, id }) : t('replyQuote.removed', { id })}
      </span>
      {quote?.snippet ? <span className="reply-quote-text">{quote.snippet}</span> : null}
    </a>
  )
}

export function PostCard({ post, locale, threadId, canReply, rater = null }: { post: PostView; locale: string; threadId: string; canReply: boolean; rater?: RaterStanding | null }) {
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
      </header>
      {post.replyToPostId ? <ReplyQuoteLink id={post.replyToPostId} quote={post.replyTo ?? null} /> : null}
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
        {!post.isOpening && !post.removed ? <RatingControls post={post} rater={rater} locale={locale} /> : null}
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
