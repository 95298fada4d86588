import { getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { useFetcher } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuthenticityToken } from 'remix-utils/csrf/react'
import { FieldErrors } from '~/components/ui/field'
import { SanitizedHtml } from './post-body'

interface Props {
  meta: FieldMetadata<string>
  label: string
  /** Server-rendered preview (the "Preview" button without JavaScript). */
  serverPreview?: string | null
  rows?: number
}

/**
 * A Markdown textarea with a live preview rendered by the server's own pipeline (/preview),
 * so what the writer sees is exactly what will be published.
 */
export function MarkdownEditor({ meta, label, serverPreview, rows = 8 }: Props) {
  const { t } = useTranslation()
  const csrf = useAuthenticityToken()
  const fetcher = useFetcher<{ html: string }>()
  const [text, setText] = useState<string>((meta.initialValue as string | undefined) ?? '')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const { key, ...textareaProps } = getTextareaProps(meta, { ariaDescribedBy: `${meta.id}-help` })
  const { submit } = fetcher

  useEffect(() => {
    clearTimeout(timer.current)
    if (!text.trim()) return
    timer.current = setTimeout(() => submit({ csrf, body: text }, { method: 'post', action: '/preview' }), 350)
    return () => clearTimeout(timer.current)
  }, [text, csrf, submit])

  const previewHtml = text.trim() ? (fetcher.data?.html ?? serverPreview ?? null) : (serverPreview ?? null)
  return (
    <div className="editor">
      <div className="field">
        <label htmlFor={meta.id}>{label}</label>
        <textarea key={key} {...textareaProps} rows={rows} onChange={(e) => setText(e.target.value)} />
        <p id={`${meta.id}-help`} className="field-help">
          {t('forum.bodyHelp')}
        </p>
        <FieldErrors id={meta.errorId} errors={meta.errors} t={t} />
      </div>
      <section className="preview" aria-label={t('forum.previewHeading')} aria-live="polite">
        <h2 className="preview-heading">{t('forum.previewHeading')}</h2>
        {previewHtml ? <SanitizedHtml html={previewHtml} /> : <p className="muted">{t('forum.previewEmpty')}</p>}
      </section>
    </div>
  )
}
