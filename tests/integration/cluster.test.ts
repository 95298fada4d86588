import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { createPgSchema } from '../fixtures/pg-schema'
import { startServerProcess, type RunningServer } from '../fixtures/server-process'

// WEB_CONCURRENCY: several worker processes on PostgreSQL, one process on PGlite.
const databaseUrl = process.env.DATABASE_URL
const cleanups: Array<() => Promise<unknown>> = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

const workersOf = (pid: number) => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number)
  } catch {
    return []
  }
}

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 100))
  }
}

test.runIf(!!databaseUrl)('WEB_CONCURRENCY=2 serves from two workers, replaces a killed one, and stops cleanly', async () => {
  const { schema, drop } = await createPgSchema(databaseUrl!, 'cluster')
  cleanups.push(drop)
  const server: RunningServer = await startServerProcess({ DATABASE_URL: databaseUrl!, DATABASE_SCHEMA: schema, WEB_CONCURRENCY: '2' })
  cleanups.push(() => server.stop())
  const primary = server.process.pid!
  const workers = await waitFor(() => (workersOf(primary).length === 2 ? workersOf(primary) : undefined), 30_000)
  // Both migrated the same schema at once (the migrator's lock) and both answer.
  const pages = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/`)))
  expect(pages.map((p) => p.status)).toEqual(Array(20).fill(200))
  expect(server.output()).toContain('(2 worker processes)')

  process.kill(workers[0]!, 'SIGKILL')
  const replaced = await waitFor(() => {
    const now = workersOf(primary)
    return now.length === 2 && !now.includes(workers[0]!) ? now : undefined
  }, 30_000)
  expect(replaced).toContain(workers[1])
  await waitFor(() => (server.output().match(/listening/g)?.length ?? 0) >= 3 || undefined, 30_000)
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

  expect(await server.stop()).toBe(0)
  expect(workersOf(primary)).toEqual([])
}, 120_000)

test('on PGlite WEB_CONCURRENCY is ignored: one process, and a line saying why', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-cluster-'))
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }))
  const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', WEB_CONCURRENCY: '2' })
  cleanups.push(() => server.stop())
  expect(workersOf(server.process.pid!)).toEqual([])
  expect(server.output()).toContain('WEB_CONCURRENCY is ignored on PGlite')
  expect((await fetch(`${server.url}/`)).status).toBe(200)
}, 120_000)
