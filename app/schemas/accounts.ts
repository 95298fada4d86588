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
