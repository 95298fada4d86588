import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely'
import { Migrator } from 'kysely/migration'
import pg from 'pg'
import { logger } from '~/lib/logger.server'
import { lockDataDir } from './data-dir-lock'
import { migrationProvider } from './migrations/index'
import type { Database } from './schema'

const INT8_OID = 20

export type DB = Kysely<Database>

export interface DbHandle {
  db: DB
  engine: 'pglite' | 'postgres'
  /** The embedded engine's instance (LISTEN/NOTIFY goes through it). */
  pglite?: PGlite
  /** PGlite only: its WebAssembly heap in bytes (it never shrinks, so this is its peak). */
  heapBytes?(): number
  /** Connection settings for a dedicated LISTEN client on PostgreSQL. */
  pgConfig?: pg.ClientConfig
  close(): Promise<void>
}

export interface OpenOptions {
  databaseUrl?: string
  /** PostgreSQL only: every connection works in this schema (tests isolate files this way). */
  schema?: string
  /** PGlite only: a folder, or undefined for an in-memory database. */
  dataDir?: string
  /** PGlite only: server settings (`name=value`) instead of PGLITE_SETTINGS (the memory probe compares them). */
  pgliteSettings?: readonly string[]
}

/**
 * PGlite's PostgreSQL settings. Its WebAssembly heap only ever grows, so whatever a busy moment
 * needs stays allocated: PostgreSQL's server defaults (128 MB of shared buffers, 4 MB per sort)
 * took the heap of a bench run past 1 GB. One process and one connection need far less.
 * Measured by `npx tsx scripts/bench/pglite-memory.ts` (README, Performance).
 */
export const PGLITE_SETTINGS = ['shared_buffers=32MB', 'work_mem=2MB', 'maintenance_work_mem=32MB', 'temp_buffers=2MB'] as const

/** Counts queries while a test asks it to (the N+1 check); on globalThis so the server bundle and tests share it. */
const counterHost = globalThis as typeof globalThis & { __teduhQueryCounter?: { enabled: boolean; count: number } }
export const queryCounter = (counterHost.__teduhQueryCounter ??= { enabled: false, count: 0 })
const countQueries = () => {
  if (queryCounter.enabled) queryCounter.count++
}

export async function openDatabase(opts: OpenOptions): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const pgConfig: pg.ClientConfig = {
      connectionString: opts.databaseUrl,
      // Names our connections in pg_stat_activity (an application_name in the URL wins).
      fallback_application_name: 'teduh',
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    }
    const pool = new pg.Pool({
      ...pgConfig,
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
      // A server that accepts TCP but never answers must not hold requests forever.
      connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
    })
    // Without listeners a connection the server drops (restart, pg_terminate_backend) throws
    // from an event emitter and ends the process. The pool discards the broken client; the
    // query that was running on it fails and its request answers 503.
    pool.on('error', (error) => logDbError('idle database connection lost', error))
    pool.on('connect', (client) => client.on('error', (error) => logDbError('database connection lost', error)))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: countQueries })
    return { db, engine: 'postgres', pgConfig, close: () => db.destroy() }
  }
  let release = () => {}
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true })
    release = lockDataDir(opts.dataDir)
  }
  try {
    const pglite = await PGlite.create({
      dataDir: opts.dataDir ? path.join(opts.dataDir, 'pglite') : undefined,
      // bigint (int8, also count(*)) as a string, exactly as pg returns it, so ids compare the same on both engines.
      parsers: { [INT8_OID]: (value: string) => value },
      // Command-line settings: they win over the data folder's postgresql.conf, which stays as initdb wrote it.
      startParams: [...PGlite.defaultStartParams, ...(opts.pgliteSettings ?? PGLITE_SETTINGS).flatMap((setting) => ['-c', setting])],
    })
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), log: countQueries })
    // The Emscripten module is not part of PGlite's typed surface; its memory is.
    const heapBytes = () => (pglite as unknown as { mod?: { wasmMemory?: WebAssembly.Memory } }).mod?.wasmMemory?.buffer.byteLength ?? 0
    return { db, engine: 'pglite', pglite, heapBytes, close: () => db.destroy().finally(release) }
  } catch (error) {
    release()
    throw error
  }
}

// The message and code only: pg errors carry no connection string or row data in these fields.
function logDbError(msg: string, error: Error & { code?: string }) {
  logger.warn({ err: error.message, code: error.code }, msg)
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Named explicitly: unqualified, Kysely looks for its migration tables in every schema and,
  // on a server shared with other schemas (other instances, parallel test runs), skips creating
  // its own because another schema has them.
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: rows[0]?.schema ?? 'public' })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}

// One handle per process, kept on globalThis so the server bundle, scripts and tests share it.
const registry = globalThis as typeof globalThis & { __teduhDb?: DbHandle; __teduhDbOpening?: Promise<DbHandle> }

export function setDbHandle(handle: DbHandle | undefined): void {
  registry.__teduhDb = handle
  registry.__teduhDbOpening = handle ? Promise.resolve(handle) : undefined
}

/** Opens (once) and migrates the process's database from the given settings. */
export function initDb(opts: OpenOptions): Promise<DbHandle> {
  registry.__teduhDbOpening ??= (async () => {
    const handle = await openDatabase(opts)
    await migrateToLatest(handle.db)
    registry.__teduhDb = handle
    return handle
  })()
  return registry.__teduhDbOpening
}

export function getDbHandle(): DbHandle {
  if (!registry.__teduhDb) throw new Error('Database not initialised: call initDb() at startup')
  return registry.__teduhDb
}

export function getDb(): DB {
  return getDbHandle().db
}
