import { createHash } from 'node:crypto'
import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'

// The audit log's tamper evidence, as pure functions. Each row carries an HMAC of the previous
// row's MAC, its own id and its fields, under a key the database does not hold; a signed head
// (row count, last id, last MAC) kept beside the table pins the end, so deleting the last rows,
// all rows, or appending a row without the key shows too.

export interface ChainRow {
  id: string
  actor_id: string | null
  action: string
  target_type: string
  target_id: string
  reason: string | null
  meta: unknown
  created_at: Date
}

export interface StoredRow extends ChainRow {
  prev_hash: string | null
  hash: string | null
}

/** Rows written before keyed chaining, pinned by the re-anchor that took them over. */
export interface LegacyAnchor {
  count: number
  lastId: string
  /** Keyed digest over the legacy rows exactly as they were stored at the re-anchor. */
  mac: string
  /** First row whose plain SHA-256 link was already broken when they were taken over. */
  brokenAt: string | null
  anchoredAt: string
}

export interface AuditHead {
  v: 2
  count: number
  lastId: string | null
  lastHash: string | null
  legacy: LegacyAnchor | null
  /** Set when the head was missing or forged while keyed rows existed: evidence, kept. */
  recreatedAt?: string
  /** Set when the first head was written for an empty log of a database that had accounts. */
  startedAfterAccounts?: string
}

// jsonb stores object keys in its own order, so hashes use keys sorted at every level.
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.keys(value as object).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]))
  }
  return value ?? null
}

const fields = (row: ChainRow) => [row.actor_id, row.action, row.target_type, row.target_id, row.reason, canonical(row.meta), row.created_at.toISOString()]

const mac = (key: Uint8Array, parts: unknown[]) => encodeHexLowerCase(hmac(SHA256, key, new TextEncoder().encode(JSON.stringify(parts))))

/** The keyed MAC of a row: previous MAC, id and fields. */
export function rowMac(key: Uint8Array, prev: string | null, row: ChainRow): string {
  return mac(key, ['v2', prev ?? '', row.id, ...fields(row)])
}

/** The plain SHA-256 link of rows written before keyed chaining (no key, no id). */
export function legacyHash(prev: string | null, row: ChainRow): string {
  return createHash('sha256')
    .update(JSON.stringify([prev ?? '', ...fields(row)]))
    .digest('hex')
}

/** One step of the keyed digest that pins legacy rows, stored link columns included. */
export function legacyDigestStep(key: Uint8Array, prev: string | null, row: StoredRow): string {
  return mac(key, ['legacy', prev ?? '', row.id, ...fields(row), row.prev_hash, row.hash])
}

export function signHead(key: Uint8Array, head: AuditHead): string {
  return mac(key, ['head', canonical(head)])
}
