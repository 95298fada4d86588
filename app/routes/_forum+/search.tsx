import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { CategoryFilter } from '~/components/forum/category-filter'
import { db } from '~/lib/db.server'
import { HIGHLIGHT_END, HIGHLIGHT_START } from '~/lib/highlight'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { searchThreads, type SearchSince } from '~/models/search.server'
import { findTagBySlug } from '~/models/threads.server'
import { searchEntries } from '~/models/kb.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const SINCE_VALUES: SearchSince[] = ['any', '30d', '1y']

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200)
  const categorySlug = url.searchParams.get('category') ?? ''
  const tagSlug = (url.searchParams.get('tag') ?? '').trim().toLowerCase().replace(/^#/, '').slice(0, 30)
  const solved = url.searchParams.get('solved') === '1'
  const expert = url.searchParams.get('expert') === '1'
  const sinceParam = url.searchParams.get('since') as SearchSince | null
  const since = sinceParam && SINCE_VALUES.includes(sinceParam) ? sinceParam : 'any'
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const [categories, tag] = await Promise.all([listCategories(db(), locale), tagSlug ? findTagBySlug(db(), tagSlug) : Promise.resolve(undefined)])
  const category = categories.find((c) => c.slug === categorySlug)
  // An unknown tag matches nothing (rather than silently searching everything).
  const [hits, entries] = await Promise.all([
    q && (!tagSlug || tag) ? searchThreads(db(), { query: q, categoryId: category?.id, tagId: tag?.id, solved, expert, since }) : [],
    // Knowledge-base entries come first: a reviewed answer before the discussions.
    q ? searchEntries(db(), { query: q, categoryId: category?.id, limit: 5 }) : [],
  ])
  return {
    pageTitle: q ? `${q} · ${t('search.title')}` : t('search.title'),
    q,
    filters: { category: category?.slug ?? '', tag: tagSlug, solved, expert, since },
    categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
    entries: entries.map((e) => ({
      id: e.id,
      title: e.title,
      category: locale === 'en' ? e.category_name_en : e.category_name_id,
      tags: e.tags,
      snippet: e.snippet,
      due: e.review_due_at.getTime() <= Date.now(),
    })),
    results: hits.map((h) => ({
      postId: h.post_id,
      threadId: h.thread_id,
      title: h.title,
      category: locale === 'en' ? h.category_name_en : h.category_name_id,
      tags: h.tags,
      solved: h.solved,
      expert: h.has_expert_answer,
      replies: h.reply_count,
      matches: Number(h.matches),
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
  const { q, filters, categories, results, entries } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <h1>{t('search.title')}</h1>
      <Form method="get" role="search" className="search-form">
        <div className="field">
          <label htmlFor="search-q">{t('search.label')}</label>
          <input id="search-q" type="search" name="q" defaultValue={q} placeholder={t('search.placeholder')} maxLength={200} />
        </div>
        <details className="search-filters" open={!!(filters.category || filters.tag || filters.solved || filters.expert || filters.since !== 'any')}>
          <summary>{t('search.filters')}</summary>
          <CategoryFilter id="search-category" name="category" label={t('forum.category')} allLabel={t('search.allCategories')} value={filters.category} categories={categories} />
          <div className="field">
            <label htmlFor="search-tag">{t('search.tag')}</label>
            <input id="search-tag" name="tag" defaultValue={filters.tag} maxLength={30} aria-describedby="search-tag-help" />
            <p id="search-tag-help" className="field-help">
              {t('search.tagHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="search-since">{t('search.since')}</label>
            <select id="search-since" name="since" defaultValue={filters.since}>
              {SINCE_VALUES.map((v) => (
                <option key={v} value={v}>
                  {t(`search.since_${v}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="checkbox">
            <input id="search-solved" type="checkbox" name="solved" value="1" defaultChecked={filters.solved} />
            <label htmlFor="search-solved">{t('search.onlySolved')}</label>
          </div>
          <div className="checkbox">
            <input id="search-expert" type="checkbox" name="expert" value="1" defaultChecked={filters.expert} />
            <label htmlFor="search-expert">{t('search.onlyExpert')}</label>
          </div>
        </details>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </Form>
      {entries.length > 0 ? (
        <section aria-labelledby="search-kb-heading" className="search-kb">
          <h2 id="search-kb-heading">{t('kb.searchHeading', { count: entries.length })}</h2>
          <ol className="search-results">
            {entries.map((e) => (
              <li key={e.id}>
                <h3 className="search-title">
                  <Link to={`/pustaka/${e.id}`}>{e.title}</Link>
                </h3>
                <p className="muted search-meta">
                  <span className="badge badge-kb">{t('kb.badge')}</span> {e.category}
                  {e.due ? (
                    <>
                      {' '}
                      <span className="badge badge-warning">{t('kb.mayBeOutdated')}</span>
                    </>
                  ) : null}
                </p>
                <p className="snippet">
                  <Highlighted text={e.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {!q ? (
        <p className="muted">{t('search.hint')}</p>
      ) : results.length === 0 ? (
        <p role="status">{t('search.none', { q })}</p>
      ) : (
        <>
          <p role="status">{t('search.threads', { count: results.length, q })}</p>
          <ol className="search-results">
            {results.map((r) => (
              <li key={r.threadId}>
                <h2 className="search-title">
                  <Link to={`/t/${r.threadId}${r.isOpening ? '' : `#p${r.postId}`}`}>{r.title}</Link>
                </h2>
                <p className="muted search-meta">
                  {r.category}
                  {` · ${t('search.replies', { count: r.replies })}`}
                  {r.matches > 1 ? ` · ${t('search.matchingPosts', { count: r.matches })}` : ''}
                  {r.solved ? (
                    <>
                      {' '}
                      <span className="badge badge-solved">{t('forum.solved')}</span>
                    </>
                  ) : null}
                  {r.expert ? (
                    <>
                      {' '}
                      <span className="badge badge-expert">{t('forum.expertAnswered')}</span>
                    </>
                  ) : null}
                </p>
                <p className="snippet">
                  <Highlighted text={r.snippet} />
                </p>
                {r.tags.length ? (
                  <p className="search-tags">
                    {r.tags.map((tag) => (
                      <Link key={tag} to={`/search?q=${encodeURIComponent(q)}&tag=${encodeURIComponent(tag)}`} className="tag-link">
                        {`#${tag}`}
                      </Link>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
