import type { DB } from '~/lib/db.server'

export interface AuditEntry {
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  reason?: string | null
  meta?: Record<string, unknown>
}

/** Appends to the audit log; call inside the transaction of the change it records. */
export async function appendAudit(db: DB, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      reason: entry.reason ?? null,
      meta: entry.meta ? JSON.stringify(entry.meta) : null,
    })
    .execute()
}
