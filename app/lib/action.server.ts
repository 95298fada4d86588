import type { SubmissionResult } from '@conform-to/react'
import { data, type ActionFunctionArgs } from '@remix-run/node'
import { notFound } from '~/auth/guards.server'
import type { KeptSubmission } from '~/components/layout/kept-submission'
import type { Refusal } from '~/services/outcome'
import { isDatabaseUnavailable } from './db-errors.server'
import { readMutationForm } from './request.server'

export type Reply = (options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => SubmissionResult<string[]>

export interface RefusalView<B extends Record<string, unknown>> {
  /** Conform's reply for the submission, so the form comes back with what the user typed. */
  reply: Reply
  /** Extra keys every response of this form carries (e.g. `intent`, `preview: null`). */
  base: B
  /** Which form field an `invalid` refusal belongs to, by code; others show above the form. */
  fields?: Partial<Record<string, string>>
  /** The response key that carries a `needsDecision` refusal's detail (e.g. `pii`). */
  decisionKey?: string
  /** Show a conflict above this form rather than at the top of the page (pages with several forms). */
  conflictInForm?: boolean
}

/**
 * The response for a service's refusal: 404 for what the actor may not touch, 409 (said at
 * the top of the page) when the state moved on, 400 beside the field, 429 with Retry-After.
 * The form always comes back holding what was typed.
 */
export function answerRefusal<B extends Record<string, unknown>>(refusal: Refusal, view: RefusalView<B>) {
  type Body = B & { result: SubmissionResult<string[]>; stateError: string | null }
  const respond = (body: Record<string, unknown>, init?: ResponseInit) => data({ ...view.base, stateError: null, ...body } as Body, init)
  switch (refusal.kind) {
    case 'notFound':
      return notFound()
    case 'conflict':
      return view.conflictInForm
        ? respond({ result: view.reply({ formErrors: [refusal.message ?? 'errors.conflict'] }) }, { status: 409 })
        : respond({ result: view.reply(), stateError: refusal.message ?? null }, { status: 409 })
    case 'rateLimited':
      return respond(
        { result: view.reply({ formErrors: [refusal.message ?? 'errors.rateLimited'] }) },
        { status: 429, headers: { 'Retry-After': String(refusal.retryAfterSeconds ?? 60) } },
      )
    case 'needsDecision':
      return respond({ result: view.reply(), [view.decisionKey ?? 'notice']: refusal.detail })
    case 'invalid': {
      const field = view.fields?.[refusal.code]
      const message = refusal.message ?? `errors.${refusal.code}`
      return respond({ result: field ? view.reply({ fieldErrors: { [field]: [message] } }) : view.reply({ formErrors: [message] }) }, { status: 400 })
    }
  }
}

// Free text a person typed is shown again on the outage page; choices and tokens travel hidden.
const TYPED_FIELDS = new Set(['title', 'body', 'reason', 'detail', 'details', 'message', 'summary', 'comment', 'text', 'place', 'tags', 'evidence'])


function keepSubmission(request: Request, form: FormData): KeptSubmission {
  const url = new URL(request.url)
  const fields: KeptSubmission['fields'] = []
  for (const [name, value] of form) {
    if (typeof value !== 'string') continue
    fields.push({ name, value, typed: TYPED_FIELDS.has(name) && value.length > 0 })
  }
  return { action: url.pathname + url.search, fields }
}

/**
 * The action adapter every form route uses: the form is read once (origin and CSRF checked,
 * 403 otherwise), then the handler runs. If the database cannot be reached, the answer is a
 * 503 page that shows the writer what they typed and can send it again: nothing is lost.
 */
export function formAction<R>(handler: (args: ActionFunctionArgs & { form: FormData }) => Promise<R>) {
  return async (args: ActionFunctionArgs): Promise<R> => {
    const form = await readMutationForm(args.request)
    try {
      return await handler({ ...args, form })
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        throw data({ unavailable: true, kept: keepSubmission(args.request, form) }, { status: 503, headers: { 'Retry-After': '10' } })
      }
      throw error
    }
  }
}

/** For buttons without a form to return to (rate, delete, pin): any refusal means "not for you". */
export function valueOr404<T>(outcome: { ok: true; value: T } | Refusal): T {
  if (!outcome.ok) return notFound()
  return outcome.value
}
