import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import { allowOr404, getActor, notFound } from '~/auth/guards.server'
import type { Actor } from '~/policies'
import { findCase } from '~/models/cases.server'
import { CaseError } from '~/services/cases.server'
import { db } from './db.server'

/**
 * A single case's pages answer 404 to everyone who may not see that case, visitors included
 * (no login redirect that would confirm a case number means something).
 */
export async function requireCaseViewer(request: Request): Promise<Actor> {
  const actor = await getActor(request)
  allowOr404(!!actor)
  return actor
}

export function caseIdParam(value: string | undefined): string {
  allowOr404(!!value && /^\d{1,18}$/.test(value))
  return value
}

export async function findCaseOr404(caseId: string | undefined) {
  const row = await findCase(db(), caseIdParam(caseId))
  allowOr404(!!row)
  return row
}

// Refusals that belong to one field of the form, with the message shown beside it.
const FIELD_ERRORS: Partial<Record<CaseError['code'], [string, string]>> = {
  unknownMember: ['pseudonym', 'errors.case_unknownMember'],
  notCounselor: ['counselorId', 'errors.case_notCounselor'],
  dateInvalid: ['startsAt', 'errors.dateInvalid'],
  dateInPast: ['startsAt', 'errors.dateInFuture'],
}

/**
 * Runs a case service call for a form; a refusal becomes 404 (not allowed) or a translated
 * form error (the case's state does not allow it), keeping what the user typed.
 */
export async function runCaseChange<T>(intent: string, reply: (o?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]>, work: () => Promise<T>) {
  try {
    return { ok: true as const, value: await work() }
  } catch (error) {
    if (!(error instanceof CaseError)) throw error
    if (error.code === 'notFound') notFound()
    // A state that no longer allows the step (someone else acted first): said once, at the top of the page.
    if (error.code === 'invalid') return { ok: false as const, response: data({ intent, result: reply(), stateError: 'errors.case_invalid' }, { status: 409 }) }
    const [field, message] = FIELD_ERRORS[error.code] ?? [null, `errors.case_${error.code}`]
    const result = field ? reply({ fieldErrors: { [field]: [message] } }) : reply({ formErrors: [message] })
    return { ok: false as const, response: data({ intent, result, stateError: null }, { status: 400 }) }
  }
}
