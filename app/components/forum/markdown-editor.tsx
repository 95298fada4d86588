import { getTextareaProps, type FieldMetadata } from '@conform-to/react'
import { useActionData, useFetcher, useRouteLoaderData } from '@remix-run/react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuthenticityToken } from 'remix-utils/csrf/react'
import { useHydrated } from 'remix-utils/use-hydrated'
import { FieldErrors } from '~/components/ui/field'
import { draftStorageKey, readDraft, removeDraft, saveDraft } from '~/lib/browser-drafts'
import { formatDateTime } from '~/lib/format'
import { applyFormat, FORMAT_SHORTCUTS, shortcutFor, type FormatKind } from '~/lib/markdown-format'
import { SanitizedHtml } from './post-body'

interface Props {
  meta: FieldMetadata<string>
  label: string
  /** Server-rendered preview (the "Preview" button without JavaScript). */
  serverPreview?: string | null
  rows?: number
  /** Keep the unsent text in this browser for this form (e.g. "reply-5"; see browser-drafts); `fields` are the form's text fields kept with it. */
  draft?: { form: string; fields?: string[] }
  /** Which pipeline the live preview uses: a post's (default) or a staff announcement's. */
  previewKind?: 'post' | 'announcement'
}

const KINDS: FormatKind[] = ['bold', 'list', 'link', 'quote']

/** Sets a field's value the way typing does, so React, Conform and the preview all hear of it. */
function setFieldValue(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

function textField(form: HTMLFormElement, name: string) {
  const el = form.elements.namedItem(name)
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === 'text') ? el : null
}

/** Bold, list, link and quote for the textarea: a toolbar (one tab stop, arrow keys inside) and Ctrl shortcuts. */
function FormatToolbar({ textarea, controls }: { textarea: React.RefObject<HTMLTextAreaElement | null>; controls: string }) {
  const { t } = useTranslation()
  const [active, setActive] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: KINDS.length - 1 }
    if (!(e.key in moves)) return
    e.preventDefault()
    const next = (moves[e.key]! + KINDS.length) % KINDS.length
    setActive(next)
    buttons.current[next]?.focus()
  }
  return (
    <div role="toolbar" aria-label={t('toolbar.label')} aria-controls={controls} className="format-toolbar" onKeyDown={onKeyDown}>
      {KINDS.map((kind, i) => (
        <button
          key={kind}
          ref={(el) => {
            buttons.current[i] = el
          }}
          type="button"
          className={`format-button format-${kind}`}
          tabIndex={i === active ? 0 : -1}
          aria-keyshortcuts={FORMAT_SHORTCUTS[kind].aria}
          title={t('toolbar.shortcut', { keys: FORMAT_SHORTCUTS[kind].aria.replace('Control', 'Ctrl') })}
          onClick={() => {
            setActive(i)
            formatTextarea(textarea.current, kind, placeholderOf(kind, t))
          }}
        >
          {t(`toolbar.${kind}`)}
        </button>
      ))}
    </div>
  )
}

const placeholderOf = (kind: FormatKind, t: (key: string) => string) =>
  kind === 'bold' ? t('toolbar.placeholderBold') : kind === 'link' ? t('toolbar.placeholderLink') : ''

function formatTextarea(el: HTMLTextAreaElement | null, kind: FormatKind, placeholder: string) {
  if (!el) return
  const next = applyFormat(kind, { value: el.value, start: el.selectionStart, end: el.selectionEnd }, placeholder)
  setFieldValue(el, next.value)
  el.focus()
  el.setSelectionRange(next.start, next.end)
}

/**
 * A Markdown textarea with a live preview rendered by the server's own pipeline (/preview),
 * so what the writer sees is exactly what will be published. Without JavaScript it is a plain
 * textarea; with it, a formatting toolbar and (when `draft` is given) a draft kept in the browser.
 */
