import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BadgeChip } from '~/components/forum/author-label'
import { CategoryFilter } from '~/components/forum/category-filter'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { listActiveExperts } from '~/models/experts.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const categories = (await listCategories(db(), locale)).filter((c) => !c.staffOnly)
  const slug = new URL(request.url).searchParams.get('area')
  const area = categories.find((c) => c.slug === slug) ?? null
  const names = new Map(categories.map((c) => [c.id, c.name]))
  const experts = await listActiveExperts(db(), area?.id ?? null)
  return {
    pageTitle: t('experts.directoryTitle'),
    area: area?.slug ?? '',
    categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
    experts: experts.map((e) => ({
      pseudonym: e.pseudonym,
      reputation: e.reputation,
      badge: { text: e.badge_text, areas: e.areas.map((id) => names.get(id) ?? '').filter(Boolean), since: e.verified_at.toISOString(), inCategory: false },
    })),
  }
}

export default function ExpertDirectoryPage() {
  const { experts, categories, area } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('experts.directoryTitle')}</h1>
      <p className="lead">{t('experts.directoryIntro')}</p>
      <Form method="get" className="search-form">
        <CategoryFilter id="area" name="area" label={t('experts.area')} allLabel={t('experts.allAreas')} value={area} categories={categories} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </Form>
      {experts.length === 0 ? <p>{t('experts.none')}</p> : null}
      <ul className="thread-list">
        {experts.map((e) => (
          <li key={e.pseudonym} className="thread-item">
            <h2 className="thread-title">
              <Link to={`/u/${encodeURIComponent(e.pseudonym)}`}>{e.pseudonym}</Link>
            </h2>
            <p className="thread-meta">
              <BadgeChip badge={e.badge} />
              <span>{t('forum.reputation', { count: e.reputation })}</span>
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/me/expert">{t('experts.applyLink')}</Link>
      </p>
    </section>
  )
}
