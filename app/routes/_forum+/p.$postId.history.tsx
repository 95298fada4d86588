import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findPost, listRevisions } from '~/models/posts.server'
import { canViewPostHistory } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** Earlier versions of a post: for its author and for moderators only (404 for anyone else). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const postId = idParamOr404(params.postId)
  const post = await findPost(db(), postId)
  allowOr404(!!post && canViewPostHistory(actor, { authorId: post.author_id }))
  const [revisions, t, locale] = await Promise.all([listRevisions(db(), post.id), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return {
    pageTitle: t('forum.historyTitle'),
    locale,
    post: { id: post.id, threadId: post.thread_id, title: post.title, body: post.body_md, isOpening: post.is_opening },
    // Each revision holds the text as it was before the edit made at its time.
    revisions: revisions.map((r) => ({ id: r.id, title: r.title, body: r.body_md, reason: r.reason, createdAt: r.created_at.toISOString() })),
  }
}

export default function PostHistoryPage() {
  const { post, revisions, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <h1>{t('forum.historyTitle')}</h1>
      <p>
        <Link to={`/t/${post.threadId}#p${post.id}`}>{post.title}</Link>
      </p>
      <h2>{t('forum.currentVersion')}</h2>
      <pre className="revision">{post.body}</pre>
      {revisions.length === 0 ? <p>{t('forum.historyEmpty')}</p> : null}
      {revisions.map((r) => (
        <article key={r.id} className="revision-block">
          <h2>{t('forum.historyVersion', { date: formatDateTime(r.createdAt, locale) })}</h2>
          {r.title ? <p className="revision-title">{r.title}</p> : null}
          <pre className="revision">{r.body}</pre>
        </article>
      ))}
    </section>
  )
}
