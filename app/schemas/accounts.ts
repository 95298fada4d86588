import { z } from 'zod'
import { pseudonymProblem } from '~/lib/pseudonym'

/** Error messages are i18n keys under "errors.", translated where they are shown. */

// The handful of passwords that attackers try first (plus anything made of one repeated character).
const COMMON_PASSWORDS = new Set([
  'password123', 'password1234', '1234567890', '12345678910', 'qwertyuiop', 'qwerty12345', 'iloveyou123',
  'katasandi123', 'rahasia1234', 'bismillah123', 'indonesia123', 'indonesia45', 'passwordku123', 'admin12345',
  'welcome1234', 'abcdefghij', 'abc1234567', 'asdfghjkl1', '0987654321', 'sayang12345',
])

export const email = z
  .string({ required_error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .max(254, 'errors.emailTooLong')
  .email('errors.emailInvalid')
  .transform((value) => value.toLowerCase())

export const newPassword = z
  .string({ required_error: 'errors.required' })
  .min(10, 'errors.passwordTooShort')
  .max(200, 'errors.passwordTooLong')
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()) && new Set(value).size > 3, 'errors.passwordWeak')

export const pseudonym = z
  .string({ required_error: 'errors.required' })
  .trim()
  .min(1, 'errors.required')
  .superRefine((value, ctx) => {
    const problem = pseudonymProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: `errors.pseudonym${problem[0]!.toUpperCase()}${problem.slice(1)}` })
  })
  .transform((value) => value.normalize('NFKC'))

export const SignUpSchema = z
  .object({
    email,
    password: newPassword,
    pseudonym,
    consent: z.literal('on', { errorMap: () => ({ message: 'errors.consentRequired' }) }),
  })
  .superRefine((value, ctx) => {
    const lowered = value.password.toLowerCase()
    const localPart = value.email.split('@')[0] ?? ''
    if ((localPart.length >= 4 && lowered.includes(localPart)) || lowered.includes(value.pseudonym.toLowerCase())) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'errors.passwordContainsName' })
    }
  })

export const LogInSchema = z.object({
  email,
  // Never judged on login beyond presence: rules changed over time must not lock anyone out.
  password: z.string({ required_error: 'errors.required' }).min(1, 'errors.required').max(1000, 'errors.passwordTooLong'),
  redirectTo: z.string().optional(),
  // Shared devices: a session cookie without Max-Age, gone when the browser closes.
  endOnClose: z.boolean().optional(),
})

export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ required_error: 'errors.required' }).min(1, 'errors.required').max(1000),
  newPassword,
})

// ── Data rights ──────────────────────────────────────────────────────────────

const passwordAgain = z.string({ required_error: 'errors.required' }).min(1, 'errors.required').max(1000, 'errors.passwordTooLong')

export const ExportSchema = z.object({ password: passwordAgain })

export const PseudonymChangeSchema = z.object({ intent: z.literal('pseudonym'), pseudonym })

export const EmailChangeSchema = z.object({ intent: z.literal('email'), email, password: passwordAgain })

export const EmailCodeSchema = z.object({
  intent: z.literal('confirmEmail'),
  code: z.string({ required_error: 'errors.required' }).trim().min(1, 'errors.required').max(20, 'errors.codeWrong').regex(/^[0-9 ]+$/, 'errors.codeWrong'),
})

export const PreferencesSchema = z.object({
  intent: z.literal('preferences'),
  locale: z.enum(['id', 'en'], { errorMap: () => ({ message: 'errors.choiceInvalid' }) }),
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'], { errorMap: () => ({ message: 'errors.choiceInvalid' }) }),
})

export const DeleteStartSchema = z.object({
  intent: z.literal('review'),
  posts: z.enum(['keep', 'remove'], { errorMap: () => ({ message: 'errors.deleteChoiceRequired' }) }),
  password: passwordAgain,
})

export const DeleteConfirmSchema = z.object({
  intent: z.literal('delete'),
  posts: z.enum(['keep', 'remove']),
  token: z.string().min(1).max(200),
  understood: z.literal('on', { errorMap: () => ({ message: 'errors.deleteUnderstand' }) }),
})

export const RevealRequestSchema = z.object({
  intent: z.literal('request'),
  pseudonym: z.string({ required_error: 'errors.required' }).trim().min(1, 'errors.required').max(60, 'errors.revealUnknownMember'),
  reason: z.string({ required_error: 'errors.required' }).trim().min(15, 'errors.revealReasonShort').max(1000, 'errors.textTooLong'),
})
