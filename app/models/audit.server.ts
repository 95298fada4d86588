import { sql } from 'kysely'
import {
  legacyDigestStep,
  legacyHash,
  rowMac,
  signHead,
  type AuditHead,
  type ChainRow,
  type LegacyAnchor,
  type StoredRow,
} from '~/lib/audit-chain.server'
import type { DB } from '~/lib/db.server'
import { logger } from '~/lib/logger.server'
import { auditKey } from '~/lib/secret.server'

export interface AuditEntry {
  actorId: string | null
  action: string
  targetType: string
  targetId: string
  reason?: string | null
  meta?: Record<string, unknown>
}

/** The signed head lives in its own settings row, beside (not in) the audit table. */
const HEAD_KEY = 'audit_head'
const COLUMNS = ['id', 'actor_id', 'action', 'target_type', 'target_id', 'reason', 'meta', 'created_at', 'prev_hash', 'hash'] as const

async function readHead(db: DB, key: Uint8Array): Promise<{ head: AuditHead; valid: boolean } | null> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', HEAD_KEY).executeTakeFirst()
  if (!row) return null
  try {
    const { sig, ...head } = JSON.parse(row.value) as AuditHead & { sig?: string }
    return { head, valid: typeof sig === 'string' && sig === signHead(key, head) }
  } catch {
    return { head: { v: 2, count: 0, lastId: null, lastHash: null, legacy: null }, valid: false }
  }
}

