import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { getActor } from '~/auth/guards.server'
import { SanitizedHtml } from '~/components/forum/post-body'
import { ThreadList } from '~/components/forum/thread-list'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { listLiveAnnouncements } from '~/models/profiles.server'
import { listLatestThreads } from '~/models/threads.server'
import { toThreadSummary } from '~/services/thread-list.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.title),
  { name: 'description', content: data?.description ?? '' },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, t, actor] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request), getActor(request)])
  const [categories, latest, announcements] = await Promise.all([listCategories(db(), locale), listLatestThreads(db(), 10), listLiveAnnouncements(db())])
  return {
    title: t('home.title'),
    description: t('app.tagline'),
    signedIn: !!actor,
    locale,
    categories,
    latest: latest.map(toThreadSummary),
    announcements: announcements.map((a) => ({ id: a.id, html: a.body_html })),
  }
}

export default function HomePage() {
  const { categories, signedIn, latest, locale, announcements } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        {signedIn ? null : (
          <p>
            <Link to="/signup" className="button">
              {t('home.joinCta')}
            </Link>
          </p>
        )}
      </section>
      {announcements.length ? (
        <section aria-labelledby="announcements-heading" className="announcements">
          <h2 id="announcements-heading">{t('announcements.heading')}</h2>
          {announcements.map((a) => (
            <div key={a.id} className="announcement">
              <SanitizedHtml html={a.html} />
            </div>
          ))}
        </section>
      ) : null}
      <div className="home-grid">
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">{t('home.categories')}</h2>
          <ul className="category-grid">
            {categories.map((c) => (
              <li key={c.id} className="category-card">
                <h3>
                  <Link to={`/c/${c.slug}`}>{c.name}</Link>
                </h3>
                {c.description ? <p>{c.description}</p> : null}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('forum.latest')}</h2>
          <ThreadList threads={latest} locale={locale} />
        </section>
      </div>
    </>
  )
}
