/**
 * What every write service returns: it happened (`ok`), or a named refusal the route maps to a
 * response. Services never throw for a refusal; they throw only for faults (the database is
 * down, a bug), so a refusal can never be mistaken for an outage or the other way round.
 */
export type RefusalKind =
  /** The actor may not touch this (or it does not exist): 404, never 403. */
  | 'notFound'
  /** The thing's state no longer allows the step (someone acted first): 409. */
  | 'conflict'
  /** The input cannot be accepted as it is: 400, shown beside a field or above the form. */
  | 'invalid'
  /** Too many attempts: 429 with Retry-After. */
  | 'rateLimited'
  /** The writer must decide first (personal data found): the form comes back with a notice. */
  | 'needsDecision'

export interface Refusal<C extends string = string> {
  ok: false
  code: C
  kind: RefusalKind
  /** An i18n key ("errors.…", may carry ?name=value arguments). */
  message?: string
  retryAfterSeconds?: number
  /** Anything the form needs to show the refusal (e.g. the personal-data notice). */
  detail?: unknown
}

export interface Ok<T> {
  ok: true
  value: T
}

export type Outcome<T = undefined, C extends string = string> = Ok<T> | Refusal<C>

export function ok(): Ok<undefined>
export function ok<T>(value: T): Ok<T>
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value }
}

export const refuse = {
  notFound: (): Refusal<'notFound'> => ({ ok: false, code: 'notFound', kind: 'notFound' }),
  conflict: <C extends string>(code: C, message = `errors.${code}`): Refusal<C> => ({ ok: false, code, kind: 'conflict', message }),
  invalid: <C extends string>(code: C, message = `errors.${code}`): Refusal<C> => ({ ok: false, code, kind: 'invalid', message }),
  rateLimited: (retryAfterSeconds: number): Refusal<'rateLimited'> => ({
    ok: false,
    code: 'rateLimited',
    kind: 'rateLimited',
    message: `errors.rateLimited?minutes=${Math.ceil(retryAfterSeconds / 60)}`,
    retryAfterSeconds,
  }),
  needsDecision: <C extends string>(code: C, detail: unknown): Refusal<C> => ({ ok: false, code, kind: 'needsDecision', detail }),
}

export const isRefusal = <T, C extends string>(outcome: Outcome<T, C>): outcome is Refusal<C> => !outcome.ok