async function writeHead(db: DB, key: Uint8Array, head: AuditHead) {
  const value = JSON.stringify({ ...head, sig: signHead(key, head) })
  await db.insertInto('app_settings').values({ key: HEAD_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
}

/** Every stored row in chain order, from the first whatever its id, in batches. */
async function* storedRows(db: DB): AsyncGenerator<StoredRow> {
  let after: string | null = null
  for (;;) {
    let query = db.selectFrom('audit_log').select([...COLUMNS]).orderBy('id').limit(1000)
    if (after !== null) query = query.where('id', '>', after)
    const rows = await query.execute()
    if (rows.length === 0) return
    for (const row of rows) yield row
    after = rows[rows.length - 1]!.id
  }
}

/**
 * The first keyed append on a database without a head. Empty: a fresh chain. Rows chained
 * with plain SHA-256 by an earlier version: they are pinned by a keyed digest in a re-anchor,
 * recorded as an audit row of its own and printed by the verifier. Anything else (keyed rows
 * but no valid head) means the head was removed or forged: a new one is written so appends go
 * on, marked as recreated, which the verifier reports until an operator looks.
 */
async function establishHead(db: DB, key: Uint8Array, found: { head: AuditHead; valid: boolean } | null): Promise<AuditHead> {
  let count = 0
  let last: StoredRow | undefined
  let v1Prev: string | null = null
  let brokenAt: string | null = null
  let digest: string | null = null
  for await (const row of storedRows(db)) {
    if (brokenAt === null && (row.prev_hash !== v1Prev || row.hash !== legacyHash(v1Prev, row))) brokenAt = row.id
    v1Prev = row.hash
    digest = legacyDigestStep(key, digest, row)
    last = row
    count++
  }
  if (!last) {
    if (found) return { v: 2, count: 0, lastId: null, lastHash: null, legacy: null, recreatedAt: new Date().toISOString() }
    // A fresh install gets its head before any account exists; accounts without a head or rows
    // mean an upgrade from a version without a head, or a wiped log: noted for the verifier.
    const accounts = await db.selectFrom('users').select('id').limit(1).executeTakeFirst()
    return { v: 2, count: 0, lastId: null, lastHash: null, legacy: null, ...(accounts ? { startedAfterAccounts: new Date().toISOString() } : {}) }
  }
  const lastIsLegacy = last.hash === legacyHash(last.prev_hash, last)
  if (found || !lastIsLegacy) {
    logger.error({ rows: count }, 'audit head missing or invalid while keyed rows exist: recreated, verification will report it')
    return { v: 2, count, lastId: last.id, lastHash: last.hash, legacy: found?.head.legacy ?? null, recreatedAt: new Date().toISOString() }
  }
  const legacy: LegacyAnchor = { count, lastId: last.id, mac: digest!, brokenAt, anchoredAt: new Date().toISOString() }
  const head: AuditHead = { v: 2, count, lastId: last.id, lastHash: legacy.mac, legacy }
  logger.warn({ rows: count, brokenAt }, 'audit log re-anchored: rows chained with plain SHA-256 are now pinned by a keyed digest')
  return insertRow(db, key, head, {
    actorId: null,
    action: 'audit.reanchor',
    targetType: 'audit_log',
    targetId: last.id,
    reason: null,
    meta: { legacyRows: count, legacyLastId: last.id, legacyChain: brokenAt ? `broken at ${brokenAt}` : 'intact' },
  })
}

async function insertRow(db: DB, key: Uint8Array, head: AuditHead, entry: AuditEntry): Promise<AuditHead> {
  // The id is part of the MAC, so it is taken before the insert.
  const { rows } = await sql<{ id: string }>`select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id`.execute(db)
  const row: ChainRow = {
    id: rows[0]!.id,
    actor_id: entry.actorId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    reason: entry.reason ?? null,
    meta: entry.meta ?? null,
    created_at: new Date(),
  }
  const hash = rowMac(key, head.lastHash, row)
  const meta = row.meta === null ? null : JSON.stringify(row.meta)
  await sql`insert into audit_log (id, actor_id, action, target_type, target_id, reason, meta, created_at, prev_hash, hash)
    overriding system value
    values (${row.id}, ${row.actor_id}, ${row.action}, ${row.target_type}, ${row.target_id}, ${row.reason}, ${meta}::jsonb, ${row.created_at}, ${head.lastHash}, ${hash})`.execute(db)
  const next: AuditHead = { ...head, count: head.count + 1, lastId: row.id, lastHash: hash }
  await writeHead(db, key, next)
  return next
}

/**
 * Appends to the append-only audit log; call inside the transaction of the change it records.
 * A transaction-scoped lock keeps the chain linear across processes, and the row chains to the
 * signed head's last MAC (not to whatever row is last), so rows removed at the end stay visible
 * as a gap. Nothing in the app updates or deletes audit rows.
 */
/** Writes the signed head now if there is none (server start, scripts), so it exists before anything happens. */
export async function ensureAuditHead(db: DB): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('teduh:audit-chain'))`.execute(trx)
    const { key } = auditKey()
    const found = await readHead(trx, key)
    if (found?.valid) return
    const head = await establishHead(trx, key, found)
    await writeHead(trx, key, head)
  })
}

export async function appendAudit(db: DB, entry: AuditEntry): Promise<void> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, entry))
  await sql`select pg_advisory_xact_lock(hashtext('teduh:audit-chain'))`.execute(db)
  const { key } = auditKey()
  const found = await readHead(db, key)
  const head = found?.valid ? found.head : await establishHead(db, key, found)
  await insertRow(db, key, head, entry)
}

export interface AuditVerification {
  ok: boolean
  checked: number
  /** The first row whose link or MAC fails (edited, inserted, reordered, moved, forged), if any. */
  firstBroken: string | null
  /** Every finding, in words an operator can act on. */
  problems: string[]
  head: Pick<AuditHead, 'count' | 'lastId' | 'lastHash'> | null
  legacy: LegacyAnchor | null
  /** Not failures, but worth a look (printed by the verifier). */
  notes: string[]
  keySource: string
}

/** Walks the chain from its first row and compares its end with the signed head. */
export async function verifyAuditChain(db: DB): Promise<AuditVerification> {
  const { key, source } = auditKey()
  const problems: string[] = []
  const found = await readHead(db, key)
  const head = found?.head ?? null
  if (!found) {
    const anyAccount = await db.selectFrom('users').select('id').limit(1).executeTakeFirst()
    const anyRow = await db.selectFrom('audit_log').select('id').limit(1).executeTakeFirst()
    // A database nobody has used yet has neither; one with accounts or rows must have a head.
    if (anyAccount || anyRow) problems.push('the signed head is missing (deleted, or the log was never written by this version)')
  } else {
    if (!found.valid) problems.push('the head signature does not match: the head was edited or forged')
    if (head?.recreatedAt) problems.push(`the head was missing or invalid and was recreated on ${head.recreatedAt}`)
  }
  const legacy = head?.legacy ?? null
  let checked = 0
  let firstBroken: string | null = null
  let prev: string | null = null
  let digest: string | null = null
  let legacyRows = 0
  let v1Prev: string | null = null
  let v1Broken: string | null = null
  let lastRow: StoredRow | undefined
  const closeLegacy = () => {
    if (!legacy || legacyRows === -1) return
    if (legacyRows !== legacy.count || digest !== legacy.mac) {
      const where = v1Broken && v1Broken !== legacy.brokenAt ? ` (first broken link at row ${v1Broken})` : ''
      problems.push(`rows before the re-anchor were changed since ${legacy.anchoredAt}: ${legacyRows} found, ${legacy.count} anchored${where}`)
      firstBroken ??= v1Broken ?? legacy.lastId
    }
    prev = legacy.mac
    legacyRows = -1
  }
  for await (const row of storedRows(db)) {
    checked++
    lastRow = row
    if (legacy && legacyRows !== -1 && BigInt(row.id) <= BigInt(legacy.lastId)) {
      if (v1Broken === null && (row.prev_hash !== v1Prev || row.hash !== legacyHash(v1Prev, row))) v1Broken = row.id
      v1Prev = row.hash
      digest = legacyDigestStep(key, digest, row)
      legacyRows++
      continue
    }
    closeLegacy()
    if (row.prev_hash !== prev || row.hash !== rowMac(key, prev, row)) {
      if (firstBroken === null) problems.push(`row ${row.id} does not match its chain (edited, inserted, moved, reordered or written without the key)`)
      firstBroken ??= row.id
    }
    prev = row.hash
  }
  closeLegacy()
  if (head) {
    if (checked !== head.count) problems.push(`the signed head counts ${head.count} rows, the table holds ${checked}`)
    if ((lastRow?.id ?? null) !== head.lastId || (lastRow?.hash ?? null) !== head.lastHash) {
      problems.push(`the last row is not the one the signed head names (id ${head.lastId ?? 'none'}): rows were deleted at the end or appended without the key`)
    }
  }
  const notes = head?.startedAfterAccounts
    ? [`the signed head was first written on ${head.startedAfterAccounts}, when accounts already existed and the log was empty: an upgrade from a version without a head, or a log wiped before that date`]
    : []
  return {
    ok: problems.length === 0,
    notes,
    checked,
    firstBroken,
    problems,
    head: head ? { count: head.count, lastId: head.lastId, lastHash: head.lastHash } : null,
    legacy,
    keySource: source,
  }
}
