import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

export interface AuditEntry {
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  reason?: string | null
  meta?: Record<string, unknown>
}

interface ChainFields {
  actor_id: string | null
  action: string
  target_type: string
  target_id: string
  reason: string | null
  meta: unknown
  created_at: Date
}

// jsonb stores object keys in its own order, so the hash uses keys sorted at every level.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
  }
  return value ?? null
}

/** The row's hash: SHA-256 over the previous hash and the row's own fields, in a fixed order. */
export function auditHash(prevHash: string | null, row: ChainFields): string {
  const text = JSON.stringify([prevHash ?? '', row.actor_id, row.action, row.target_type, row.target_id, row.reason, canonical(row.meta), row.created_at.toISOString()])
  return createHash('sha256').update(text).digest('hex')
}

/**
 * Appends to the append-only audit log, chained to the previous row's hash; call inside the
 * transaction of the change it records. A transaction-scoped lock keeps the chain linear
 * across processes. Nothing in the app updates or deletes audit rows.
 */
export async function appendAudit(db: DB, entry: AuditEntry) {
  await sql`select pg_advisory_xact_lock(hashtext('teduh:audit-chain'))`.execute(db)
  const last = await db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst()
  const row: ChainFields = {
    actor_id: entry.actorId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    reason: entry.reason ?? null,
    meta: entry.meta ?? null,
    created_at: new Date(),
  }
  const prevHash = last?.hash ?? null
  await db
    .insertInto('audit_log')
    .values({ ...row, meta: row.meta === null ? null : JSON.stringify(row.meta), prev_hash: prevHash, hash: auditHash(prevHash, row) })
    .execute()
}

/** Walks the chain; returns the id of the first row whose hash does not match, or null. */
export async function verifyAuditChain(db: DB): Promise<{ checked: number; firstBroken: string | null }> {
  let prevHash: string | null = null
  let checked = 0
  let afterId = '0'
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['id', 'actor_id', 'action', 'target_type', 'target_id', 'reason', 'meta', 'created_at', 'prev_hash', 'hash'])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(1000)
      .execute()
    if (rows.length === 0) return { checked, firstBroken: null }
    for (const row of rows) {
      if (row.prev_hash !== prevHash || row.hash !== auditHash(prevHash, row)) return { checked, firstBroken: row.id }
      prevHash = row.hash
      checked++
    }
    afterId = rows[rows.length - 1]!.id
  }
}
