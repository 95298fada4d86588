import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { EntryList } from '~/components/kb/entry-parts'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findActiveExpertise, listEntries } from '~/models/kb.server'
import { canModerate, canViewKbReviewQueue } from '~/policies'
import { toEntrySummary } from '~/services/kb/view.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** Entries past their review date: an expert sees those of their areas, a moderator all of them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const expertise = await findActiveExpertise(db(), actor.id)
  allowOr404(canViewKbReviewQueue(actor, expertise))
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const due = await listEntries(db(), { dueInAreas: canModerate(actor) ? null : (expertise?.areas ?? []), limit: 200 })
  return { pageTitle: t('kb.reviewQueue'), locale, entries: due.map((e) => toEntrySummary(e, locale)) }
}

export default function KbReviewQueuePage() {
  const { entries, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <nav aria-label={t('forum.breadcrumb')} className="breadcrumb">
        <Link to="/pustaka">{t('kb.title')}</Link> › {t('kb.reviewQueue')}
      </nav>
      <h1>{t('kb.reviewQueue')}</h1>
      <p className="muted">{t('kb.reviewQueueHelp')}</p>
      {entries.length ? (
        <>
          <p role="status">{t('kb.dueCount', { count: entries.length })}</p>
          <EntryList entries={entries} locale={locale} />
        </>
      ) : (
        <p role="status">{t('kb.nothingDue')}</p>
      )}
    </section>
  )
}
