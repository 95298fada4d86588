import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, getActor } from '~/auth/guards.server'
import { ThreadList } from '~/components/forum/thread-list'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { decodeCursor, findCategoryBySlug, findTagBySlug, listPinnedThreads, listThreads, type ThreadFilter, type ThreadSort } from '~/models/threads.server'
import { canPostInCategory, canStartThread } from '~/policies'
import { employeeVerifiedUntil } from '~/models/employee-verification.server'
import { toThreadSummary } from '~/services/thread-list.server'
import { isWatching } from '~/services/watching/watches.server'
import { WatchButton } from '~/components/forum/watch-button'
import { EntryList } from '~/components/kb/entry-parts'
import { listEntries } from '~/models/kb.server'
import { toEntrySummary } from '~/services/kb/view.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  ...pageTitle(data?.category.name),
  { name: 'description', content: data?.category.description ?? '' },
]

const FILTERS: ThreadFilter[] = ['all', 'unanswered', 'solved', 'expert']
const PAGE_SIZE = 20

export async function loader({ request, params }: LoaderFunctionArgs) {
  const category = await findCategoryBySlug(db(), params.slug ?? '')
  allowOr404(!!category)
  const url = new URL(request.url)
  const filter = (FILTERS as string[]).includes(url.searchParams.get('filter') ?? '') ? (url.searchParams.get('filter') as ThreadFilter) : 'all'
  const sort: ThreadSort = url.searchParams.get('sort') === 'newest' ? 'newest' : 'activity'
  const tagSlug = url.searchParams.get('tag')
  const cursor = decodeCursor(url.searchParams.get('after'))
  const [actor, locale, tag] = await Promise.all([getActor(request), i18nServer.getLocale(request), tagSlug ? findTagBySlug(db(), tagSlug) : null])
  const [page, pinned, watching, entries] = await Promise.all([
    tagSlug && !tag ? { threads: [], next: null } : listThreads(db(), { categoryId: category.id, sort, filter, tagId: tag?.id, cursor, limit: PAGE_SIZE }),
    cursor || filter !== 'all' || tagSlug ? [] : listPinnedThreads(db(), category.id),
    actor ? isWatching(db(), actor.id, { categoryId: category.id }) : null,
    // The category's knowledge-base entries, on its first page.
    cursor ? [] : listEntries(db(), { categoryId: category.id, limit: 10 }),
  ])
  return {
    locale,
    category: {
      slug: category.slug,
      name: locale === 'en' ? category.name_en : category.name_id,
      description: locale === 'en' ? category.description_en : category.description_id,
      staffOnly: category.staff_only,
      verifiedOnly: category.verified_only,
    },
    filter,
    sort,
    tag: tagSlug,
    isFirstPage: !cursor,
    next: page.next,
    pinned: pinned.map(toThreadSummary),
    threads: page.threads.map(toThreadSummary),
    entries: entries.map((e) => toEntrySummary(e, locale)),
    canAsk:
      canStartThread(actor, { staffOnly: category.staff_only }) &&
      canPostInCategory(actor, { verifiedOnly: category.verified_only }, actor && category.verified_only ? await employeeVerifiedUntil(db(), actor.id) : null),
    signedIn: !!actor,
    watching,
  }
}

export default function CategoryPage() {
  const { category, filter, sort, tag, next, pinned, threads, entries, canAsk, signedIn, watching, locale, isFirstPage } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const query = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams()
    const merged = { filter, sort, tag, ...changes }
    if (merged.filter && merged.filter !== 'all') params.set('filter', merged.filter)
    if (merged.sort && merged.sort !== 'activity') params.set('sort', merged.sort)
    if (merged.tag) params.set('tag', merged.tag)
    if (changes.after) params.set('after', changes.after)
    const s = params.toString()
    return `/c/${category.slug}${s ? `?${s}` : ''}`
  }
  const filterLabels: Record<string, string> = {
    all: t('forum.filterAll'),
    unanswered: t('forum.filterUnanswered'),
    solved: t('forum.filterSolved'),
    expert: t('forum.filterExpert'),
  }
  return (
    <>
      <nav aria-label={t('forum.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('nav.home')}</Link> › {category.name}
      </nav>
      <div className="page-head">
        <div>
          <h1>{category.name}</h1>
          {category.description ? <p className="muted">{category.description}</p> : null}
        </div>
        {canAsk ? (
          <Link to={`/new?category=${category.slug}`} className="button">
            {t('forum.ask')}
          </Link>
        ) : !signedIn && !category.staffOnly ? (
          <Link to={`/login?redirectTo=${encodeURIComponent(`/new?category=${category.slug}`)}`} className="button button-secondary">
            {t('forum.loginToAsk')}
          </Link>
        ) : null}
      </div>
      <WatchButton kind="category" action={`/c/${category.slug}/watch`} watching={watching} signedIn={signedIn} loginTo={`/c/${category.slug}`} />
      {category.staffOnly ? <p className="notice">{t('forum.staffOnlyNotice')}</p> : null}
      {category.verifiedOnly && !category.staffOnly ? (
        <p className="notice">
          {t('verify.verifiedOnlyNotice')} {signedIn && !canAsk ? <Link to="/me/verify">{t('verify.verifiedOnlyLink')}</Link> : null}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <section aria-labelledby="category-kb-heading" className="category-kb">
          <h2 id="category-kb-heading">{t('kb.inCategory')}</h2>
          <EntryList entries={entries} locale={locale} headingLevel={3} />
        </section>
      ) : null}
      <div className="list-controls">
        <nav aria-label={t('forum.filterLabel')}>
          <ul className="pill-list">
            {Object.entries(filterLabels).map(([value, label]) => (
              <li key={value}>
                <Link to={query({ filter: value })} aria-current={filter === value ? 'true' : undefined} className="pill">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('forum.sortLabel')}>
          <ul className="pill-list">
            <li>
              <Link to={query({ sort: 'activity' })} aria-current={sort === 'activity' ? 'true' : undefined} className="pill">
                {t('forum.sortActivity')}
              </Link>
            </li>
            <li>
              <Link to={query({ sort: 'newest' })} aria-current={sort === 'newest' ? 'true' : undefined} className="pill">
                {t('forum.sortNewest')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      {tag ? (
        <p>
          <span className="badge">{t('forum.tagFilter', { tag })}</span> <Link to={query({ tag: null })}>{t('forum.clearTag')}</Link>
        </p>
      ) : null}
      {pinned.length > 0 ? <ThreadList threads={pinned} locale={locale} /> : null}
      {threads.length > 0 ? <ThreadList threads={threads} locale={locale} /> : <p>{t('forum.noThreads')}</p>}
      <p className="pager">
        {!isFirstPage ? <Link to={query({})}>{t('forum.firstPage')}</Link> : null}
        {next ? (
          <Link to={query({ after: next })} className="button button-secondary">
            {t('forum.nextPage')}
          </Link>
        ) : null}
      </p>
    </>
  )
}