export function MarkdownEditor({ meta, label, serverPreview, rows = 8, draft, previewKind = 'post' }: Props) {
  const { t, i18n } = useTranslation()
  const csrf = useAuthenticityToken()
  const root = useRouteLoaderData<{ user: { pseudonym: string } | null }>('root')
  const fetcher = useFetcher<{ html: string }>()
  const actionData = useActionData()
  const [text, setText] = useState<string>((meta.initialValue as string | undefined) ?? '')
  const hydrated = useHydrated()
  const [restored, setRestored] = useState<number | null>(null)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const { key, ...textareaProps } = getTextareaProps(meta, { ariaDescribedBy: `${meta.id}-help` })
  const { submit } = fetcher
  const draftKey = draft && root?.user ? draftStorageKey(root.user.pseudonym, draft.form) : undefined
  const draftFields = (draft?.fields ?? [meta.name]).join(',')

  useEffect(() => {
    clearTimeout(timer.current)
    if (!text.trim()) return
    timer.current = setTimeout(() => submit({ csrf, body: text, kind: previewKind }, { method: 'post', action: '/preview' }), 350)
    return () => clearTimeout(timer.current)
  }, [text, csrf, submit, previewKind])

  // Drafts: restore into an empty form once, save while typing, drop on "publish".
  useEffect(() => {
    const form = textarea.current?.form
    if (!draftKey || !form) return
    const names = draftFields.split(',')
    const current = () => Object.fromEntries(names.map((n) => [n, textField(form, n)?.value ?? '']))
    const kept = readDraft(draftKey)
    if (kept && Object.values(current()).every((v) => !v.trim())) {
      for (const name of names) {
        const el = textField(form, name)
        if (el && kept.fields[name]) setFieldValue(el, kept.fields[name]!)
      }
      setRestored(kept.savedAt)
    }
    let saveTimer: ReturnType<typeof setTimeout> | undefined
    const onInput = () => {
      clearTimeout(saveTimer)
      saveTimer = setTimeout(() => saveDraft(draftKey, current()), 400)
    }
    const onSubmit = (e: SubmitEvent) => {
      const submitter = e.submitter as HTMLButtonElement | null
      if (submitter?.name === 'intent' && submitter.value !== 'publish') return
      // Sent: the draft goes. If the server hands the form back (an error), it is kept again below.
      clearTimeout(saveTimer)
      removeDraft(draftKey)
    }
    form.addEventListener('input', onInput)
    form.addEventListener('submit', onSubmit)
    return () => {
      clearTimeout(saveTimer)
      form.removeEventListener('input', onInput)
      form.removeEventListener('submit', onSubmit)
    }
  }, [draftKey, draftFields])

  // The server answered without leaving the page (a refusal, a preview): the text is still unsent.
  useEffect(() => {
    const form = textarea.current?.form
    if (!draftKey || !form || !actionData) return
    saveDraft(draftKey, Object.fromEntries(draftFields.split(',').map((n) => [n, textField(form, n)?.value ?? ''])))
  }, [actionData, draftKey, draftFields])

  const discard = () => {
    const form = textarea.current?.form
    if (!draftKey || !form) return
    removeDraft(draftKey)
    for (const name of draftFields.split(',')) {
      const el = textField(form, name)
      if (el) setFieldValue(el, '')
    }
    setRestored(null)
    textarea.current?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const kind = shortcutFor(e)
    if (!kind) return
    e.preventDefault()
    formatTextarea(e.currentTarget, kind, placeholderOf(kind, t))
  }

  const previewHtml = text.trim() ? (fetcher.data?.html ?? serverPreview ?? null) : (serverPreview ?? null)
  return (
    <div className="editor">
      <div className="field">
        <label htmlFor={meta.id}>{label}</label>
        {restored !== null ? (
          <p className="draft-notice" role="status">
            {t('drafts.restored', { time: formatDateTime(new Date(restored).toISOString(), i18n.language) })}{' '}
            <button type="button" className="link-button" onClick={discard}>
              {t('drafts.discard')}
            </button>
          </p>
        ) : null}
        {hydrated ? <FormatToolbar textarea={textarea} controls={meta.id} /> : null}
        <textarea key={key} {...textareaProps} ref={textarea} rows={rows} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
        <p id={`${meta.id}-help`} className="field-help">
          {t('forum.bodyHelp')}
          {hydrated ? ` ${t('toolbar.help')}` : ''}
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
