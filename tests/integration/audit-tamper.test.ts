import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { DbHandle } from '#db/client.server'
import { setDbHandle } from '#db/client.server'
import { legacyHash, rowMac } from '~/lib/audit-chain.server'
import { appendAudit, verifyAuditChain } from '~/models/audit.server'
import { installTestDatabase } from '../fixtures/db'
import { createMember } from '../fixtures/factories'

// npm run audit:verify against each way someone with write access to the database (but not
// the key) might rewrite history. Every case must be caught.
let handle: DbHandle
let db: DbHandle['db']
let ids: string[] = []
const caught: string[] = []
const CASES = 13

beforeAll(async () => {
  handle = await installTestDatabase()
  db = handle.db
  await createMember(db)
})
afterAll(async () => {
  console.log(`audit tamper cases caught: ${caught.length} of ${CASES}\n  ${caught.join('\n  ')}`)
  setDbHandle(undefined)
  await handle?.close()
})

const append = (i: number) => appendAudit(db, { actorId: null, action: `test.action${i}`, targetType: 'post', targetId: String(100 + i), reason: `alasan ${i}`, meta: { b: i, a: [i] } })

/** A fresh chain of six rows with a hole between the third and the fourth (a rolled-back append). */
beforeEach(async () => {
  await sql`delete from audit_log`.execute(db)
  await sql`delete from app_settings where key = 'audit_head'`.execute(db)
  for (let i = 1; i <= 3; i++) await append(i)
  await db
    .transaction()
    .execute(async (trx) => {
      await appendAudit(trx, { actorId: null, action: 'rolled.back', targetType: 'post', targetId: '0' })
      throw new Error('rollback')
    })
    .catch(() => {})
  for (let i = 4; i <= 6; i++) await append(i)
  ids = (await db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id)
  const intact = await verifyAuditChain(db)
  expect(intact.problems).toEqual([])
  expect(intact).toMatchObject({ ok: true, checked: 6, head: { count: 6, lastId: ids[5] } })
})

async function rows() {
  return db.selectFrom('audit_log').select(['id', 'actor_id', 'action', 'target_type', 'target_id', 'reason', 'meta', 'created_at', 'prev_hash', 'hash']).orderBy('id').execute()
}

/** Re-inserts a row under another id (identity columns refuse a plain UPDATE of the id). */
async function insertAs(id: string | number, row: Awaited<ReturnType<typeof rows>>[number]) {
  await sql`insert into audit_log (id, actor_id, action, target_type, target_id, reason, meta, created_at, prev_hash, hash) overriding system value
    values (${String(id)}, ${row.actor_id}, ${row.action}, ${row.target_type}, ${row.target_id}, ${row.reason}, ${row.meta === null ? null : JSON.stringify(row.meta)}::jsonb, ${row.created_at}, ${row.prev_hash}, ${row.hash})`.execute(db)
}

async function expectCaught(name: string, firstBroken?: string | null) {
  const result = await verifyAuditChain(db)
  expect(result.ok, name).toBe(false)
  expect(result.problems.length, name).toBeGreaterThan(0)
  if (firstBroken !== undefined) expect(result.firstBroken, name).toBe(firstBroken)
  caught.push(`${name}: ${result.problems[0]}`)
}

