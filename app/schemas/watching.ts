import { z } from 'zod'
import { DIGEST_FREQUENCIES } from '#db/schema'

/** The email choices form on /me/watching (error messages are i18n keys). */
export const EmailChoicesSchema = z.object({
  intent: z.literal('email'),
  digest: z.enum(DIGEST_FREQUENCIES, { errorMap: () => ({ message: 'errors.digestInvalid' }) }),
  replyEmails: z.preprocess((v) => v === 'on', z.boolean()),
  mentionEmails: z.preprocess((v) => v === 'on', z.boolean()),
  language: z.enum(['id', 'en'], { errorMap: () => ({ message: 'errors.languageInvalid' }) }),
})

/** The watch button on a category or thread page. */
export const WatchToggleSchema = z.object({ watching: z.enum(['true', 'false']).transform((v) => v === 'true') })
