import { z } from 'zod'
import { idField } from '~/lib/ids'

const text = (max: number) =>
  z
    .string({ required_error: 'errors.required' })
    .trim()
    .min(1, 'errors.required')
    .max(max, 'errors.textTooLong')

const areas = z
  .array(z.coerce.number().int().positive(), { required_error: 'errors.areasRequired' })
  .min(1, 'errors.areasRequired')
  .max(10)

export const ExpertApplicationSchema = z.object({
  areas,
  organisation: text(200),
  position: text(200),
  evidence: text(4000),
})

export const ApproveSchema = z.object({
  intent: z.literal('approve'),
  applicationId: idField(),
  badgeText: text(120),
  areas,
  expiresAt: z.coerce.date({ errorMap: () => ({ message: 'errors.required' }) }),
})

export const RejectSchema = z.object({
  intent: z.literal('reject'),
  applicationId: idField(),
  reason: text(1000),
})

export const RevokeSchema = z.object({
  intent: z.literal('revoke'),
  userId: z.string().uuid(),
  reason: text(1000),
})
