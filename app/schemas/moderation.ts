import { z } from 'zod'
import type { FlagReason } from '#db/schema'

const reason = z.string({ required_error: 'errors.required' }).trim().min(1, 'errors.required').max(1000, 'errors.textTooLong')

/** One schema per moderation action, told apart by `action`. */
export const ModerationActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['dismiss', 'hide', 'unhide', 'delete', 'lock', 'unlock', 'warn', 'unsuspend']), reason }),
  z.object({ action: z.literal('suspend'), reason, days: z.coerce.number({ invalid_type_error: 'errors.required' }).int().min(1, 'errors.daysRange').max(365, 'errors.daysRange') }),
  z.object({ action: z.literal('move'), reason, category: z.coerce.number({ invalid_type_error: 'errors.required' }).int().positive('errors.categoryInvalid') }),
  z.object({ action: z.enum(['redact', 'edit']), reason, text: z.string({ required_error: 'errors.required' }).trim().min(1, 'errors.required').max(20_000, 'errors.textTooLong') }),
])

export type ModerationActionInput = z.infer<typeof ModerationActionSchema>

export const FLAG_REASON_VALUES = ['crisis', 'harassment', 'personal_data', 'misinformation', 'spam', 'other'] as const satisfies readonly FlagReason[]

export const FlagSchema = z
  .object({
    reason: z.enum(FLAG_REASON_VALUES, { errorMap: () => ({ message: 'errors.required' }) }),
    detail: z.string().trim().max(1000, 'errors.textTooLong').optional(),
  })
  .refine((v) => v.reason !== 'other' || !!v.detail, { path: ['detail'], message: 'errors.required' })
