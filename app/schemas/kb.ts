import { z } from 'zod'
import { KB_TAGS } from '#db/schema'
import { idField } from '~/lib/ids'

export const KB_TITLE_MAX = 150
export const KB_QUESTION_MAX = 2000
export const KB_ANSWER_MAX = 20_000
export const KB_REGULATIONS_MAX = 6

const withoutNul = (value: string) => value.replaceAll('\u0000', '')
const text = (min: number, max: number, short: string, long: string) =>
  z
    .string({ required_error: 'errors.required' })
    .transform(withoutNul)
    .pipe(z.string().trim().min(min, short).max(max, long))

// Conform sends an empty field as undefined: optional outermost, so an empty one is just absent.
const optionalText = (max: number) => z.string().trim().max(max, 'errors.textTooLong').optional()

const regulation = z.object({
  name: optionalText(120),
  number: optionalText(30),
  year: optionalText(4),
  article: optionalText(60),
  url: optionalText(500),
})

/** A regulation row: empty rows are dropped; a started one needs name, number and a year. */
const regulations = z
  .array(regulation.optional())
  .optional()
  .transform((rows) => (rows ?? []).filter((r): r is z.infer<typeof regulation> => !!r && Object.values(r).some((v) => !!v)))
  .superRefine((rows, ctx) => {
    if (rows.length > KB_REGULATIONS_MAX) ctx.addIssue({ code: 'custom', message: 'kb.errors.tooManyRegulations' })
    rows.forEach((r, i) => {
      if (!r.name) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'errors.required' })
      if (!r.number) ctx.addIssue({ code: 'custom', path: [i, 'number'], message: 'errors.required' })
      const year = Number(r.year)
      if (!/^\d{4}$/.test(r.year ?? '') || year < 1945 || year > 2100) ctx.addIssue({ code: 'custom', path: [i, 'year'], message: 'kb.errors.yearInvalid' })
      if (r.url && !/^https:\/\/[^\s]+$/i.test(r.url)) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: 'kb.errors.urlInvalid' })
    })
  })
  .transform((rows) => rows.map((r) => ({ name: r.name ?? '', number: r.number ?? '', year: Number(r.year), article: r.article || null, url: r.url || null })))

const tags = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
  .pipe(z.array(z.enum(KB_TAGS, { errorMap: () => ({ message: 'kb.errors.tagInvalid' }) })).min(1, 'kb.errors.tagRequired'))

export const KbEntryFields = {
  title: text(10, KB_TITLE_MAX, 'errors.titleTooShort', 'errors.titleTooLong'),
  question: text(20, KB_QUESTION_MAX, 'kb.errors.questionTooShort', 'errors.textTooLong'),
  answer: text(20, KB_ANSWER_MAX, 'errors.bodyTooShort', 'errors.bodyTooLong'),
  tags,
  regulations,
}

export const NewKbEntrySchema = z.object({
  sourcePost: z.string({ required_error: 'kb.errors.sourceRequired' }).pipe(idField()),
  ...KbEntryFields,
})

/** Review: "confirm" keeps the words and renews the date; "edit" saves a new version. */
export const ReviewKbEntrySchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('confirm'), version: z.coerce.number().int().min(1), note: optionalText(500).transform((v) => v ?? '') }),
  z.object({ intent: z.literal('edit'), version: z.coerce.number().int().min(1), note: optionalText(500).transform((v) => v ?? ''), ...KbEntryFields }),
])

export const KbSettingsSchema = z.object({
  reviewMonths: z.coerce.number({ invalid_type_error: 'kb.errors.monthsInvalid' }).int('kb.errors.monthsInvalid').min(1, 'kb.errors.monthsInvalid').max(60, 'kb.errors.monthsInvalid'),
})
