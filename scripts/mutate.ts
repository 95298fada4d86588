/**
 * A small mutation run over the security-critical code: each mutation changes one line the
 * way a plausible mistake would, rebuilds when the tests need the server bundle, runs the
 * tests that should notice, and restores the file. A mutation the tests do not notice
 * "survives". `npm run mutate` (optionally `-- --area policies`); results in
 * bench-results/mutation.json. Not part of `npm test`: it rebuilds once per mutation.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

type Area = 'policies' | 'sanitizer' | 'anonymity' | 'csrf-origin' | 'rate-limits' | 'case-access'

interface Mutation {
  area: Area
  file: string
  /** Exact text that must occur once in the file. */
  find: string
  replace: string
  what: string
  /** Test files that should fail with the mutation in place. */
  tests: string[]
}

const unitPolicies = ['tests/unit/policies.test.ts', 'tests/unit/forum-policies.test.ts']
const casePolicies = ['tests/unit/case-policies.test.ts']

export const MUTATIONS: Mutation[] = [
  // ── policies ──
  { area: 'policies', file: 'app/policies/index.ts', find: 'actor.id === post.authorId && !post.deletedAt && !post.hiddenAt && !thread.lockedAt', replace: 'actor.id === post.authorId && !post.deletedAt && !post.hiddenAt', what: 'editing allowed in a locked thread', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: '(!thread.deletedAt && !!actor && actor.id === thread.authorId)', replace: '(!!actor && actor.id === thread.authorId)', what: 'an author sees a moderator-deleted thread', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: 'canWrite(actor) && threadOpenToMembers(thread) && actor.id !== post.authorId && !post.isOpening', replace: 'canWrite(actor) && threadOpenToMembers(thread) && !post.isOpening', what: 'rating one’s own answer', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: 'canWrite(actor) && threadOpenToMembers(thread) && actor.id !== post.authorId && !post.deletedAt && !post.hiddenAt', replace: '!!actor && threadOpenToMembers(thread) && actor.id !== post.authorId && !post.deletedAt && !post.hiddenAt', what: 'a suspended member may flag', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: '(isStaff(actor) || (!thread.lockedAt && !thread.hiddenAt && !thread.categoryStaffOnly))', replace: '(isStaff(actor) || (!thread.hiddenAt && !thread.categoryStaffOnly))', what: 'replying in a locked thread', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: "export const canModerate = (actor: Actor | null | undefined) => hasRole(actor, 'moderator') || hasRole(actor, 'admin')", replace: "export const canModerate = (actor: Actor | null | undefined) => hasRole(actor, 'moderator') || hasRole(actor, 'admin') || hasRole(actor, 'counselor')", what: 'counselors moderate', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: 'canWrite(actor) && (!category.staffOnly || isStaff(actor))', replace: 'canWrite(actor)', what: 'members post announcements', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: '  canWrite(actor) &&\n  actor.id === thread.authorId &&', replace: '  canWrite(actor) &&', what: 'anyone accepts an answer', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: '!!actor && actor.id === session.userId && session.id !== currentSessionId', replace: '!!actor && actor.id === session.userId', what: 'the sessions page ends the current session', tests: unitPolicies },
  { area: 'policies', file: 'app/policies/index.ts', find: '!!actor && (actor.id === post.authorId || isStaff(actor))', replace: '!!actor', what: 'anyone reads an edit history', tests: unitPolicies },
  // ── case access ──
  { area: 'case-access', file: 'app/policies/index.ts', find: 'isCaseMember(actor, c) || isAssignedCounselor(actor, c)', replace: "isCaseMember(actor, c) || isAssignedCounselor(actor, c) || hasRole(actor, 'intake')", what: 'intake reads the conversation', tests: casePolicies },
  { area: 'case-access', file: 'app/policies/index.ts', find: "((c.source === 'escalation' && canModerate(actor)) || (c.source === 'referral' && hasRole(actor, 'hr')))", replace: 'true', what: 'the opener keeps status access after losing the role', tests: casePolicies },
  { area: 'case-access', file: 'app/policies/index.ts', find: 'export const canWorkOnCase = (actor: Actor | null | undefined, c: CaseAccess) => isAssignedCounselor(actor, c) && OPEN.includes(c.status)', replace: 'export const canWorkOnCase = (actor: Actor | null | undefined, c: CaseAccess) => isAssignedCounselor(actor, c)', what: 'notes and sessions on a closed case', tests: casePolicies },
  { area: 'case-access', file: 'app/services/case-view.server.ts', find: 'notesAllowed ? listNotes(db, row.id) : Promise.resolve([])', replace: 'listNotes(db, row.id)', what: "counselor notes loaded into the member's page", tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'case-access', file: 'app/policies/index.ts', find: 'export const canAssignCase = (actor: Actor | null | undefined, c: Pick<CaseAccess, \'status\'>) => canViewIntakeQueue(actor) && OPEN.includes(c.status)', replace: "export const canAssignCase = (actor: Actor | null | undefined, c: Pick<CaseAccess, 'status'>) => canViewIntakeQueue(actor)", what: 'assigning a closed case', tests: casePolicies },
  { area: 'case-access', file: 'app/policies/index.ts', find: 'hasRole(actor, \'counselor\') && !!c.counselorId && actor!.id === c.counselorId', replace: "hasRole(actor, 'counselor')", what: 'any counselor reads any case', tests: casePolicies },
  // ── sanitizer ──
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: "allowedSchemes: ['http', 'https', 'mailto'],", replace: "allowedSchemes: ['http', 'https', 'mailto', 'javascript'],", what: 'javascript: links', tests: ['tests/unit/markdown.test.ts'] },
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: 'html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),', replace: 'html: ({ text }: Tokens.HTML | Tokens.Tag) => text,', what: 'raw HTML passed to the sanitizer', tests: ['tests/unit/markdown.test.ts'] },
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: "a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),", replace: 'a: (tagName, attribs) => ({ tagName, attribs }),', what: 'links without rel=nofollow ugc noopener', tests: ['tests/unit/markdown.test.ts'] },
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: 'allowProtocolRelative: false,', replace: 'allowProtocolRelative: true,', what: 'protocol-relative links', tests: ['tests/unit/markdown.test.ts'] },
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: "a: ['href', 'title', 'rel'],", replace: "a: ['href', 'title', 'rel', 'style', 'onclick'],", what: 'style and event attributes on links', tests: ['tests/unit/markdown.test.ts'] },
  { area: 'sanitizer', file: 'app/lib/markdown.server.ts', find: "exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',", replace: 'exclusiveFilter: () => false,', what: 'text inputs kept in posts', tests: ['tests/unit/markdown.test.ts'] },
  // ── anonymity ──
  { area: 'anonymity', file: 'app/models/posts.server.ts', find: "sql<string | null>`case when p.is_anonymous then null else u.pseudonym end`.as('author_pseudonym'),\n      sql<number | null>", replace: "sql<string | null>`u.pseudonym`.as('author_pseudonym'),\n      sql<number | null>", what: "an anonymous post's pseudonym in the thread data", tests: ['tests/integration/anonymity-moderation.test.ts'] },
  { area: 'anonymity', file: 'app/lib/anon.server.ts', find: "keyedHash('anon-handle', threadId, userId)", replace: "keyedHash('anon-handle', userId)", what: 'one Anonim handle across threads', tests: ['tests/integration/forum-safety.test.ts'] },
  { area: 'anonymity', file: 'app/models/moderation.server.ts', find: "    .where('is_anonymous', '=', author.anonymousThreadId !== null)\n", replace: '', what: "anonymous actions in the named posts' history", tests: ['tests/integration/anonymity-moderation.test.ts'] },
  { area: 'anonymity', file: 'app/services/moderation/actions.server.ts', find: "  return post.is_anonymous\n    ? { type: 'post', id: post.id, meta: { through: 'anonymous', threadId: post.thread_id } }\n    : { type: 'user', id: post.author_id, meta: { through: 'named' } }", replace: "  return { type: 'user', id: post.author_id, meta: { through: 'named' } }", what: 'actions through Anonim recorded against the account', tests: ['tests/integration/anonymity-moderation.test.ts'] },
  { area: 'anonymity', file: 'app/services/moderation/actions.server.ts', find: 'throughThreadId: post.is_anonymous ? post.thread_id : null, days', replace: 'throughThreadId: null, days', what: "a suspension through Anonim shown on the named posts", tests: ['tests/integration/anonymity-moderation.test.ts'] },
  { area: 'anonymity', file: 'app/services/posts/publish.server.ts', find: '  return anonymous ? anonHandle(threadId, author.id) : author.pseudonym', replace: '  return author.pseudonym', what: "notifications name an anonymous writer's pseudonym", tests: ['tests/integration/forum-safety.test.ts'] },
  // ── CSRF and origin ──
  { area: 'csrf-origin', file: 'app/lib/origin.ts', find: "  if (origin === 'null') return true\n  try {\n    return new URL(origin).host !== host\n  } catch {\n    return true\n  }", replace: '  try {\n    return new URL(origin).host !== host\n  } catch {\n    return false\n  }', what: 'Origin: null accepted', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'csrf-origin', file: 'app/lib/origin.ts', find: 'return new URL(origin).host !== host', replace: 'return false', what: 'cross-site Origin accepted', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'csrf-origin', file: 'app/lib/csrf.server.ts', find: '    await csrf().validate(formData, request.headers)\n', replace: '', what: 'the CSRF token not checked', tests: ['tests/integration/csrf-every-action.test.ts'] },
  { area: 'csrf-origin', file: 'app/lib/origin.ts', find: "const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])", replace: "const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST'])", what: 'POST treated as safe', tests: ['tests/integration/write-shape.test.ts'] },
  // ── rate limits ──
  { area: 'rate-limits', file: 'app/lib/rate-limit.server.ts', find: 'hits: sql`case when rate_limits.window_start <= now() - ${window} then 1 else rate_limits.hits + 1 end`,', replace: 'hits: sql`rate_limits.hits + 1`,', what: 'a window that never resets', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'rate-limits', file: 'app/lib/rate-limit.server.ts', find: 'allowed: row.hits <= rule.limit * env.rateLimitMultiplier', replace: 'allowed: row.hits <= rule.limit * env.rateLimitMultiplier + 1', what: 'one hit too many allowed', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'rate-limits', file: 'app/lib/rate-limit.server.ts', find: "`${rule.name}:${keyedHash('rate', rule.name, subject).slice(0, 32)}`", replace: "`${rule.name}:${keyedHash('rate', rule.name, 'all').slice(0, 32)}`", what: 'every subject shares one counter', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'rate-limits', file: 'app/services/posts/edit.server.ts', find: '{ rule: RATE_RULES.editsPerMember, previousBody: post.body_md }', replace: "{ rule: { name: 'edit:member', limit: 1_000_000, windowSeconds: 1 }, previousBody: post.body_md }", what: 'edits not rate limited', tests: ['tests/integration/write-shape.test.ts'] },
  { area: 'rate-limits', file: 'app/services/moderation/flags.server.ts', find: '    if (!limit.allowed) return refuse.rateLimited(limit.retryAfterSeconds)\n', replace: '', what: 'flags not rate limited', tests: ['tests/integration/moderation.test.ts'] },
]

