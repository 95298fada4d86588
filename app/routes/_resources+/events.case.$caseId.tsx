import type { LoaderFunctionArgs } from '@remix-run/node'
import { allowOr404 } from '~/auth/guards.server'
import { findCaseOr404, requireCaseViewer } from '~/lib/case-route.server'
import { eventsResponse } from '~/lib/sse.server'
import { caseAccess } from '~/models/cases.server'
import { canReadCase } from '~/policies'

let sequence = 0

/** Live updates for a case's two participants: what kind of change and nothing else (the page reloads what it may see). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const row = await findCaseOr404(params.caseId)
  const caseId = row.id
  allowOr404(canReadCase(actor, caseAccess(row)))
  return eventsResponse(request, (event) => (event.type === 'case' && event.caseId === caseId ? { name: 'case', data: `${event.what}:${++sequence}` } : null))
}
