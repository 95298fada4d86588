import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openDatabase } from '#db/client.server'
import type { TestApp } from '../fixtures/app'
import { Client, visibleText, type Page } from '../fixtures/client'
import { httpApp, runScript, startServerProcess, type RunningServer } from '../fixtures/server-process'
import { startMailbox, type Mailbox } from '../fixtures/smtp'

// The real production server, logging at debug level, with SMTP configured: a member verifies
// by a work address, and that address is afterwards in no log line, no page and no table of
// the database folder. An address refused for its domain leaves no trace either.
const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-verify-'))
let mailbox: Mailbox
let server: RunningServer | undefined

const ADDRESS = 'Dewi.Lestari+teduh@Setjen.BKN.go.id'
const REFUSED = 'dewi.pribadi@surel-pribadi.example'
// On the list, but the institution's mail server refuses it (and quotes it in its reply).
const BOUNCED = 'dewi.ditolak@bkn.go.id'
// What would give the addresses away, in any case.
const TRACES = ['dewi.lestari', 'dewi.pribadi', 'surel-pribadi', 'dewi.ditolak']

beforeAll(async () => {
  mailbox = await startMailbox({ reject: (address) => address === BOUNCED })
  const seeded = await runScript('scripts/seed.ts', [], { DATA_DIR: dataDir, DATABASE_URL: '' })
  expect(seeded.code, seeded.output).toBe(0)
  server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: mailbox.url, LOG_LEVEL: 'debug' })
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await mailbox?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

test('after a verification the work address is in no log line, no page and no table', async () => {
  const client = new Client(httpApp(server!.url) as unknown as TestApp)
  expect((await client.post('/login', { email: 'anggota@teduh.test', password: 'teduh-demo-2026' })).status).toBe(302)
  const refused = await client.post('/me/verify', { intent: 'send', address: REFUSED })
  expect(refused.status).toBe(400)
  expect(visibleText(refused.html)).toContain('tidak termasuk daftar domain instansi')
  const bounced = await client.post('/me/verify', { intent: 'send', address: BOUNCED })
  expect(bounced.status).toBe(409)
  expect(visibleText(bounced.html)).toContain('Email kode tidak dapat dikirim saat ini.')
  expect((await client.post('/me/verify', { intent: 'send', address: ADDRESS })).status).toBe(302)
  expect(mailbox.received.at(-1)!.to).toEqual([ADDRESS.toLowerCase()])
  expect((await client.post('/me/verify', { intent: 'confirm', code: '000000' === mailbox.latestCode(ADDRESS) ? '111111' : '000000' })).status).toBe(400)
  expect((await client.post('/me/verify', { intent: 'confirm', code: mailbox.latestCode(ADDRESS) })).status).toBe(302)
  const posted = await client.post('/new', { category: 'mutasi', title: 'Mutasi antarinstansi untuk pegawai terverifikasi', body: 'Bagaimana urutan berkas mutasi antarinstansi yang benar?', intent: 'publish' })
  expect(posted.status).toBe(302)

  const pages: Page[] = []
  for (const p of ['/me/verify', '/me', posted.location!, '/u/RusaTenang05', '/search?q=mutasi', '/me/notifications']) pages.push(await client.get(p))
  const admin = new Client(httpApp(server!.url) as unknown as TestApp)
  expect((await admin.post('/login', { email: 'admin@teduh.test', password: 'teduh-demo-2026' })).status).toBe(302)
  for (const p of ['/admin/audit', '/admin/settings', '/admin/stats', posted.location!]) pages.push(await admin.get(p))
  expect(visibleText(pages[2]!.html)).toContain('Pegawai terverifikasi')
  for (const page of pages) {
    expect(page.status).toBe(200)
    for (const trace of TRACES) expect(page.html.toLowerCase()).not.toContain(trace)
  }

  await new Promise((r) => setTimeout(r, 200))
  const log = server!.output()
  expect(log.split('\n').filter((l) => l.startsWith('{')).length).toBeGreaterThan(5)
  for (const trace of TRACES) expect(log.toLowerCase()).not.toContain(trace)

  // The database folder, opened after the server let it go: every row of every table as text.
  expect(await server!.stop()).toBe(0)
  server = undefined
  const handle = await openDatabase({ dataDir })
  try {
    const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(handle.db)
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['employee_verifications', 'employee_verification_codes', 'jobs', 'audit_log', 'users', 'rate_limits']))
    let dump = ''
    for (const { name } of tables) dump += (await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(handle.db)).rows.map((r) => r.row).join('\n')
    dump = dump.toLowerCase()
    expect(dump).toContain('anggota@teduh.test') // the dump is real: the login address is there
    for (const trace of TRACES) expect(dump).not.toContain(trace)
    const verified = await handle.db.selectFrom('employee_verifications').select(['method', 'address_hash']).execute()
    expect(verified).toHaveLength(1)
    expect(verified[0]!.address_hash).toMatch(/^[0-9a-f]{64}$/)
  } finally {
    await handle.close()
  }
}, 120_000)
