import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { KbRegulation } from '#db/schema'
import { formatDate } from '~/lib/format'

export interface EntrySummary {
  id: string
  title: string
  tags: string[]
  category: string
  reviewedBadge: string
  reviewedAt: string
  reviewDueAt: string
  due: boolean
  demo: boolean
}

/** "Peraturan Pemerintah Nomor 94 Tahun 2021, Pasal 4" (the article only when the source gives it). */
export function RegulationText({ r }: { r: KbRegulation }) {
  const { t } = useTranslation()
  const text = t('kb.regulationText', { name: r.name, number: r.number, year: r.year }) + (r.article ? `, ${t('kb.article', { article: r.article })}` : '')
  return r.url ? (
    <a href={r.url} rel="nofollow noopener" target="_blank">
      {text}
    </a>
  ) : (
    <>{text}</>
  )
}

export function RegulationList({ regulations }: { regulations: KbRegulation[] }) {
  const { t } = useTranslation()
  if (regulations.length === 0) return <p className="muted">{t('kb.noRegulations')}</p>
  return (
    <ul className="kb-regulations">
      {regulations.map((r, i) => (
        <li key={i}>
          <RegulationText r={r} />
        </li>
      ))}
    </ul>
  )
}

/** "Ditinjau oleh <badge> pada <date>": a moderator's review says so instead of a badge. */
export function ReviewedBy({ badge, at, locale }: { badge: string; at: string; locale: string }) {
  const { t } = useTranslation()
  return <span>{t('kb.reviewedBy', { badge: badge || t('kb.moderatorBadge'), date: formatDate(at, locale) })}</span>
}

export function OutdatedNotice({ dueAt, locale }: { dueAt: string; locale: string }) {
  const { t } = useTranslation()
  return (
    <p className="notice kb-outdated" role="note">
      {t('kb.outdated', { date: formatDate(dueAt, locale) })}
    </p>
  )
}

export function TagLinks({ tags }: { tags: string[] }) {
  const { t } = useTranslation()
  return (
    <span className="kb-tags">
      {tags.map((tag) => (
        <Link key={tag} to={`/pustaka/tag/${tag}`} className="tag-link">
          {t(`kb.tag.${tag}`)}
        </Link>
      ))}
    </span>
  )
}

export function EntryList({ entries, locale, headingLevel = 2 }: { entries: EntrySummary[]; locale: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul className="kb-list">
      {entries.map((e) => (
        <li key={e.id} className="kb-item">
          <Heading className="kb-item-title">
            <Link to={`/pustaka/${e.id}`}>{e.title}</Link>
          </Heading>
          <p className="kb-item-meta muted">
            <span>{e.category}</span> · <ReviewedBy badge={e.reviewedBadge} at={e.reviewedAt} locale={locale} />
            {e.due ? <span className="badge badge-warning">{t('kb.mayBeOutdated')}</span> : null}
            {e.demo ? <span className="badge">{t('kb.demo')}</span> : null}
          </p>
          <p>
            <TagLinks tags={e.tags} />
          </p>
        </li>
      ))}
    </ul>
  )
}
