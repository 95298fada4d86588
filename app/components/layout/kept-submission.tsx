import { useTranslation } from 'react-i18next'

export interface KeptSubmission {
  action: string
  fields: { name: string; value: string; typed: boolean }[]
}

/** Whether an error boundary's data carries a submission the outage kept (lib/action.server). */
export function keptSubmissionOf(data: unknown): KeptSubmission | null {
  const kept = (data as { kept?: KeptSubmission } | null)?.kept
  return kept && typeof kept.action === 'string' && Array.isArray(kept.fields) ? kept : null
}

/**
 * The outage page's promise: what the person typed is shown again, editable, and one button
 * sends the same form once more (its idempotency key included, so a retry cannot post twice).
 * A plain form: it works without JavaScript.
 */
export function KeptSubmissionForm({ kept }: { kept: KeptSubmission }) {
  const { t } = useTranslation()
  const typed = kept.fields.filter((f) => f.typed)
  return (
    <form method="post" action={kept.action} className="stack kept-submission">
      {kept.fields
        .filter((f) => !f.typed)
        .map((f, i) => (
          <input key={`${f.name}-${i}`} type="hidden" name={f.name} value={f.value} />
        ))}
      {typed.length ? <p>{t('unavailable.keptIntro')}</p> : null}
      {typed.map((f, i) => (
        <div className="field" key={`${f.name}-${i}`}>
          <label htmlFor={`kept-${i}`}>{t(`unavailable.field_${f.name}`, { defaultValue: t('unavailable.fieldOther') })}</label>
          <textarea id={`kept-${i}`} name={f.name} defaultValue={f.value} rows={Math.min(12, Math.max(2, Math.ceil(f.value.length / 80)))} />
        </div>
      ))}
      <button type="submit" className="button">
        {t('unavailable.retry')}
      </button>
    </form>
  )
}
