import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { KB_TAGS, type KbTag } from '#db/schema'
import { allowOr404 } from '~/auth/guards.server'
import { EntryList } from '~/components/kb/entry-parts'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listEntries } from '~/models/kb.server'
import { toEntrySummary } from '~/services/kb/view.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** One process (kenaikan pangkat, mutasi, …): its entries. An unknown process is a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const tag = params.tag as KbTag
  allowOr404((KB_TAGS as readonly string[]).includes(tag))
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const entries = await listEntries(db(), { tag, limit: 200 })
  const name = t(`kb.tag.${tag}`)
  return { pageTitle: `${name} · ${t('kb.title')}`, tag, name, locale, entries: entries.map((e) => toEntrySummary(e, locale)) }
}

export default function KbTagPage() {
  const { name, entries, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <nav aria-label={t('forum.breadcrumb')} className="breadcrumb">
        <Link to="/pustaka">{t('kb.title')}</Link> › {name}
      </nav>
      <h1>{t('kb.tagTitle', { name })}</h1>
      {entries.length ? <EntryList entries={entries} locale={locale} /> : <p>{t('kb.tagEmpty')}</p>}
      <p>
        <Link to={`/search?q=${encodeURIComponent(name)}`}>{t('kb.searchThreadsFor', { name })}</Link>
      </p>
    </section>
  )
}
