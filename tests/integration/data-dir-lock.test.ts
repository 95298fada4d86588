import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { freePort, runScript, startServerProcess, type RunningServer } from '../fixtures/server-process'

// One owner per PGlite data folder: a second server or a script on the same DATA_DIR refuses
// to start, and a lock left by a crashed owner is taken over.
const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-lock-'))
const env = { DATA_DIR: dataDir, DATABASE_URL: '' }
const lockFile = path.join(dataDir, 'teduh.lock')
const running: RunningServer[] = []

afterAll(async () => {
  for (const server of running) {
    if (server.process.exitCode === null) server.process.kill('SIGKILL')
  }
  rmSync(dataDir, { recursive: true, force: true })
})

/** Starts server.js expecting it to exit by itself; returns its exit code and output. */
async function runServerToExit(): Promise<{ code: number | null; output: string }> {
  const port = await freePort()
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(process.execPath, ['server.js'], {
      env: { ...process.env, ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', TEDUH_SECRET: 'lock-secret', TEDUH_CASE_KEY: '1e'.repeat(32) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

test('a second server on the same data folder refuses to start, and the first keeps serving', async () => {
  const first = await startServerProcess({ ...env, TEDUH_SECRET: 'lock-secret' })
  running.push(first)
  expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(first.process.pid)

  const second = await runServerToExit()
  expect(second.code).not.toBe(0)
  expect(second.output).toContain(`The data folder ${dataDir} is in use by another Teduh process (pid ${first.process.pid}`)

  // Scripts open the same folder: they refuse too, with the same message.
  const seed = await runScript('scripts/seed.ts', [], env)
  expect(seed.code).toBe(1)
  expect(seed.output).toContain(`is in use by another Teduh process (pid ${first.process.pid}`)
  expect(seed.output).not.toMatch(/at .*\.ts:\d+/) // a message, not a stack trace

  // The first owner is unharmed: still healthy, still reading and writing.
  expect((await fetch(`${first.url}/healthz`)).status).toBe(200)
  expect((await fetch(`${first.url}/signup`)).status).toBe(200)
  expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(first.process.pid)

  expect(await first.stop()).toBe(0)
  expect(existsSync(lockFile)).toBe(false)
}, 120_000)

test('a lock left by a process that was killed with SIGKILL is taken over', async () => {
  const crashed = await startServerProcess({ ...env, TEDUH_SECRET: 'lock-secret' })
  running.push(crashed)
  const exited = new Promise((resolve) => crashed.process.once('exit', resolve))
  crashed.process.kill('SIGKILL')
  await exited
  expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(crashed.process.pid)

  const next = await startServerProcess({ ...env, TEDUH_SECRET: 'lock-secret' })
  running.push(next)
  expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(next.process.pid)
  expect((await fetch(`${next.url}/`)).status).toBe(200)
  expect(await next.stop()).toBe(0)
}, 120_000)

test('a lock naming a pid that no longer runs is stale: a script takes it over and releases it', async () => {
  const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)'])
  expect(gone.status).toBe(0)
  writeFileSync(lockFile, JSON.stringify({ pid: gone.pid, start: null, command: 'server.js', since: new Date().toISOString() }))
  const roles = await runScript('scripts/admin.ts', ['roles', 'nobody@teduh.test'], env)
  expect(roles.output).toContain('No account with that email.')
  expect(roles.output).not.toContain('in use by another Teduh process')
  expect(existsSync(lockFile)).toBe(false)
}, 60_000)
