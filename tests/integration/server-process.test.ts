import { mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runScript, startServerProcess, type RunningServer } from '../fixtures/server-process'

// The real production server over HTTP: headers, compression, health, the admin CLI, shutdown.
// Always on PGlite in its own data folder (the one-process default).
const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-server-'))
const env = { DATA_DIR: dataDir, DATABASE_URL: '' }
let server: RunningServer

beforeAll(async () => {
  const seeded = await runScript('scripts/seed.ts', [], env)
  expect(seeded.code, seeded.output).toBe(0)
  const again = await runScript('scripts/seed.ts', [], env)
  expect(again.code, again.output).toBe(0)
  const granted = await runScript('scripts/admin.ts', ['grant', 'anggota2@teduh.test', 'moderator'], env)
  expect(granted.code, granted.output).toBe(0)
  expect(granted.output).toContain('Roles: member, moderator')
  const verified = await runScript('scripts/audit-verify.ts', [], env)
  expect(verified.code, verified.output).toBe(0)
  expect(verified.output).toMatch(/Audit chain intact: [1-9]\d* rows checked/)
  // The signed head is printed, so an operator can compare it with a copy kept elsewhere.
  expect(verified.output).toMatch(/Signed head: [1-9]\d* rows, last id \d+, last MAC [0-9a-f]{64}\./)
  const bad = await runScript('scripts/admin.ts', ['grant', 'anggota2@teduh.test', 'raja'], env)
  expect(bad.code).toBe(1)
  expect(bad.output).toContain('Usage')
  server = await startServerProcess(env)
}, 120_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the production server', () => {
  test('sends security headers with a fresh CSP nonce on every page', async () => {
    const first = await fetch(`${server.url}/`)
    const second = await fetch(`${server.url}/`)
    const csp = first.headers.get('Content-Security-Policy')!
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    const nonce = csp.match(/'nonce-([^']+)'/)![1]!
    expect(second.headers.get('Content-Security-Policy')).not.toContain(nonce)
    const html = await first.text()
    expect(html).toContain(`nonce="${nonce}"`)
    expect(html.match(/<script(?![^>]*nonce=)[^>]*>/g) ?? []).toEqual([])
    expect(first.headers.get('X-Powered-By')).toBeNull()
    expect(first.headers.get('Referrer-Policy')).toBe('same-origin')
    expect(first.headers.get('X-Frame-Options')).toBe('DENY')
    expect(first.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  test('compresses pages', async () => {
    const response = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(response.headers.get('Content-Encoding')).toBe('gzip')
  })

  test('/healthz checks the database', async () => {
    const response = await fetch(`${server.url}/healthz`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })


  test('similar questions (served before Remix) answer as the resource route does, and static files still load', async () => {
    const response = await fetch(`${server.url}/similar-questions?q=${encodeURIComponent('sisa cuti tahunan')}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const { items } = (await response.json()) as { items: { kind: string; title: string }[] }
    // The demo seed holds a knowledge-base entry on annual leave: it comes first.
    expect(items[0]?.kind).toBe('entry')
    expect(items[0]?.title.toLowerCase()).toContain('cuti')
    expect(await (await fetch(`${server.url}/similar-questions?q=ab`)).json()).toEqual({ items: [] })
    expect((await fetch(`${server.url}/favicon.svg`)).status).toBe(200)
  })
  test('cookies are __Host- prefixed and Secure in production', async () => {
    const response = await fetch(`${server.url}/login`)
    const cookie = response.headers.getSetCookie().join('\n')
    expect(cookie).toMatch(/__Host-teduh_csrf=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/)
  })

  test('seeding twice did not duplicate categories or accounts', async () => {
    const html = await (await fetch(`${server.url}/`)).text()
    expect(html.match(/Kenaikan Pangkat &amp; Jabatan/g)?.length).toBe(1)
    expect(html.match(/class="category-card"/g)?.length).toBe(10)
  })

  test('a cross-site form post is refused before any action runs', async () => {
    const response = await fetch(`${server.url}/login`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.c&password=x',
    })
    expect(response.status).toBe(403)
  })

  test('logs are structured JSON without emails, cookies or query strings', async () => {
    await fetch(`${server.url}/login?email=rahasia%40contoh.go.id`, { headers: { Cookie: 'teduh_session=abc.def' } })
    await new Promise((r) => setTimeout(r, 100))
    const lines = server.output().split('\n').filter((l) => l.startsWith('{'))
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) JSON.parse(line)
    expect(server.output()).not.toContain('rahasia')
    expect(server.output()).not.toContain('abc.def')
  })

  test('on SIGTERM an in-flight request still gets its answer, then the process exits 0', async () => {
    const port = Number(new URL(server.url).port)
    const socket = connect(port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    let reply = ''
    socket.on('data', (d) => (reply += d))
    const body = 'email=a%40b.c&password=salah'
    // Headers and half the body now; the rest after the signal.
    socket.write(`POST /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`)
    await new Promise((r) => setTimeout(r, 300))
    const exited = server.stop()
    await new Promise((r) => setTimeout(r, 300))
    socket.end(body.slice(5))
    await new Promise<void>((resolve) => socket.once('close', () => resolve()))
    expect(reply).toMatch(/^HTTP\/1\.1 403/) // answered (no CSRF token), not cut off
    expect(await exited).toBe(0)
    expect(server.output()).toContain('shutting down')
  })
})
