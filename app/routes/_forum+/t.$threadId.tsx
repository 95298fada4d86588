import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useEventSource } from 'remix-utils/sse/react'
import { useLiveReload } from '~/lib/use-live-reload'
import { formatDate } from '~/lib/format'
import type { z } from 'zod'
import { allowOr404, getActor, idParamOr404, requireActor } from '~/auth/guards.server'
import { AnonymousCheckbox, ComposerButtons, FormErrors } from '~/components/forum/composer-parts'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { PiiWarning } from '~/components/forum/pii-warning'
import { PostCard, ReplyQuoteLink } from '~/components/forum/post-card'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { forwardRetryAfter } from '~/lib/headers'
import { pageTitle } from '~/lib/meta'
import { cachedThreadRead } from '~/lib/read-cache.server'
import { answerRefusal, formAction } from '~/lib/action.server'
import { isId } from '~/lib/ids'
import { COMPOSER_REFUSAL_FIELDS, ReplySchema } from '~/schemas/forum'
import { previewDraft, type PiiNotice } from '~/services/posts/draft.server'
import { replyToThread } from '~/services/posts/publish.server'
import { loadThreadView } from '~/services/thread-view.server'
import { isWatching } from '~/services/watching/watches.server'
import { WatchButton } from '~/components/forum/watch-button'
import { listReplyQuotes } from '~/services/reply-quotes.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.thread.title, data?.thread.category.name),
  { name: 'description', content: data?.thread.title ?? '' },
  { property: 'og:title', content: data?.thread.title ?? '' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const threadId = idParamOr404(params.threadId)
  const url = new URL(request.url)
  const after = url.searchParams.get('after')
  const page = Math.min(1000, Math.max(1, Number(url.searchParams.get('page')) || 1))
  const sort = url.searchParams.get('sort') === 'oldest' || after ? 'oldest' : 'best'
  const [actor, locale] = await Promise.all([getActor(request), i18nServer.getLocale(request)])
  const afterId = isId(after) ? after : null
  const load = () => loadThreadView(db(), threadId, { actor, locale, sort, page, afterId })
  // Anonymous readers share one cached view per page of the thread (dropped on any change).
  const view = actor ? await load() : await cachedThreadRead(threadId, `${locale}:${sort}:${page}:${afterId ?? ''}`, load)
  allowOr404(!!view)
  // The reader's own watch state (never cached: anonymous readers see the sign-in link).
  const watching = actor ? await isWatching(db(), actor.id, { threadId }) : null
  // "Replying to #311" above the composer names the quoted post's public author and its first words.
  const replyToId = url.searchParams.get('replyTo')
  const replyQuote = actor && isId(replyToId) ? ((await listReplyQuotes(db(), threadId, [replyToId])).get(replyToId) ?? null) : null
  return { ...view, locale, signedIn: !!actor, watching, idempotencyKey: crypto.randomUUID(), replyQuote }
}

export const action = formAction(async ({ request, params, form }) => {
  const threadId = idParamOr404(params.threadId)
  const { actor } = await requireActor(request)
  const submission = parseWithZod(form, { schema: ReplySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), preview: null, pii: null }, { status: 400 })
  const { intent, replyTo, ...draft } = submission.value
  // No category field here: "verified employees only" is said above the form.
  const view = { reply: submission.reply, base: { preview: null as string | null, pii: null as PiiNotice | null }, fields: { ...COMPOSER_REFUSAL_FIELDS, verifiedOnly: undefined }, decisionKey: 'pii' }
  if (intent === 'preview') {
    const preview = await previewDraft(db(), actor, draft.body)
    return preview.ok ? data({ result: submission.reply(), preview: preview.value, pii: null }) : answerRefusal(preview, view)
  }
  const reply = await replyToThread(db(), { actor, threadId, replyToPostId: replyTo ?? null, ...draft })
  if (!reply.ok) return answerRefusal(reply, view)
  if (reply.value.crisis) return redirect(`/support?post=${reply.value.postId}`)
  return redirectWithFlash(`/t/${threadId}#p${reply.value.postId}`, 'forum.posted')
})

