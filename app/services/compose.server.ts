import type { SubmissionResult } from '@conform-to/react'
import { data } from '@remix-run/node'
import type { DB } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { hasExternalLinks } from '~/lib/links'
import { renderMarkdown } from '~/lib/markdown.server'
import { applyPiiDecision, type PiiCheck } from '~/lib/pii'
import { hitRateLimit, RATE_RULES, rateLimitedError, tooManyRequests } from '~/lib/rate-limit.server'
import { canPostLinks, type Actor } from '~/policies'

interface Draft {
  title?: string
  body: string
  intent: 'publish' | 'preview'
  piiDecision?: 'keep' | 'redact'
}

type Reply = (options?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => SubmissionResult<string[]>

/**
 * The steps every new thread and reply passes before it is published, in order: links need
 * standing, "preview" only renders, personal data asks first, and the posting rate limit.
 * Returns the response to send instead of publishing, or the text to publish.
 */
export async function gateDraft(db: DB, actor: Actor, draft: Draft, reply: Reply) {
  const respond = (result: SubmissionResult<string[]>, extra: { preview?: string | null; pii?: PiiCheck['notice'] } = {}, init?: ResponseInit) =>
    ({ response: data({ result, preview: extra.preview ?? null, pii: extra.pii ?? null }, init) }) as const
  if (hasExternalLinks(draft.body) && !canPostLinks(actor, env.trustRules.links)) {
    const { minAccountDays, minReputation } = env.trustRules.links
    return respond(reply({ fieldErrors: { body: [`errors.linksNotYet?days=${minAccountDays}&reputation=${minReputation}`] } }), {}, { status: 400 })
  }
  if (draft.intent === 'preview') return respond(reply(), { preview: renderMarkdown(draft.body) })
  const checked = applyPiiDecision({ title: draft.title, body: draft.body, decision: draft.piiDecision })
  if (checked.notice) return respond(reply(), { pii: checked.notice })
  const limit = await hitRateLimit(db, RATE_RULES.postsPerMember, actor.id)
  if (!limit.allowed) return respond(reply({ formErrors: [rateLimitedError(limit)] }), {}, tooManyRequests(limit))
  return { publish: { title: checked.title, body: checked.body } } as const
}
