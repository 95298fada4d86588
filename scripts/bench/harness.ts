// The bench's moving parts: the bench database, server processes, autocannon runs, a member login.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { openDatabase, type DbHandle } from '#db/client.server'
import { freePort } from '../../tests/fixtures/server-process'

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
export const CONNECTIONS = 50
export const databaseUrl = process.env.DATABASE_URL || undefined
export const schema = databaseUrl ? 'bench' : undefined
export const dataDir = path.resolve('.cache/bench-pglite')
export const serverEnv = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  TEDUH_SECRET: 'bench-secret',
  RATE_LIMIT_MULTIPLIER: '100000',
  INSECURE_COOKIES: '1',
  ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema } : { DATA_DIR: dataDir, DATABASE_URL: '' }),
}

export async function openBenchDb(fresh: boolean): Promise<DbHandle> {
  if (databaseUrl) {
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`${fresh ? `drop schema if exists ${schema} cascade; ` : ''}create schema if not exists ${schema}`)
    await admin.end()
    return openDatabase({ databaseUrl, schema })
  }
  if (fresh) rmSync(dataDir, { recursive: true, force: true })
  return openDatabase({ dataDir })
}

export interface Started {
  child: ChildProcess
  url: string
  /** Everything the process printed so far. */
  output(): string
}

export function start(args: string[], env: Record<string, string | undefined>): Promise<Started> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { env: { ...serverEnv, ...env, PORT: String(port) } as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        const onData = (d: Buffer) => {
          output += d
          if (/ready|running at/.test(output)) resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output })
        }
        child.stdout!.on('data', onData)
        child.stderr!.on('data', (d) => (output += d))
        child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
      }),
  )
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.removeAllListeners('exit')
    // 'close': after its output has been read to the end (the last lines say what it measured).
    child.once('close', () => resolve())
    child.kill('SIGTERM')
  })
}

export const peakRss = (child: ChildProcess) => {
  try {
    const kb = Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1])
    return Math.round(kb / 1024)
  } catch {
    return null
  }
}

export interface Measure {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export async function measure(name: string, options: autocannon.Options, seconds = SECONDS): Promise<Measure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: seconds, ...options })
  // A form post answers 302 (redirect to the new post): counted as success for that run.
  const failures = options.method === 'POST' ? result.errors + result.timeouts + (result['5xx'] ?? 0) + (result['4xx'] ?? 0) : result.errors + result.timeouts + result.non2xx
  const m = { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: failures, non2xx: result.non2xx }
  console.log(`  ${name.padEnd(34)} ${String(m.rps).padStart(7)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}`)
  return m
}

export async function login(url: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>()
  const keep = (r: Response) => r.headers.getSetCookie().forEach((c) => {
    const [pair] = c.split(';')
    const [k, ...v] = pair!.split('=')
    jar.set(k!, v.join('='))
  })
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const page = await fetch(`${url}/login`)
  keep(page)
  const token = (await page.text()).match(/name="csrf" value="([^"]+)"/)![1]!
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie() },
    body: new URLSearchParams({ csrf: token, email: 'bench1@bench.test', password: 'bench-password-1' }),
  })
  keep(res)
  const home = await fetch(`${url}/`, { headers: { Cookie: cookie() } })
  keep(home)
  const csrf = (await home.text()).match(/name="csrf" value="([^"]+)"/)![1]!
  return { cookie: cookie(), csrf }
}

