import { z } from 'zod'
import { idField } from '~/lib/ids'

export const TITLE_MIN = 10
export const TITLE_MAX = 150
export const BODY_MIN = 10
export const BODY_MAX = 20_000
export const TAGS_MAX = 5

// NUL cannot be stored in PostgreSQL text and has no business in a post.
const withoutNul = (value: string) => value.replaceAll('\u0000', '')

const body = z
  .string({ required_error: 'errors.required' })
  .transform(withoutNul)
  .pipe(z.string().trim()
  .min(BODY_MIN, 'errors.bodyTooShort')
  .max(BODY_MAX, 'errors.bodyTooLong'))

const anonymous = z
  .literal('on')
  .optional()
  .transform((value) => value === 'on')

/** "keep" publishes as written after the personal-data warning; "redact" applies the offered redaction. */
const piiDecision = z.enum(['keep', 'redact']).optional()

// Form fields arrive as strings; an idempotency key makes a resubmitted form create one post.
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional()

export const tagList = z
  .string()
  .optional()
  .transform((value) =>
    [...new Set((value ?? '').split(/[,\s]+/).map((t) => t.trim().toLowerCase().replace(/^#/, '')).filter(Boolean))],
  )
  .superRefine((tags, ctx) => {
    if (tags.length > TAGS_MAX) ctx.addIssue({ code: 'custom', message: 'errors.tooManyTags' })
    if (tags.some((t) => !/^[a-z0-9][a-z0-9-]{1,29}$/.test(t))) ctx.addIssue({ code: 'custom', message: 'errors.tagInvalid' })
  })

export const NewThreadSchema = z.object({
  category: z.string({ required_error: 'errors.required' }).min(1, 'errors.required'),
  title: z.string({ required_error: 'errors.required' }).transform(withoutNul).pipe(z.string().trim().min(TITLE_MIN, 'errors.titleTooShort').max(TITLE_MAX, 'errors.titleTooLong')),
  body,
  tags: tagList,
  anonymous,
  piiDecision,
  idempotencyKey,
  intent: z.enum(['publish', 'preview']).default('publish'),
})

export const ReplySchema = z.object({
  body,
  anonymous,
  replyTo: idField().optional(),
  piiDecision,
  idempotencyKey,
  intent: z.enum(['publish', 'preview']).default('publish'),
})

export const EditPostSchema = z.object({
  title: z.string().transform(withoutNul).pipe(z.string().trim().min(TITLE_MIN, 'errors.titleTooShort').max(TITLE_MAX, 'errors.titleTooLong')).optional(),
  body,
  piiDecision,
})

/** Where each composer refusal is shown: beside the field it concerns (the rest above the form). */
export const COMPOSER_REFUSAL_FIELDS: Partial<Record<string, string>> = {
  linksNotYet: 'body',
  categoryInvalid: 'category',
  cannotPostHere: 'category',
  verifiedOnly: 'category',
}
