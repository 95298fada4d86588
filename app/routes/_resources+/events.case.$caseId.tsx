import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404 } from '~/auth/guards.server'
import { requireCaseViewer } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { eventsResponse } from '~/lib/sse.server'
import { caseAccess, findCase } from '~/models/cases.server'
import { canReadCase } from '~/policies'

let sequence = 0

/** Live updates for a case's two participants: what kind of change and nothing else (the page reloads what it may see). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const caseId = params.caseId ?? ''
  allowOr404(/^\d{1,18}$/.test(caseId))
  const actor = await requireCaseViewer(request)
  const row = await findCase(db(), caseId)
  allowOr404(!!row && canReadCase(actor, caseAccess(row)))
  return eventsResponse(request, (event) => (event.type === 'case' && event.caseId === caseId ? { name: 'case', data: `${event.what}:${++sequence}` } : null))
}
