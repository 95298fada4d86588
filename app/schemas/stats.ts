import { z } from 'zod'
import { EARLIEST_DAY, LATEST_DAY, MAX_RANGE_DAYS, addDays, daysBetween, defaultRange, isIsoDay, type DayRange } from '~/lib/stats-range'

const day = z
  .string()
  .trim()
  .refine(isIsoDay, 'errors.dayInvalid')
  .refine((d) => d >= EARLIEST_DAY && d <= LATEST_DAY, 'errors.dateOutOfRange')
  .optional()

/**
 * The analytics date range (`?from=YYYY-MM-DD&to=YYYY-MM-DD`, both inclusive). A missing end is
 * today, a missing start is 90 days before the end; the start may not come after the end, and a
 * range spans five years at most. Errors are i18n keys on the field they concern.
 */
export function statsRangeSchema(today: string) {
  return z.object({ from: day, to: day }).transform((input, ctx): DayRange => {
    const to = input.to ?? (input.from && input.from > today ? input.from : today)
    const from = input.from ?? (input.to ? addDays(input.to, -89) : defaultRange(today).from)
    if (from > to) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [input.to ? 'to' : 'from'], message: 'errors.dateOrder' })
      return z.NEVER
    }
    if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['from'], message: 'errors.dateRangeTooLong' })
      return z.NEVER
    }
    return { from, to }
  })
}
