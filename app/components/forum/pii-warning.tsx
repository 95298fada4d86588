import { useTranslation } from 'react-i18next'
import type { PiiKind } from '~/lib/pii'

export interface PiiNotice {
  findings: { kind: PiiKind; text: string }[]
  redacted: string
}

/** Shown instead of publishing when likely personal data was found: redact, or publish as written. */
export function PiiWarning({ notice }: { notice: PiiNotice }) {
  const { t } = useTranslation()
  return (
    <div className="pii-warning" role="alert" aria-labelledby="pii-title">
      <h2 id="pii-title">{t('pii.title')}</h2>
      <p>{t('pii.intro')}</p>
      <ul>
        {notice.findings.map((f, i) => (
          <li key={i}>
            {t(`pii.${f.kind}`)}: <code>{f.text}</code>
          </li>
        ))}
      </ul>
      <p>{t('pii.redactedPreview')}</p>
      <pre className="pii-redacted">{notice.redacted}</pre>
      <div className="button-row">
        <button type="submit" name="piiDecision" value="redact" className="button">
          {t('pii.redact')}
        </button>
        <button type="submit" name="piiDecision" value="keep" className="button button-secondary">
          {t('pii.keep')}
        </button>
      </div>
    </div>
  )
}
