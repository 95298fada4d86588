import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '~/lib/format'
import { phoneSegments } from '~/lib/phone-links'
import type { CasePage } from './types'

/** What the case is, who handles it, and (for the member) who can see what, in plain words. */
export function CaseSummary({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  const c = page.case
  const tz = page.memberTimeZone
  return (
    <div id="summary" className="case-summary">
      <p className="case-badges">
        <span className={`badge status-${c.status}`}>{t(`cases.status_${c.status}`)}</span> <span className={`badge urgency-${c.urgency}`}>{t(`cases.urgency_${c.urgency}`)}</span>{' '}
        <span className="badge">{t(`cases.type_${c.type}`)}</span>
      </p>
      {page.viewer === 'member' ? (
        <div className="notice" role="note">
          <h2>{t('cases.whoSeesTitle')}</h2>
          <p>{t(`cases.openedBy_${c.source}`)}</p>
          <p>{t('cases.whoSeesText')}</p>
          {page.can.decline && c.source !== 'request' ? <p>{t('cases.mayDecline')}</p> : null}
        </div>
      ) : null}
      <dl className="details">
        <dt>{t('cases.source')}</dt>
        <dd>{t(`cases.source_${c.source}`)}</dd>
        <dt>{t('cases.openedAt')}</dt>
        <dd>{formatDateTime(c.createdAt, page.locale, tz)}</dd>
        <dt>{t('cases.counselor')}</dt>
        <dd>{c.counselor ?? t('cases.noCounselorYet')}</dd>
        {page.viewer === 'counselor' ? (
          <>
            <dt>{t('cases.member')}</dt>
            <dd>
              {c.memberAlias}
              {c.identity ? (
                <span className="identity">
                  {' · '}
                  {t('cases.identityShared', { pseudonym: c.identity.pseudonym, email: c.identity.email })}
                  {c.identity.details ? ` · ${c.identity.details}` : ''}
                </span>
              ) : (
                <span className="muted">{` · ${t('cases.identityNotShared')}`}</span>
              )}
            </dd>
          </>
        ) : null}
        {c.reason ? (
          <>
            <dt>{t('cases.reason')}</dt>
            <dd className="pre-wrap">{c.reason}</dd>
          </>
        ) : null}
        {c.postLink ? (
          <>
            <dt>{t('cases.post')}</dt>
            <dd>
              <Link to={c.postLink}>{t('cases.openPost')}</Link>
            </dd>
          </>
        ) : null}
        {c.referralKind ? (
          <>
            <dt>{t('cases.referral')}</dt>
            <dd className="pre-wrap">{`${t(`cases.referral_${c.referralKind}`)}${c.referralReason ? ` — ${c.referralReason}` : ''}`}</dd>
          </>
        ) : null}
        {c.referralPlace ? (
          <>
            <dt>{t('cases.referralWhere')}</dt>
            <dd className="pre-wrap referral-place">
              {/* Phone numbers in the contact are links a phone can call. */}
              {phoneSegments(c.referralPlace).map((segment, i) =>
                'tel' in segment ? (
                  <a key={i} href={segment.tel} className="tel-link">
                    {segment.text}
                  </a>
                ) : (
                  <span key={i}>{segment.text}</span>
                ),
              )}
            </dd>
          </>
        ) : null}
        {c.outcome ? (
          <>
            <dt>{t('cases.outcome')}</dt>
            <dd>
              {t(`cases.outcome_${c.outcome}`)}
              {c.followUp ? ` · ${t('cases.followUp')}: ${t(`cases.followUp_${c.followUp}`)}` : ''}
            </dd>
          </>
        ) : null}
        {c.closing ? (
          <>
            <dt>{t('cases.closingSummary')}</dt>
            <dd className="pre-wrap">{c.closing}</dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}