function LiveUpdates({ threadId }: { threadId: string }) {
  const { t } = useTranslation()
  const lastEvent = useLiveReload(`/events/thread/${threadId}`, 'thread')
  const ready = useEventSource(`/events/thread/${threadId}`, { event: 'ready' })
  return (
    <p className="visually-hidden" role="status" data-live={ready ? 'ready' : 'connecting'}>
      {lastEvent ? t('forum.newReplies') : ''}
    </p>
  )
}

export default function ThreadPage() {
  const { thread, posts, highlights, sort, page, nextAfter, nextPage, isFirstPage, can, rater, locale, signedIn, watching, idempotencyKey, replyQuote } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const replyTo = replyQuote ? replyQuote.id : null
  const [form, fields] = useForm<z.input<typeof ReplySchema>>({
    id: `reply-${thread.id}`,
    lastResult: actionData?.result,
    defaultValue: { idempotencyKey },
    shouldValidate: 'onSubmit',
  })
  const opening = isFirstPage ? posts.find((p) => p.isOpening) : undefined
  const answers = posts.filter((p) => p !== opening)
  return (
    <div className="thread">
      <nav aria-label={t('forum.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('nav.home')}</Link> › <Link to={`/c/${thread.category.slug}`}>{thread.category.name}</Link>
      </nav>
      <h1>{thread.title}</h1>
      <p className="thread-badges">
        {thread.pinned ? <span className="badge">{t('forum.pinned')}</span> : null}
        {thread.solved ? <span className="badge badge-solved">{t('forum.solved')}</span> : null}
        {thread.hasExpertAnswer ? <span className="badge badge-expert">{t('forum.expertAnswered')}</span> : null}
        {thread.locked ? <span className="badge">{t('forum.locked')}</span> : null}
        {thread.tags.map((tag) => (
          <Link key={tag} to={`/c/${thread.category.slug}?tag=${encodeURIComponent(tag)}`} className="tag-link">
            {`#${tag}`}
          </Link>
        ))}
      </p>
      <WatchButton kind="thread" action={`/t/${thread.id}/watch`} watching={watching} signedIn={signedIn} loginTo={`/t/${thread.id}`} />
      {thread.kbEntry ? (
        <p className="notice kb-thread-link">
          {t('kb.threadHasEntry')} <Link to={`/pustaka/${thread.kbEntry.id}`}>{thread.kbEntry.title}</Link>
        </p>
      ) : null}
      {can.makeEntry ? (
        <p>
          <Link to={`/pustaka/new?thread=${thread.id}`} className="button button-secondary button-small">
            {t('kb.makeEntry')}
          </Link>
        </p>
      ) : null}
      {can.pin ? (
        <Form method="post" action={`/t/${thread.id}/pin`} className="inline-form">
          <AuthenticityTokenInput />
          <input type="hidden" name="pinned" value={thread.pinned ? 'false' : 'true'} />
          <button type="submit" className="button button-secondary button-small">
            {thread.pinned ? t('forum.unpin') : t('forum.pin')}
          </button>
        </Form>
      ) : null}
      {opening ? <PostCard post={opening} locale={locale} threadId={thread.id} canReply={can.reply} /> : null}
      {highlights.length > 0 ? (
        <section aria-labelledby="highlights-heading" className="highlights">
          <h2 id="highlights-heading">{t('ratings.highlights')}</h2>
          <ul className="highlight-list">
            {highlights.map((h) => {
              const name = h.author.kind === 'anonymous' ? h.author.handle : h.author.kind === 'deleted' ? t('account.deletedMember') : h.author.pseudonym
              const label = t('ratings.highlightLink', { author: name, id: h.postId })
              return (
                <li key={h.postId} className={`highlight highlight-${h.kinds[h.kinds.length - 1]}`}>
                  <span className="highlight-kind">{h.kinds.map((k) => t(`ratings.highlight_${k}`)).join(' · ')}</span>
                  {h.href.startsWith('#') ? <a href={h.href}>{label}</a> : <Link to={h.href}>{label}</Link>}
                  <span className="muted">{t('ratings.helpfulCount', { count: h.helpful })}</span>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">
          {`${t('forum.answers')} (${thread.replyCount})`}
        </h2>
        <nav aria-label={t('forum.sortLabel')}>
          <ul className="pill-list">
            <li>
              <Link to={`/t/${thread.id}`} aria-current={sort === 'best' ? 'true' : undefined} className="pill">
                {t('ratings.sortBest')}
              </Link>
            </li>
            <li>
              <Link to={`/t/${thread.id}?sort=oldest`} aria-current={sort === 'oldest' ? 'true' : undefined} className="pill">
                {t('ratings.sortOldest')}
              </Link>
            </li>
          </ul>
        </nav>
        {rater && !rater.counts && answers.some((p) => p.can.rate) ? (
          <p className="notice rating-standing">{t('ratings.newAccountNotice', { date: formatDate(rater.countsFrom!, locale), days: rater.days })}</p>
        ) : null}
        {!isFirstPage ? (
          <p>
            <Link to={sort === 'oldest' ? `/t/${thread.id}?sort=oldest` : `/t/${thread.id}`}>{t('forum.earlierPosts')}</Link>
          </p>
        ) : null}
        <ol className="post-list">
          {answers.map((post) => (
            <li key={post.id}>
              <PostCard post={post} locale={locale} threadId={thread.id} canReply={can.reply} rater={rater} />
            </li>
          ))}
        </ol>
        {nextAfter || nextPage ? (
          <p>
            <Link to={nextAfter ? `/t/${thread.id}?after=${nextAfter}` : `/t/${thread.id}?page=${nextPage}`} className="button button-secondary">
              {t('forum.morePosts')}
            </Link>
          </p>
        ) : null}
        {page > 1 ? <span className="visually-hidden">{page}</span> : null}
      </section>
      <LiveUpdates threadId={thread.id} />
      {thread.locked ? <p className="notice">{t('forum.lockedNotice')}</p> : null}
      {can.reply ? (
        <section id="reply" aria-labelledby="reply-heading" className="reply-box">
          <h2 id="reply-heading">{t('forum.replyHeading')}</h2>
          <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
            <AuthenticityTokenInput />
            <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
            {replyTo ? (
              <div className="replying-to">
                <input type="hidden" name="replyTo" value={replyTo} />
                <p className="muted">{t('forum.replyingTo', { id: replyTo })}</p>
                <ReplyQuoteLink id={replyTo} quote={replyQuote} /> <Link to={`/t/${thread.id}#reply`}>{t('forum.cancelReplyTo')}</Link>
              </div>
            ) : null}
            <FormErrors errors={form.errors} />
            {actionData?.pii ? <PiiWarning notice={actionData.pii} /> : null}
            <MarkdownEditor meta={fields.body} label={t('forum.replyHeading')} serverPreview={actionData?.preview} draft={{ form: `reply-${thread.id}` }} />
            <AnonymousCheckbox meta={fields.anonymous} />
            <ComposerButtons publishLabel={t('forum.replySubmit')} />
          </Form>
        </section>
      ) : !signedIn ? (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(`/t/${thread.id}`)}`} className="button">
            {t('forum.loginToReply')}
          </Link>
        </p>
      ) : thread.staffOnly ? (
        <p className="notice">{t('forum.staffOnlyNotice')}</p>
      ) : thread.verifiedOnly && !thread.locked ? (
        <p className="notice">
          {t('verify.verifiedOnlyNotice')} <Link to="/me/verify">{t('verify.verifiedOnlyLink')}</Link>
        </p>
      ) : null}
    </div>
  )
}
