import en from '~/locales/en'
import id from '~/locales/id'

export const supportedLanguages = ['id', 'en'] as const
export type Language = (typeof supportedLanguages)[number]
export const fallbackLanguage: Language = 'id'
export const defaultNS = 'common'

export const resources = {
  id: { common: id },
  en: { common: en },
} as const

/** Shared i18next settings for the server render and the browser. */
export const i18nConfig = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: fallbackLanguage,
  defaultNS,
  ns: [defaultNS],
  // React escapes output; i18next must not escape a second time.
  interpolation: { escapeValue: false },
  resources,
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value)
