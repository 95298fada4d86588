import { sql } from 'kysely'
import pg from 'pg'
import { describe, expect, test } from 'vitest'
import { migrateToLatest, openDatabase, type DbHandle } from '#db/client.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { hitRateLimit } from '~/lib/rate-limit.server'
import { findActor } from '~/models/users.server'
import { listCategories } from '~/models/categories.server'
import { seedCategories } from '~/services/seed.server'

process.env.TEDUH_SECRET ??= 'test-secret-not-for-production'

// Both engines side by side in one test. PostgreSQL comes from DATABASE_URL (CI sets it), or
// TEST_POSTGRES_URL; on a machine with neither, only the PGlite half runs, and says so.
const postgresUrl = process.env.DATABASE_URL || process.env.TEST_POSTGRES_URL

async function exercise(handle: DbHandle) {
  const applied = await migrateToLatest(handle.db)
  await seedCategories(handle.db)
  await seedCategories(handle.db)
  const user = await handle.db
    .insertInto('users')
    .values({ email: 'mesin@contoh.go.id', password_hash: 'x', pseudonym: 'RusaMesin', pseudonym_key: pseudonymKey('RusaMesin') })
    .returning('id')
    .executeTakeFirstOrThrow()
  await handle.db.insertInto('user_roles').values([{ user_id: user.id, role: 'member' }, { user_id: user.id, role: 'admin' }]).execute()
  const actor = await findActor(handle.db, user.id)
  const limits = []
  for (let i = 0; i < 3; i++) limits.push((await hitRateLimit(handle.db, { name: 't', limit: 2, windowSeconds: 60 }, 'x')).allowed)
  const categories = await listCategories(handle.db, 'en')
  const { rows } = await sql<{ cfg: string }>`select cfgname as cfg from pg_ts_config where cfgname in ('indonesian', 'simple') order by 1`.execute(handle.db)
  return {
    applied,
    roles: actor?.roles,
    limits,
    categories: categories.map((c) => c.name),
    textSearch: rows.map((r) => r.cfg),
  }
}

describe('the same migrations and queries on both engines', () => {
  test('PGlite and PostgreSQL give the same results', async () => {
    const lite = await openDatabase({})
    const liteResult = await exercise(lite)
    await lite.close()
    expect(liteResult.roles).toEqual(['admin', 'member'])
    expect(liteResult.limits).toEqual([true, true, false])
    expect(liteResult.categories).toHaveLength(10)
    expect(liteResult.textSearch).toEqual(['indonesian', 'simple'])
    if (!postgresUrl) {
      console.warn('engines.test: no DATABASE_URL/TEST_POSTGRES_URL, PostgreSQL half skipped (CI runs it)')
      return
    }
    const schema = `engines_${Date.now()}`
    const admin = new pg.Client({ connectionString: postgresUrl })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    try {
      const server = await openDatabase({ databaseUrl: postgresUrl, schema })
      const serverResult = await exercise(server)
      await server.close()
      expect(serverResult).toEqual(liteResult)
    } finally {
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
  })
})
