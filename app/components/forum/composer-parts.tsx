import { getInputProps, type FieldMetadata } from '@conform-to/react'
import { useTranslation } from 'react-i18next'
import { translateError } from '~/components/ui/field'

/** "Kirim sebagai Anonim", with what it means. */
export function AnonymousCheckbox({ meta }: { meta: FieldMetadata<boolean | string | undefined> }) {
  const { t } = useTranslation()
  const { key, ...props } = getInputProps(meta as FieldMetadata<string>, { type: 'checkbox', value: 'on' })
  return (
    <div className="checkbox">
      <input key={key} {...props} aria-describedby={`${meta.id}-help`} />
      <div>
        <label htmlFor={meta.id}>{t('forum.postAnonymously')}</label>
        <p id={`${meta.id}-help`} className="field-help">
          {t('forum.postAnonymouslyHelp')}
        </p>
      </div>
    </div>
  )
}

/** Publish and the no-JavaScript preview. */
export function ComposerButtons({ publishLabel }: { publishLabel: string }) {
  const { t } = useTranslation()
  return (
    <div className="button-row">
      <button type="submit" name="intent" value="publish" className="button">
        {publishLabel}
      </button>
      <button type="submit" name="intent" value="preview" className="button button-secondary">
        {t('forum.preview')}
      </button>
    </div>
  )
}

/** Form-level errors (e.g. the posting rate limit), announced. */
export function FormErrors({ errors }: { errors?: string[] }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <p className="form-error" role="alert">
      {errors.map((e) => translateError(e, t)).join(' ')}
    </p>
  )
}
