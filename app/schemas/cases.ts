import { z } from 'zod'
import { CASE_OUTCOMES, CASE_TYPES, CASE_URGENCIES, FOLLOW_UPS, REFERRAL_KINDS, SESSION_MODES } from '#db/schema'
import { idField } from '~/lib/ids'

// NUL cannot be stored in PostgreSQL text.
const text = (max: number) =>
  z
    .string({ required_error: 'errors.required' })
    .transform((v) => v.replaceAll('\u0000', ''))
    // Trimmed inside the pipe: Conform turns an empty string into "missing" before its schema sees it.
    .pipe(z.string().trim().min(1, 'errors.required').max(max, 'errors.textTooLong'))
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => v?.replaceAll('\u0000', '').trim() || null)
    .pipe(z.string().max(max, 'errors.textTooLong').nullable())
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { required_error: 'errors.required', invalid_type_error: 'errors.required' })
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/).optional()

export const MESSAGE_MAX = 5000

export const RequestCaseSchema = z.object({
  type: choice(CASE_TYPES),
  urgency: choice(CASE_URGENCIES),
  message: optionalText(MESSAGE_MAX),
  idempotencyKey,
})

export const EscalateSchema = z.object({
  intent: z.literal('escalate'),
  type: choice(CASE_TYPES),
  urgency: choice(CASE_URGENCIES),
  reason: text(1000),
})

export const ReferEmployeeSchema = z.object({
  pseudonym: text(30),
  type: choice(CASE_TYPES),
  urgency: choice(CASE_URGENCIES),
  reason: text(2000),
  idempotencyKey,
})

export const AssignSchema = z.object({
  caseId: idField(),
  counselorId: z.string({ required_error: 'errors.required' }).uuid('errors.required'),
  reason: optionalText(500),
})

export const MessageSchema = z.object({ intent: z.literal('message'), body: text(MESSAGE_MAX), idempotencyKey })
export const NoteSchema = z.object({ intent: z.literal('note'), body: text(10_000) })

const sessionFields = {
  mode: choice(SESSION_MODES),
  startsAt: z.string({ required_error: 'errors.required' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'errors.dateInvalid'),
  durationMinutes: z.coerce.number({ invalid_type_error: 'errors.required' }).int().min(15, 'errors.durationRange').max(240, 'errors.durationRange'),
  place: optionalText(500),
}
/** A video session has Teduh's own call (another link is optional, https only); an in-person one needs its place. */
const placeRule = (value: { mode: string; place: string | null }, ctx: z.RefinementCtx) => {
  if (value.mode === 'video' && value.place && !/^https:\/\/\S+$/.test(value.place)) ctx.addIssue({ code: 'custom', path: ['place'], message: 'errors.videoLink' })
  if (value.mode === 'in_person' && !value.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'errors.placeRequired' })
}
export const ScheduleSchema = z.object({ intent: z.literal('schedule'), ...sessionFields }).superRefine(placeRule)
export const RescheduleSchema = z.object({ intent: z.literal('reschedule'), sessionId: idField(), ...sessionFields }).superRefine(placeRule)
export const SessionChangeSchema = z.object({ intent: z.enum(['session_accept', 'session_decline', 'session_cancel', 'session_held']), sessionId: idField() })

export const ReferSchema = z.object({ intent: z.literal('refer'), kind: choice(REFERRAL_KINDS), reason: text(2000), place: optionalText(1000) })
export const CloseSchema = z.object({
  intent: z.literal('close'),
  outcome: choice(CASE_OUTCOMES),
  followUp: z.enum(FOLLOW_UPS).optional(),
  summary: optionalText(5000),
  /** Set by the confirmation step: the counselor saw the accepted sessions the closure cancels. */
  cancelSessions: z.literal('yes').optional(),
})
export const FeedbackSchema = z.object({
  intent: z.literal('feedback'),
  rating: z.coerce.number({ invalid_type_error: 'errors.required' }).int().min(1, 'errors.required').max(5, 'errors.required'),
  comment: optionalText(2000),
})
export const RevealSchema = z.object({
  intent: z.literal('reveal'),
  details: optionalText(500),
  confirm: z.literal('on', { errorMap: () => ({ message: 'errors.confirmReveal' }) }),
})
export const ReasonSchema = z.object({ intent: z.enum(['decline', 'reopen']), reason: optionalText(1000) })
export const TimeZoneSchema = z.object({ intent: z.literal('timezone'), timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) })
