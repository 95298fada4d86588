import { z } from 'zod'

export const BIO_MAX = 300
export const INTERESTS_MAX = 5
export const ANNOUNCEMENT_MAX = 1000

/** The profile form: a short plain-text bio and up to five areas of interest (categories). */
export const ProfileSchema = z.object({
  bio: z
    .string()
    .trim()
    .max(BIO_MAX, `profileEdit.errorBioTooLong?max=${BIO_MAX}`)
    // Line breaks are kept (at most two in a row); other control characters are refused.
    // eslint-disable-next-line no-control-regex -- control characters, on purpose
    .refine((v) => !/[\u0000-\u0009\u000B-\u001F\u007F]/.test(v), 'profileEdit.errorBioCharacters')
    .optional()
    .transform((v) => v?.replace(/\n{3,}/g, '\n\n') ?? ''),
  interests: z
    .array(z.coerce.number({ invalid_type_error: 'profileEdit.errorInterestsUnknown' }).int('profileEdit.errorInterestsUnknown').positive('profileEdit.errorInterestsUnknown'))
    .max(INTERESTS_MAX, `profileEdit.errorInterestsTooMany?max=${INTERESTS_MAX}`)
    .optional()
    .transform((v) => [...new Set(v ?? [])]),
})

export const AnnouncementSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('create'),
    body: z
      .string({ required_error: 'errors.required' })
      .trim()
      .min(1, 'errors.required')
      .max(ANNOUNCEMENT_MAX, 'errors.textTooLong'),
    idempotencyKey: z.string().uuid().optional(),
  }),
  z.object({ intent: z.literal('end'), announcementId: z.string().regex(/^\d{1,18}$/) }),
])
