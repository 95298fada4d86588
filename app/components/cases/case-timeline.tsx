import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '~/lib/format'
import type { CasePage } from './types'

/** Every step of the case, in order, with who took it. */
export function CaseTimeline({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  return (
    <section id="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('cases.timelineTitle')}</h2>
      <ol className="timeline">
        {page.timeline.map((e) => (
          <li key={e.id}>
            <span className="muted">{formatDateTime(e.createdAt, page.locale, page.memberTimeZone)}</span>
            {' · '}
            {t(`cases.event_${e.kind}`, { defaultValue: e.kind })}
            {e.to && e.from !== e.to ? ` (${t(`cases.status_${e.to}`)})` : ''}
            {e.actor ? ` · ${e.byMember && page.viewer === 'member' ? t('cases.you') : e.actor}` : ''}
            {e.detail ? <span className="pre-wrap">{` — ${e.detail}`}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The member sees every staff read of their case: who, in what capacity, how often each day. */
export function CaseAccessLog({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  return (
    <section id="access" aria-labelledby="access-title">
      <h2 id="access-title">{t('cases.accessTitle')}</h2>
      <p className="muted">{t('cases.accessIntro')}</p>
      {page.accessLog.length === 0 ? <p>{t('cases.accessNone')}</p> : (
      <table className="table">
        <caption className="visually-hidden">{t('cases.accessTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.accessDay')}</th>
            <th scope="col">{t('cases.accessWho')}</th>
            <th scope="col">{t('cases.accessWhat')}</th>
            <th scope="col">{t('cases.accessTimes')}</th>
          </tr>
        </thead>
        <tbody>
          {page.accessLog.map((a) => (
            <tr key={`${a.day}-${a.actor}-${a.capacity}-${a.what}`}>
              <td>{formatDate(a.lastAt, page.locale, page.memberTimeZone)}</td>
              <td>{`${a.actor} (${t(`cases.capacity_${a.capacity}`)})`}</td>
              <td>{t(`cases.access_${a.what}`)}</td>
              <td>{a.times}</td>
            </tr>
          ))}
        </tbody>
      </table>
      )}
    </section>
  )
}
