import { useActionData } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField, TextAreaField } from '~/components/ui/field'
import { formatDateTime, formatZonedDateTime } from '~/lib/format'
import { CloseSchema, NoteSchema, ReferSchema } from '~/schemas/cases'
import { IntentForm, useIntentForm } from './intent-form'
import type { CasePage } from './types'

const REFERRALS = ['psychologist', 'clinic', 'face_to_face'] as const
const OUTCOMES = ['resolved', 'referred_out', 'withdrawn', 'no_contact'] as const
const FOLLOW_UPS = ['guidance', 'training', 'special_assignment', 'transfer_proposal'] as const

/** The counselor's side: private notes (never shown to the member), referral, closure. */
export function CounselorTools({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  return (
    <>
      <section id="notes" aria-labelledby="notes-title">
        <h2 id="notes-title">{t('cases.notesTitle')}</h2>
        <p className="muted">{t('cases.notesPrivate')}</p>
        {page.can.work ? <NoteForm key={page.notes[0]?.id ?? '0'} /> : null}
        <ul className="plain">
          {page.notes.map((n) => (
            <li key={n.id} className="case-note">
              <p className="muted">{`${n.author} · ${formatDateTime(n.createdAt, page.locale)}`}</p>
              <p className="pre-wrap">{n.body}</p>
            </li>
          ))}
        </ul>
      </section>
      {page.can.work ? (
        <section id="tools" aria-labelledby="tools-title">
          <h2 id="tools-title">{t('cases.toolsTitle')}</h2>
          {page.case.status !== 'referred' ? <ReferForm /> : null}
          <CloseForm performance={page.case.type === 'performance'} locale={page.locale} />
        </section>
      ) : null}
    </>
  )
}

function NoteForm() {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('note', NoteSchema)
  return (
    <IntentForm intent="note" form={form}>
      <TextAreaField meta={fields.body} label={t('cases.noteLabel')} rows={4} />
      <button type="submit" className="button button-secondary">
        {t('cases.saveNote')}
      </button>
    </IntentForm>
  )
}

function ReferForm() {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('refer', ReferSchema)
  return (
    <IntentForm intent="refer" form={form}>
      <h3>{t('cases.referTitle')}</h3>
      <SelectField meta={fields.kind} label={t('cases.referTo')} placeholder={t('cases.choose')} options={REFERRALS.map((k) => ({ value: k, label: t(`cases.referral_${k}`) }))} />
      <TextAreaField meta={fields.reason} label={t('cases.referReason')} rows={3} />
      <TextAreaField meta={fields.place} label={t('cases.referPlace')} rows={3} help={t('cases.referPlaceHelp')} />
      <button type="submit" className="button button-secondary">
        {t('cases.refer')}
      </button>
    </IntentForm>
  )
}

/** What the close action answers when the closure would cancel accepted sessions (services/cases/counselor-work). */
export interface CloseNotice {
  intent?: string
  notice?: { sessions: { id: string; mode: string; startsAt: string; durationMinutes: number; timeZone: string }[] }
}

function CloseForm({ performance, locale }: { performance: boolean; locale: string }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('close', CloseSchema)
  const actionData = useActionData<CloseNotice>()
  const asked = actionData?.intent === 'close' ? actionData.notice?.sessions : undefined
  // Kept in state: a live update of the page (a revalidation) drops the action's answer, the question stays.
  const [toCancel, setToCancel] = useState(asked)
  if (asked && asked !== toCancel) setToCancel(asked)
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (toCancel?.length) confirmRef.current?.focus()
  }, [toCancel])
  return (
    <IntentForm intent="close" form={form} hidden={toCancel?.length ? { cancelSessions: 'yes' } : undefined}>
      <h3>{t('cases.closeTitle')}</h3>
      {toCancel?.length ? (
        <div id="close-confirm" className="notice warning" role="alert" tabIndex={-1} ref={confirmRef}>
          <h4>{t('cases.closeConfirmTitle')}</h4>
          <p>{t('cases.closeConfirmText')}</p>
          <ul>
            {toCancel.map((s) => (
              <li key={s.id}>{`${formatZonedDateTime(s.startsAt, locale, s.timeZone)} · ${t(`cases.mode_${s.mode}`)} · ${t('cases.minutes', { count: s.durationMinutes })}`}</li>
            ))}
          </ul>
          <p>
            <a href="#sessions">{t('cases.closeKeepOpen')}</a>
          </p>
        </div>
      ) : null}
      <SelectField meta={fields.outcome} label={t('cases.outcome')} placeholder={t('cases.choose')} options={OUTCOMES.map((o) => ({ value: o, label: t(`cases.outcome_${o}`) }))} />
      <SelectField
        meta={fields.followUp}
        label={performance ? t('cases.followUpRequired') : t('cases.followUpOptional')}
        placeholder={t('cases.none')}
        options={FOLLOW_UPS.map((f) => ({ value: f, label: t(`cases.followUp_${f}`) }))}
      />
      <TextAreaField meta={fields.summary} label={t('cases.closingSummary')} rows={3} help={t('cases.closingHelp')} />
      <button type="submit" className="button">
        {toCancel?.length ? t('cases.closeConfirm') : t('cases.close')}
      </button>
    </IntentForm>
  )
}
