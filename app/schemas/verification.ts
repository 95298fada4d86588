import { z } from 'zod'

const required = (max: number, tooLong = 'errors.textTooLong') => z.string({ required_error: 'errors.required' }).trim().min(1, 'errors.required').max(max, tooLong)

/** The member's page: one form per step, told apart by `intent`. */
export const MemberVerifySchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('send'), address: required(254, 'verify.err_addressInvalid') }),
  z.object({ intent: z.literal('confirm'), code: required(20, 'verify.err_codeInvalid') }),
  z.object({ intent: z.literal('hrCode') }),
  z.object({ intent: z.literal('show'), show: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()) }),
  z.object({ intent: z.literal('remove') }),
])

export const HrConfirmSchema = z.object({
  code: required(20, 'verify.err_hrCodeInvalid'),
  institution: z.string().trim().max(120, 'errors.textTooLong').default(''),
})

export const VerificationSettingsSchema = z.object({
  intent: z.literal('verification'),
  domains: z.string().max(20_000, 'errors.textTooLong').default(''),
  validMonths: z.coerce.number({ invalid_type_error: 'verify.err_months' }).int('verify.err_months').min(1, 'verify.err_months').max(60, 'verify.err_months'),
  verifiedOnly: z.array(z.coerce.number().int().positive()).max(100).default([]),
})
