import { getInputProps } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { Field, FieldErrors, TextAreaField } from '~/components/ui/field'
import { FeedbackSchema, ReasonSchema, RevealSchema } from '~/schemas/cases'
import { IntentForm, useIntentForm } from './intent-form'
import type { CasePage } from './types'

/** The member's choices: show identity to the counselor, decline a case opened for them, reopen, give feedback. */
export function MemberTools({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  const c = page.case
  return (
    <section id="choices" aria-labelledby="choices-title">
      <h2 id="choices-title">{t('cases.choicesTitle')}</h2>
      {c.identityRevealedAt ? <p>{t('cases.identityRevealedNote')}</p> : null}
      {page.can.reveal ? <RevealForm /> : null}
      {page.can.decline ? (
        c.source === 'request' ? (
          <ReasonForm intent="decline" title={t('cases.withdrawTitle')} button={t('cases.withdraw')} />
        ) : (
          <ReasonForm intent="decline" title={t('cases.declineTitle')} button={t('cases.declineCase')} />
        )
      ) : null}
      {page.can.reopen ? <ReasonForm intent="reopen" title={t('cases.reopenTitle', { days: page.reopenDays })} button={t('cases.reopen')} /> : null}
      {page.feedback ? <p>{t('cases.feedbackThanks', { rating: page.feedback.rating })}</p> : null}
      {page.can.feedback ? <FeedbackForm /> : null}
    </section>
  )
}

function RevealForm() {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('reveal', RevealSchema)
  const { key, ...checkbox } = getInputProps(fields.confirm, { type: 'checkbox' })
  return (
    <IntentForm intent="reveal" form={form}>
      <h3>{t('cases.revealTitle')}</h3>
      <p>{t('cases.revealText')}</p>
      <Field meta={fields.details} label={t('cases.revealDetails')} />
      <div className="checkbox">
        <input key={key} {...checkbox} />
        <label htmlFor={fields.confirm.id}>{t('cases.revealConfirm')}</label>
        <FieldErrors id={fields.confirm.errorId} errors={fields.confirm.errors} t={t} />
      </div>
      <button type="submit" className="button button-secondary">
        {t('cases.reveal')}
      </button>
    </IntentForm>
  )
}

function ReasonForm({ intent, title, button }: { intent: 'decline' | 'reopen'; title: string; button: string }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm(intent, ReasonSchema)
  return (
    <IntentForm intent={intent} form={form}>
      <h3>{title}</h3>
      <TextAreaField meta={fields.reason} label={t('cases.reasonOptional')} rows={2} />
      <button type="submit" className="button button-secondary">
        {button}
      </button>
    </IntentForm>
  )
}

function FeedbackForm() {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('feedback', FeedbackSchema)
  return (
    <IntentForm intent="feedback" form={form}>
      <fieldset aria-describedby={fields.rating.errors ? fields.rating.errorId : undefined}>
        <legend>{t('cases.feedbackQuestion')}</legend>
        <div className="rating-choices">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="rating-choice">
              <input type="radio" name={fields.rating.name} value={n} defaultChecked={fields.rating.initialValue === String(n)} />
              {t(`cases.rating_${n}`)}
            </label>
          ))}
        </div>
        <FieldErrors id={fields.rating.errorId} errors={fields.rating.errors} t={t} />
      </fieldset>
      <TextAreaField meta={fields.comment} label={t('cases.feedbackComment')} rows={3} />
      <button type="submit" className="button">
        {t('cases.sendFeedback')}
      </button>
    </IntentForm>
  )
}
