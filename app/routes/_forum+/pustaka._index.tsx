import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { KB_TAGS } from '#db/schema'
import { getActor } from '~/auth/guards.server'
import { EntryList } from '~/components/kb/entry-parts'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { countEntriesByTag, findActiveExpertise, listEntries } from '~/models/kb.server'
import { canViewKbReviewQueue } from '~/policies'
import { toEntrySummary } from '~/services/kb/view.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The knowledge base: every process tag, the latest reviewed entries, and a search box. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [actor, locale, t] = await Promise.all([getActor(request), i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const [entries, counts, expertise] = await Promise.all([listEntries(db(), { limit: 50 }), countEntriesByTag(db()), findActiveExpertise(db(), actor?.id)])
  const countOf = new Map(counts.map((c) => [c.tag, Number(c.count)]))
  return {
    pageTitle: t('kb.title'),
    locale,
    tags: KB_TAGS.map((tag) => ({ tag, count: countOf.get(tag) ?? 0 })),
    entries: entries.map((e) => toEntrySummary(e, locale)),
    canReviewQueue: canViewKbReviewQueue(actor, expertise),
  }
}

export default function KnowledgeBasePage() {
  const { tags, entries, locale, canReviewQueue } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('kb.title')}</h1>
          <p className="muted">{t('kb.intro')}</p>
        </div>
        {canReviewQueue ? (
          <Link to="/pustaka/review" className="button button-secondary">
            {t('kb.reviewQueue')}
          </Link>
        ) : null}
      </div>
      <Form method="get" action="/search" role="search" className="search-form">
        <div className="field">
          <label htmlFor="kb-q">{t('kb.searchLabel')}</label>
          <input id="kb-q" type="search" name="q" maxLength={200} />
        </div>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </Form>
      <nav aria-labelledby="kb-tags-heading">
        <h2 id="kb-tags-heading">{t('kb.processes')}</h2>
        <ul className="pill-list kb-tag-pills">
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <Link to={`/pustaka/tag/${tag}`} className="pill">
                {`${t(`kb.tag.${tag}`)} (${count})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t('kb.latest')}</h2>
      {entries.length ? <EntryList entries={entries} locale={locale} headingLevel={3} /> : <p>{t('kb.empty')}</p>}
    </section>
  )
}
