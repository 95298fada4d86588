import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from '@conform-to/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface FieldProps {
  meta: FieldMetadata<string>
  label: string
  type?: 'text' | 'email' | 'password' | 'search' | 'date' | 'datetime-local' | 'number' | 'url'
  help?: ReactNode
  autoComplete?: string
  required?: boolean
}

/** A labelled input whose help and translated errors are wired through aria-describedby. */
export function Field({ meta, label, type = 'text', help, autoComplete, required }: FieldProps) {
  const { key, ...inputProps } = getInputProps(meta, { type, ariaDescribedBy: help ? meta.descriptionId : undefined })
  return (
    <FieldFrame meta={meta} label={label} help={help} required={required}>
      <input {...inputProps} key={key} autoComplete={autoComplete} aria-required={required || undefined} />
    </FieldFrame>
  )
}

/** Label above, help and translated errors below: the frame every kind of field shares. */
function FieldFrame({ meta, label, help, required, children }: { meta: FieldMetadata<string>; label: string; help?: ReactNode; required?: boolean; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="field">
      <label htmlFor={meta.id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      {help ? (
        <p id={meta.descriptionId} className="field-help">
          {help}
        </p>
      ) : null}
      <FieldErrors id={meta.errorId} errors={meta.errors} t={t} />
    </div>
  )
}

/** Errors are i18n keys, optionally with values: "errors.linksNotYet?days=3&reputation=5". */
export function translateError(error: string, t: (key: string, values?: Record<string, string>) => string) {
  const [key, query] = error.split('?')
  return t(key!, query ? Object.fromEntries(new URLSearchParams(query)) : undefined)
}

export function FieldErrors({ id, errors, t }: { id: string; errors?: string[]; t: (key: string, values?: Record<string, string>) => string }) {
  if (!errors?.length) return null
  return (
    <ul id={id} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{translateError(error, t)}</li>
      ))}
    </ul>
  )
}

/** A form-level error (e.g. a failed login) announced to screen readers. */
export function FormError({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  )
}

interface ChoiceFieldProps {
  meta: FieldMetadata<string>
  label: string
  options: { value: string; label: string }[]
  placeholder?: string
}

/** A labelled select wired like Field (errors through aria-describedby). */
export function SelectField({ meta, label, options, placeholder }: ChoiceFieldProps) {
  const { key, ...props } = getSelectProps(meta)
  return (
    <FieldFrame meta={meta} label={label}>
      <select key={key} {...props}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

/** A labelled textarea wired like Field. */
export function TextAreaField({ meta, label, rows = 4, help }: { meta: FieldMetadata<string>; label: string; rows?: number; help?: ReactNode }) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: help ? meta.descriptionId : undefined })
  return (
    <FieldFrame meta={meta} label={label} help={help}>
      <textarea key={key} {...props} rows={rows} />
    </FieldFrame>
  )
}