const root = path.resolve(import.meta.dirname, '..')
const npmBin = (name: string) => path.join(root, 'node_modules/.bin', name)

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` }
}

function build() {
  const env: Record<string, string> = { NODE_ENV: 'production' }
  const result = run(process.execPath, [path.join(root, 'node_modules/@remix-run/dev/dist/cli.js'), 'vite:build', '--logLevel', 'error'], env)
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-2000)}`)
}

const needsBuild = (m: Mutation) => m.tests.some((t) => t.includes('/integration/'))

const wanted = process.argv.includes('--area') ? process.argv[process.argv.indexOf('--area') + 1] : undefined
const selected = MUTATIONS.filter((m) => !wanted || m.area === wanted)
const results: { area: Area; what: string; file: string; killed: boolean }[] = []

for (const m of selected) {
  const file = path.join(root, m.file)
  const original = readFileSync(file, 'utf8')
  const occurrences = original.split(m.find).length - 1
  if (occurrences !== 1) throw new Error(`${m.file}: the text for "${m.what}" occurs ${occurrences} times (expected once)`)
  writeFileSync(file, original.replace(m.find, m.replace))
  try {
    if (needsBuild(m)) build()
    const result = run(npmBin('vitest'), ['run', '--bail', '1', ...m.tests], { SKIP_BUILD: '1' })
    const killed = result.code !== 0
    results.push({ area: m.area, what: m.what, file: m.file, killed })
    console.log(`${killed ? 'killed  ' : 'SURVIVED'}  [${m.area}] ${m.what}`)
  } finally {
    writeFileSync(file, original)
  }
}
if (selected.some(needsBuild)) build()

const byArea = new Map<Area, { killed: number; total: number }>()
for (const r of results) {
  const a = byArea.get(r.area) ?? { killed: 0, total: 0 }
  a.total += 1
  if (r.killed) a.killed += 1
  byArea.set(r.area, a)
}
console.log('\n| area | killed | of |\n| --- | ---: | ---: |')
for (const [area, a] of byArea) console.log(`| ${area} | ${a.killed} | ${a.total} |`)
const killed = results.filter((r) => r.killed).length
console.log(`\nmutations: ${killed} of ${results.length} killed (${((100 * killed) / Math.max(1, results.length)).toFixed(0)} %)`)
mkdirSync(path.join(root, 'bench-results'), { recursive: true })
writeFileSync(path.join(root, 'bench-results/mutation.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2))
process.exitCode = killed === results.length ? 0 : 1
