import { useTranslation } from 'react-i18next'
import { formatDate } from '~/lib/format'

export interface ExpertBadge {
  text: string
  areas: string[]
  since: string
  inCategory: boolean
  /** Who verified it (shown on the profile); null when that account is gone. */
  verifiedBy?: string | null
}

export type PublicAuthor =
  | { kind: 'member'; pseudonym: string; reputation: number; badge: ExpertBadge | null; employee?: EmployeeBadge | null; mine: boolean }
  | { kind: 'anonymous'; handle: string; mine: boolean }
  | { kind: 'deleted'; mine: false }

/** "Pegawai terverifikasi": that an institution employs the member, named only if they opted in. */
export interface EmployeeBadge {
  institution: string | null
}

export function EmployeeChip({ badge }: { badge: EmployeeBadge }) {
  const { t } = useTranslation()
  return (
    <span className="employee-badge">
      <span aria-hidden="true">✓ </span>
      {badge.institution ? t('verify.badgeAt', { institution: badge.institution }) : t('verify.badge')}
    </span>
  )
}

/** Who wrote a post, as the public may know it: a pseudonym with reputation, or the thread's Anonim handle. */
/** The verified-expert badge: what was verified, in which areas, since when. */
export function BadgeChip({ badge }: { badge: ExpertBadge }) {
  const { t, i18n } = useTranslation()
  return (
    <span className="expert-badge" title={badge.verifiedBy !== undefined ? t('profileEdit.verifiedBy', { by: badge.verifiedBy ?? t('profileEdit.verifiedByTeam'), date: formatDate(badge.since, i18n.language) }) : undefined}>
      <span aria-hidden="true">✓ </span>
      {badge.text}
      <span className="expert-badge-detail">
        {' · '}
        {t('experts.areasSince', { areas: badge.areas.join(', '), date: formatDate(badge.since, i18n.language) })}
      </span>
    </span>
  )
}

export function AuthorLabel({ author }: { author: PublicAuthor }) {
  const { t } = useTranslation()
  if (author.kind === 'deleted') {
    return (
      <span className="author author-deleted">
        <span className="author-name">{t('account.deletedMember')}</span>
      </span>
    )
  }
  if (author.kind === 'anonymous') {
    return (
      <span className="author author-anonymous">
        <span className="author-name">{author.handle}</span>
        {author.mine ? <span className="author-you"> ({t('forum.you')})</span> : null}
      </span>
    )
  }
  return (
    <span className="author">
      <a className="author-name" href={`/u/${encodeURIComponent(author.pseudonym)}`}>
        {author.pseudonym}
      </a>
      {author.mine ? <span className="author-you"> ({t('forum.you')})</span> : null}
      <span className="author-reputation"> · {t('forum.reputation', { count: author.reputation })}</span>
      {author.employee ? <EmployeeChip badge={author.employee} /> : null}
      {author.badge ? <BadgeChip badge={author.badge} /> : null}
    </span>
  )
}