describe('each tamper case is caught', () => {
  test('1. a field edited', async () => {
    await db.updateTable('audit_log').set({ reason: 'diubah diam-diam' }).where('id', '=', ids[2]!).execute()
    await expectCaught('edit a field', ids[2])
  })

  test('2. a field edited and every later hash recomputed (plain SHA-256, and an HMAC under a guessed key)', async () => {
    await db.updateTable('audit_log').set({ reason: 'diubah diam-diam' }).where('id', '=', ids[2]!).execute()
    let prev: string | null = (await rows())[1]!.hash
    for (const row of (await rows()).slice(2)) {
      const hash = legacyHash(prev, row)
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute()
      prev = hash
    }
    await expectCaught('edit with recompute (SHA-256)', ids[2])
    const guessed = new TextEncoder().encode('not-the-key')
    prev = (await rows())[1]!.hash
    for (const row of (await rows()).slice(2)) {
      const hash = rowMac(guessed, prev, row)
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute()
      prev = hash
    }
    const again = await verifyAuditChain(db)
    expect(again.firstBroken).toBe(ids[2])
  })

  test('3. a middle row deleted', async () => {
    await db.deleteFrom('audit_log').where('id', '=', ids[2]!).execute()
    await expectCaught('delete a middle row', ids[3])
  })

  test('4. the first row deleted', async () => {
    await db.deleteFrom('audit_log').where('id', '=', ids[0]!).execute()
    await expectCaught('delete the first row', ids[1])
  })

  test('5. the last row deleted', async () => {
    await db.deleteFrom('audit_log').where('id', '=', ids[5]!).execute()
    await expectCaught('delete the last row', null)
  })

  test('6. the last three rows deleted', async () => {
    await db.deleteFrom('audit_log').where('id', '>=', ids[3]!).execute()
    await expectCaught('delete the last several rows', null)
  })

  test('7. every row deleted', async () => {
    await sql`delete from audit_log`.execute(db)
    await expectCaught('delete all rows', null)
  })

  test('8. two rows swapped', async () => {
    const [, second, , fourth] = await rows()
    await db.deleteFrom('audit_log').where('id', 'in', [second!.id, fourth!.id]).execute()
    await insertAs(second!.id, fourth!)
    await insertAs(fourth!.id, second!)
    await expectCaught('reorder', second!.id)
  })

  test('9. the last row moved to id 0', async () => {
    const last = (await rows())[5]!
    await db.deleteFrom('audit_log').where('id', '=', last.id).execute()
    await insertAs(0, last)
    await expectCaught('move a row to id 0', '0')
  })

  test('10. a row inserted in the middle (into the gap a rolled-back append left)', async () => {
    const gap = String(BigInt(ids[2]!) + 1n)
    expect(ids).not.toContain(gap)
    const third = (await rows())[2]!
    await insertAs(gap, { ...third, action: 'moderation.hide', reason: 'sisipan', prev_hash: third.hash, hash: legacyHash(third.hash, third) })
    await expectCaught('insert in the middle', gap)
  })

  test('11. a forged row appended after the last', async () => {
    const last = (await rows())[5]!
    const id = String(BigInt(last.id) + 10n)
    const forged = { ...last, id, action: 'identity.reveal', reason: 'palsu', created_at: new Date(), prev_hash: last.hash }
    await insertAs(id, { ...forged, hash: legacyHash(last.hash, forged) })
    await expectCaught('forged append', id)
  })

  test('12. the head rewritten to hide a deleted last row', async () => {
    const head = await db.selectFrom('app_settings').select('value').where('key', '=', 'audit_head').executeTakeFirstOrThrow()
    const kept = (await rows())[4]!
    await db.deleteFrom('audit_log').where('id', '=', ids[5]!).execute()
    const forged = { ...JSON.parse(head.value), count: 5, lastId: kept.id, lastHash: kept.hash }
    await db.updateTable('app_settings').set({ value: JSON.stringify(forged) }).where('key', '=', 'audit_head').execute()
    await expectCaught('forged head', null)
    expect((await verifyAuditChain(db)).problems[0]).toContain('head signature does not match')
  })

  test('13. every row and the head deleted (the log wiped)', async () => {
    await sql`delete from audit_log`.execute(db)
    await sql`delete from app_settings where key = 'audit_head'`.execute(db)
    await expectCaught('delete all rows and the head', null)
  })
})

describe('rows chained with plain SHA-256 by an earlier version', () => {
  async function legacyLog(count: number) {
    await sql`delete from audit_log`.execute(db)
    await sql`delete from app_settings where key = 'audit_head'`.execute(db)
    let prev: string | null = null
    for (let i = 1; i <= count; i++) {
      const row = { actor_id: null, action: `old.action${i}`, target_type: 'post', target_id: String(i), reason: null, meta: { i }, created_at: new Date(Date.now() - 1000 * (count - i)) }
      const hash = legacyHash(prev, { ...row, id: '' })
      await db.insertInto('audit_log').values({ ...row, meta: JSON.stringify(row.meta), prev_hash: prev, hash }).execute()
      prev = hash
    }
  }

  test('are re-anchored on the first append: recorded as an audit row, printed, and pinned from then on', async () => {
    await legacyLog(4)
    await append(1)
    const result = await verifyAuditChain(db)
    expect(result.problems).toEqual([])
    expect(result.legacy).toMatchObject({ count: 4, brokenAt: null })
    expect(result.checked).toBe(6)
    const anchor = await db.selectFrom('audit_log').select(['action', 'meta']).where('action', '=', 'audit.reanchor').executeTakeFirstOrThrow()
    expect(anchor.meta).toEqual({ legacyRows: 4, legacyLastId: result.legacy!.lastId, legacyChain: 'intact' })

    // An edit among them with every SHA-256 link recomputed no longer passes.
    const legacy = (await rows()).slice(0, 4)
    await db.updateTable('audit_log').set({ target_id: '999' }).where('id', '=', legacy[1]!.id).execute()
    let prev: string | null = legacy[0]!.hash
    for (const row of (await rows()).slice(1, 4)) {
      const hash = legacyHash(prev, row)
      await db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('id', '=', row.id).execute()
      prev = hash
    }
    const after = await verifyAuditChain(db)
    expect(after.ok).toBe(false)
    expect(after.problems.join()).toContain('rows before the re-anchor were changed')
  })
})
