import type { FieldMetadata } from '@conform-to/react'
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Field, SelectField } from '~/components/ui/field'
import { formatZonedDateTime } from '~/lib/format'
import { RescheduleSchema, ScheduleSchema, SessionChangeSchema, TimeZoneSchema } from '~/schemas/cases'
import { IntentForm, useIntentForm } from './intent-form'
import type { CasePage } from './types'

const MODES = ['chat', 'video', 'phone', 'in_person'] as const
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const

/** Sessions in the member's time zone: the counselor proposes, the member accepts or declines. */
export function CaseSessions({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  return (
    <section id="sessions" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('cases.sessionsTitle')}</h2>
      <p className="muted">{t('cases.timesIn', { zone: t(`cases.zone_${page.memberTimeZone.replace('/', '_')}`) })}</p>
      {page.viewer === 'member' && page.can.respond ? <TimeZoneForm current={page.memberTimeZone} /> : null}
      {page.sessions.length === 0 ? <p className="muted">{t('cases.noSessions')}</p> : null}
      <ul className="plain session-list">
        {page.sessions.map((s) => (
          <li key={s.id} className="session">
            <p>
              <strong>{formatZonedDateTime(s.startsAt, page.locale, s.timeZone)}</strong>
              {` · ${t(`cases.mode_${s.mode}`)} · ${t('cases.minutes', { count: s.durationMinutes })} · `}
              <span className="badge">{t(`cases.session_${s.status}`)}</span>
            </p>
            {s.place ? <p className="pre-wrap">{`${t(s.mode === 'video' ? 'cases.link' : 'cases.place')}: ${s.place}`}</p> : null}
            {s.callOpen ? (
              <p>
                <Link className="button button-small" to={`/cases/${page.case.id}/sessions/${s.id}/call`}>
                  {t('cases.callJoin')}
                </Link>
              </p>
            ) : s.callOpensAt && new Date(s.callOpensAt) > new Date() ? (
              <p className="muted">{t('cases.callNotYet', { time: formatZonedDateTime(s.callOpensAt, page.locale, s.timeZone) })}</p>
            ) : null}
            {page.viewer === 'member' && page.can.respond && s.status === 'proposed' ? (
              <div className="button-row">
                <SessionButton intent="session_accept" sessionId={s.id} label={t('cases.accept')} />
                <SessionButton intent="session_decline" sessionId={s.id} label={t('cases.decline')} secondary />
              </div>
            ) : null}
            {page.viewer === 'counselor' && page.can.work ? (
              <div className="button-row">
                {s.status === 'proposed' || s.status === 'accepted' ? <SessionButton intent="session_cancel" sessionId={s.id} label={t('cases.cancelSession')} secondary /> : null}
                {s.status === 'accepted' && s.past ? <SessionButton intent="session_held" sessionId={s.id} label={t('cases.markHeld')} /> : null}
                {s.status !== 'held' && s.status !== 'cancelled' ? (
                  <details>
                    <summary>{t('cases.reschedule')}</summary>
                    <SessionForm intent="reschedule" sessionId={s.id} zone={page.memberTimeZone} />
                  </details>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {page.viewer === 'counselor' && page.can.work ? (
        <>
          <h3>{t('cases.scheduleTitle')}</h3>
          <SessionForm intent="schedule" zone={page.memberTimeZone} />
        </>
      ) : null}
    </section>
  )
}

function SessionButton({ intent, sessionId, label, secondary }: { intent: string; sessionId: string; label: string; secondary?: boolean }) {
  const [form] = useIntentForm(intent, SessionChangeSchema, { formKey: sessionId })
  return (
    <IntentForm intent={intent} form={form} hidden={{ sessionId }} className="inline-form">
      <button type="submit" className={secondary ? 'button button-secondary button-small' : 'button button-small'}>
        {label}
      </button>
    </IntentForm>
  )
}

function SessionForm({ intent, sessionId, zone }: { intent: 'schedule' | 'reschedule'; sessionId?: string; zone: string }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(intent, intent === 'schedule' ? ScheduleSchema : RescheduleSchema, {
    formKey: sessionId,
    defaultValue: { mode: 'chat', durationMinutes: '60' },
  })
  return (
    <IntentForm intent={intent} form={form} hidden={sessionId ? { sessionId } : undefined}>
      <SelectField meta={fields.mode} label={t('cases.mode')} options={MODES.map((m) => ({ value: m, label: t(`cases.mode_${m}`) }))} />
      <Field meta={fields.startsAt} type="datetime-local" label={t('cases.startsAt', { zone: t(`cases.zone_${zone.replace('/', '_')}`) })} required />
      <Field meta={fields.durationMinutes as unknown as FieldMetadata<string>} type="number" label={t('cases.duration')} />
      <Field meta={fields.place} label={t('cases.placeOrLink')} help={t('cases.placeHelp')} />
      <button type="submit" className="button">
        {intent === 'schedule' ? t('cases.proposeSession') : t('cases.reschedule')}
      </button>
    </IntentForm>
  )
}

function TimeZoneForm({ current }: { current: string }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('timezone', TimeZoneSchema, { defaultValue: { timeZone: current } })
  return (
    <IntentForm intent="timezone" form={form} className="inline-form">
      <SelectField meta={fields.timeZone} label={t('cases.yourZone')} options={ZONES.map((z) => ({ value: z, label: t(`cases.zone_${z.replace('/', '_')}`) }))} />
      <button type="submit" className="button button-secondary button-small">
        {t('cases.saveZone')}
      </button>
    </IntentForm>
  )
}
