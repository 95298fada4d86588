import type { FieldMetadata, FormMetadata } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { KB_TAGS } from '#db/schema'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { Field, FieldErrors, TextAreaField } from '~/components/ui/field'
import { KB_REGULATIONS_MAX } from '~/schemas/kb'

export interface EntryFormFields {
  title: FieldMetadata<string>
  question: FieldMetadata<string>
  answer: FieldMetadata<string>
  tags: FieldMetadata<string[]>
  regulations: FieldMetadata<{ name: string; number: string; year: string; article: string; url: string }[]>
}

/**
 * The fields an entry is written with. Regulations are structured rows (name, number, year,
 * optional article and link): a fixed number of rows, so the form works without JavaScript.
 */
export function EntryFormFields({ fields, serverPreview }: { form: FormMetadata<Record<string, unknown>>; fields: EntryFormFields; serverPreview?: string | null }) {
  const { t } = useTranslation()
  const chosen = new Set(([] as string[]).concat((fields.tags.value as string[] | string | undefined) ?? []))
  const rows = fields.regulations.getFieldList()
  const regRows = Array.from({ length: KB_REGULATIONS_MAX }, (_, i) => rows[i])
  return (
    <>
      <Field meta={fields.title} label={t('kb.fieldTitle')} help={t('kb.fieldTitleHelp')} required />
      <TextAreaField meta={fields.question} label={t('kb.fieldQuestion')} help={t('kb.fieldQuestionHelp')} rows={4} />
      <MarkdownEditor meta={fields.answer} label={t('kb.fieldAnswer')} serverPreview={serverPreview} rows={12} />
      <fieldset className="field kb-tag-choices" aria-describedby={fields.tags.errors ? fields.tags.errorId : undefined}>
        <legend>{t('kb.fieldTags')}</legend>
        {KB_TAGS.map((tag) => (
          <div key={tag} className="checkbox">
            <input id={`kb-tag-${tag}`} type="checkbox" name={fields.tags.name} value={tag} defaultChecked={chosen.has(tag)} />
            <label htmlFor={`kb-tag-${tag}`}>{t(`kb.tag.${tag}`)}</label>
          </div>
        ))}
        <FieldErrors id={fields.tags.errorId} errors={fields.tags.errors} t={t} />
      </fieldset>
      <fieldset className="kb-regulation-rows">
        <legend>{t('kb.fieldRegulations')}</legend>
        <p className="field-help">{t('kb.fieldRegulationsHelp')}</p>
        {regRows.map((row, i) => {
          const f = row?.getFieldset()
          const name = (key: string) => `${fields.regulations.name}[${i}].${key}`
          const value = (key: 'name' | 'number' | 'year' | 'article' | 'url') => (f?.[key].initialValue as string | undefined) ?? ''
          const errors = (key: 'name' | 'number' | 'year' | 'article' | 'url') => f?.[key].errors
          const input = (key: 'name' | 'number' | 'year' | 'article' | 'url', label: string, extra: Record<string, unknown> = {}) => {
            const id = `kb-reg-${i}-${key}`
            const err = errors(key)
            return (
              <div className={`field kb-reg-${key}`}>
                <label htmlFor={id}>{label}</label>
                <input id={id} name={name(key)} defaultValue={value(key)} aria-invalid={err ? true : undefined} aria-describedby={err ? `${id}-error` : undefined} {...extra} />
                <FieldErrors id={`${id}-error`} errors={err} t={t} />
              </div>
            )
          }
          return (
            <fieldset key={i} className="kb-reg-row">
              <legend>{t('kb.regulationRow', { n: i + 1 })}</legend>
              {input('name', t('kb.regName'), { placeholder: t('kb.regNamePlaceholder'), maxLength: 120 })}
              {input('number', t('kb.regNumber'), { inputMode: 'numeric', maxLength: 30 })}
              {input('year', t('kb.regYear'), { inputMode: 'numeric', maxLength: 4 })}
              {input('article', t('kb.regArticle'), { maxLength: 60 })}
              {input('url', t('kb.regUrl'), { type: 'url', maxLength: 500 })}
            </fieldset>
          )
        })}
        <FieldErrors id={fields.regulations.errorId} errors={fields.regulations.errors} t={t} />
      </fieldset>
    </>
  )
}
