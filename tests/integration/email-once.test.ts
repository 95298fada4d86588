import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { migrateToLatest, openDatabase, type DbHandle } from '#db/client.server'
import { createMember } from '../fixtures/factories'
import { createPgSchema } from '../fixtures/pg-schema'

// Emails go out once even when the sending process is killed with SIGKILL right after the SMTP
// server took a message and before the job's row says so. A worker process sends 32 queued
// emails to a local SMTP server that kills it after every fifth message; new workers go on
// until the queue is empty. Runs on PGlite (a data folder the workers take over in turn) and on
// PostgreSQL (a schema of its own).
const databaseUrl = process.env.DATABASE_URL
const EMAILS = 32
const KILL_EVERY = 5
let schema: Awaited<ReturnType<typeof createPgSchema>> | undefined
let dataDir: string | undefined
let smtp: SMTPServer
let smtpUrl = ''
let refuseNext = 0
let worker: ChildProcess | undefined
let accepted = 0
const received: { to: string; messageId: string }[] = []
const refused: string[] = []

const dbEnv = () => (databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema!.schema } : { DATABASE_URL: '', DATA_DIR: dataDir! })
const open = async () => {
  const handle = databaseUrl ? await openDatabase({ databaseUrl, schema: schema!.schema }) : await openDatabase({ dataDir: dataDir! })
  await migrateToLatest(handle.db)
  return handle
}

beforeAll(async () => {
  process.env.TEDUH_SECRET = 'email-once-secret'
  if (databaseUrl) schema = await createPgSchema(databaseUrl, 'emails')
  else dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-emails-'))
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = ''
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()))
      stream.on('end', () => {
        const messageId = /^Message-ID: (.+)$/im.exec(data)?.[1]?.trim() ?? ''
        if (refuseNext > 0) {
          refuseNext--
          refused.push(messageId)
          return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
        }
        received.push({ to: session.envelope.rcptTo[0]!.address, messageId })
        callback()
        // The crash: the server has the message, the sender has not recorded it yet.
        if (++accepted % KILL_EVERY === 0) worker?.kill('SIGKILL')
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
}, 60_000)

afterAll(async () => {
  worker?.kill('SIGKILL')
  await new Promise<void>((resolve) => smtp.close(resolve))
  await schema?.drop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  delete process.env.SMTP_URL
})

function runWorker(): Promise<number | string | null> {
  return new Promise((resolve) => {
    // In this very process (not under the tsx CLI, which would leave its child running after a SIGKILL).
    worker = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/job-runner.ts'], {
      env: { ...process.env, ...dbEnv(), SMTP_URL: smtpUrl, TEDUH_SECRET: 'email-once-secret', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    worker.on('exit', (code, signal) => resolve(code ?? signal))
  })
}

test(`${EMAILS} emails, the sender killed with SIGKILL after every ${KILL_EVERY}th: none is sent twice`, async () => {
  let handle: DbHandle = await open()
  const { enqueueJob } = await import('~/lib/job-queue.server')
  for (let i = 0; i < EMAILS; i++) {
    const member = await createMember(handle.db)
    await enqueueJob(handle.db, { kind: 'email', payload: { userId: member.id, template: 'case_update' }, runAt: new Date() })
  }
  await handle.close() // the workers own the database now (on PGlite: its folder)

  const exits: (number | string | null)[] = []
  while (exits.at(-1) !== 0 && exits.length < 20) exits.push(await runWorker())
  const kills = exits.filter((e) => e === 'SIGKILL').length

  handle = await open()
  const { runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  process.env.SMTP_URL = smtpUrl
  // Long after: the interrupted sends are closed, still not resent.
  await runDueJobs(handle.db, jobHandlers, 20, { leaseSeconds: 0 })
  const jobs = await handle.db.selectFrom('jobs').select(['id', 'done_at', 'started_at', 'last_error']).where('kind', '=', 'email').execute()
  await handle.close()

  const perRecipient = new Map<string, number>()
  for (const m of received) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1)
  const duplicates = [...perRecipient.values()].reduce((n, c) => n + c - 1, 0)
  const interrupted = jobs.filter((j) => j.last_error?.startsWith('interrupted')).length
  const lost = EMAILS - perRecipient.size
  console.log(`${EMAILS} emails, ${kills} kill -9 of the sender: ${received.length} received, ${duplicates} duplicated, ${lost} lost, ${interrupted} jobs closed as interrupted`)

  expect(kills).toBeGreaterThanOrEqual(Math.floor(EMAILS / KILL_EVERY) - 1)
  expect(duplicates).toBe(0)
  expect(jobs.every((j) => j.done_at)).toBe(true)
  expect(interrupted).toBeGreaterThanOrEqual(1)
  // Kills land right after the server accepted a message, so (almost) nothing is lost either.
  expect(lost).toBeLessThanOrEqual(interrupted)
  // One stable, unguessable Message-ID per job.
  expect(new Set(received.map((m) => m.messageId)).size).toBe(received.length)
  for (const m of received) expect(m.messageId).toMatch(/^<teduh-job-\d+\.[0-9a-f]{16}@localhost>$/)
}, 240_000)

test('a message the SMTP server refused is sent again later, with the same Message-ID', async () => {
  process.env.SMTP_URL = smtpUrl
  const handle = await open()
  const { enqueueJob, runDueJobs } = await import('~/lib/job-queue.server')
  const { jobHandlers } = await import('~/services/job-handlers.server')
  const member = await createMember(handle.db)
  await enqueueJob(handle.db, { kind: 'email', payload: { userId: member.id, template: 'case_update' }, runAt: new Date() })
  refuseNext = 1
  await runDueJobs(handle.db, jobHandlers)
  const waiting = await handle.db.selectFrom('jobs').select(['id', 'done_at', 'started_at', 'attempts', 'last_error']).where('payload', '@>', sql<unknown>`${JSON.stringify({ userId: member.id })}::jsonb`).executeTakeFirstOrThrow()
  expect(waiting).toMatchObject({ done_at: null, started_at: null, attempts: 1 })
  expect(waiting.last_error).toContain('Try again later')
  await handle.db.updateTable('jobs').set({ run_at: new Date() }).where('id', '=', waiting.id).execute()
  await runDueJobs(handle.db, jobHandlers)
  const mine = received.filter((m) => m.to === member.email)
  expect(mine).toHaveLength(1)
  expect(mine[0]!.messageId).toBe(refused.at(-1))
  await handle.close()
}, 60_000)
