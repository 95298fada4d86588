import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { CategoryFilter } from '~/components/forum/category-filter'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { searchPosts } from '~/models/search.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200)
  const categorySlug = url.searchParams.get('category') ?? ''
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const categories = await listCategories(db(), locale)
  const category = categories.find((c) => c.slug === categorySlug)
  const hits = q ? await searchPosts(db(), { query: q, categoryId: category?.id }) : []
  return {
    pageTitle: q ? `${q} · ${t('search.title')}` : t('search.title'),
    q,
    category: category?.slug ?? '',
    categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
    results: hits.map((h) => ({
      postId: h.post_id,
      threadId: h.thread_id,
      title: h.title,
      category: locale === 'en' ? h.category_name_en : h.category_name_id,
      snippet: h.snippet,
      isOpening: h.is_opening,
    })),
  }
}

/** Renders ts_headline's marked snippet as text with <mark> elements (no HTML from the database). */
function Highlighted({ text }: { text: string }) {
  const parts = text.split(HIGHLIGHT_START)
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>
        const [hit, rest] = part.split(HIGHLIGHT_END)
        return (
          <Fragment key={i}>
            <mark>{hit}</mark>
            {rest}
          </Fragment>
        )
      })}
    </>
  )
}

export default function SearchPage() {
  const { q, category, categories, results } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('search.title')}</h1>
      <Form method="get" role="search" className="search-form">
        <div className="field">
          <label htmlFor="search-q">{t('search.label')}</label>
          <input id="search-q" type="search" name="q" defaultValue={q} placeholder={t('search.placeholder')} maxLength={200} />
        </div>
        <CategoryFilter id="search-category" name="category" label={t('forum.category')} allLabel={t('search.allCategories')} value={category} categories={categories} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </Form>
      {!q ? (
        <p className="muted">{t('search.hint')}</p>
      ) : results.length === 0 ? (
        <p>{t('search.none', { q })}</p>
      ) : (
        <>
          <p role="status">{t('search.results', { count: results.length, q })}</p>
          <ol className="search-results">
            {results.map((r) => (
              <li key={r.postId}>
                <h2 className="search-title">
                  <Link to={`/t/${r.threadId}${r.isOpening ? '' : `#p${r.postId}`}`}>{r.title}</Link>
                </h2>
                <p className="muted">{r.category}</p>
                <p className="snippet">
                  <Highlighted text={r.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
