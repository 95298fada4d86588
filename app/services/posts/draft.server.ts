import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { externalLinks } from '~/lib/links'
import { applyPiiDecision, type PiiCheck } from '~/lib/pii'
import { hitRateLimit, type RateRule } from '~/lib/rate-limit.server'
import { canPostLinks, isStaff, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { renderPostMarkdown } from './post-text.server'

export interface Draft {
  title?: string
  body: string
  piiDecision?: 'keep' | 'redact'
}

export type PiiNotice = NonNullable<PiiCheck['notice']>
export type DraftRefusal = 'linksNotYet' | 'personalData' | 'rateLimited'
/** Refusals of a write on a post that exists for the actor only if the policy says so. */
export type PostWriteRefusal = DraftRefusal | 'notFound' | 'verifiedOnly'

/**
 * External links need standing, so a fresh account cannot spam; an edit is judged by the
 * links it adds, so fixing a typo in an old post with a link stays possible. Staff may link.
 */
function linkGate(actor: Actor, body: string, previousBody: string | null): Outcome<undefined, 'linksNotYet'> {
  const before = new Set(previousBody ? externalLinks(previousBody) : [])
  const added = externalLinks(body).filter((link) => !before.has(link))
  if (added.length === 0 || isStaff(actor) || canPostLinks(actor, env.trustRules.links)) return ok()
  const { minAccountDays, minReputation } = env.trustRules.links
  return refuse.invalid('linksNotYet', `errors.linksNotYet?days=${minAccountDays}&reputation=${minReputation}`)
}

/** The preview a writer asks for without JavaScript: the same pipeline, under the same link rule. */
export async function previewDraft(db: DB, actor: Actor, body: string): Promise<Outcome<string, 'linksNotYet'>> {
  const links = linkGate(actor, body, null)
  return links.ok ? ok(await renderPostMarkdown(db, body)) : links
}

/**
 * The gates every text passes before it is stored, whether new or edited, in order: links
 * need standing, personal data asks the writer first, and the writer's rate limit. Returns
 * the text to store (redacted if the writer chose so).
 */
export async function checkDraft(
  db: DB,
  actor: Actor,
  draft: Draft,
  o: { rule: RateRule; previousBody?: string | null },
): Promise<Outcome<{ title?: string; body: string }, DraftRefusal>> {
  const links = linkGate(actor, draft.body, o.previousBody ?? null)
  if (!links.ok) return links
  const checked = applyPiiDecision({ title: draft.title, body: draft.body, decision: draft.piiDecision })
  if (checked.notice) return refuse.needsDecision('personalData', checked.notice)
  const limit = await hitRateLimit(db, o.rule, actor.id)
  if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)
  return ok({ title: checked.title, body: checked.body })
}
