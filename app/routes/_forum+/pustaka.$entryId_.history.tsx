import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { KbRegulation } from '#db/schema'
import { allowOr404, idParamOr404 } from '~/auth/guards.server'
import { RegulationList } from '~/components/kb/entry-parts'
import { db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findEntry, listEntryRevisions } from '~/models/kb.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** Every version of an entry, newest first, each with who reviewed it (by badge) and how. Public, like the entry. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const entryId = idParamOr404(params.entryId)
  const entry = await findEntry(db(), entryId)
  allowOr404(!!entry)
  const [revisions, t, locale] = await Promise.all([listEntryRevisions(db(), entry.id), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return {
    pageTitle: t('kb.historyTitle'),
    locale,
    entry: { id: entry.id, title: entry.title },
    revisions: revisions.map((r) => ({
      id: r.id,
      version: r.version,
      kind: r.kind,
      badge: r.editor_badge,
      title: r.title,
      question: r.question_md,
      answer: r.answer_md,
      tags: r.tags,
      regulations: r.regulations as KbRegulation[],
      note: r.note,
      createdAt: r.created_at.toISOString(),
    })),
  }
}

export default function EntryHistoryPage() {
  const { entry, revisions, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <h1>{t('kb.historyTitle')}</h1>
      <p>
        <Link to={`/pustaka/${entry.id}`}>{entry.title}</Link>
      </p>
      <ol className="kb-history">
        {revisions.map((r) => (
          <li key={r.id} className="revision-block">
            <h2>
              {t('kb.historyVersion', { version: r.version, date: formatDateTime(r.createdAt, locale) })} · {t(`kb.kind.${r.kind}`)}
            </h2>
            <p className="muted">{t('kb.historyBy', { badge: r.badge || t('kb.moderatorBadge') })}</p>
            {r.note ? <p>{t('kb.historyNote', { note: r.note })}</p> : null}
            {r.kind === 'confirm' ? null : (
              <>
                <p className="revision-title">{r.title}</p>
                <h3>{t('kb.question')}</h3>
                <pre className="revision">{r.question}</pre>
                <h3>{t('kb.answer')}</h3>
                <pre className="revision">{r.answer}</pre>
                <h3>{t('kb.regulations')}</h3>
                <RegulationList regulations={r.regulations} />
                <p>{r.tags.map((tag) => t(`kb.tag.${tag}`)).join(', ')}</p>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
