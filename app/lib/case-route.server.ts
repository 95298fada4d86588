import { allowOr404, getActor, idParamOr404 } from '~/auth/guards.server'
import type { Actor } from '~/policies'
import { findCase } from '~/models/cases.server'
import type { Refusal } from '~/services/outcome'
import { answerRefusal, type Reply } from './action.server'
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

export async function findCaseOr404(caseId: string | undefined) {
  const row = await findCase(db(), idParamOr404(caseId))
  allowOr404(!!row)
  return row
}

// Refusals that belong to one field of the form, shown beside it.
const CASE_REFUSAL_FIELDS: Partial<Record<string, string>> = {
  case_unknownMember: 'pseudonym',
  case_notCounselor: 'counselorId',
  dateInvalid: 'startsAt',
  dateInPast: 'startsAt',
  followUpRequired: 'followUp',
}

/**
 * A case service's refusal as the form shows it: 404 (not allowed), a state error said once at
 * the top of the page (409: someone else acted first), or an error beside its field; the form
 * keeps what the user typed.
 */
export function answerCaseRefusal(refusal: Refusal, intent: string, reply: Reply) {
  return answerRefusal(refusal, { reply, base: { intent }, fields: CASE_REFUSAL_FIELDS })
}
