import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { TestApp } from '../fixtures/app'
import { Client } from '../fixtures/client'
import { openRaw, waitFor } from '../fixtures/raw-http'
import { httpApp, runScript, startServerProcess, type RunningServer } from '../fixtures/server-process'

// Hostile or broken requests against the real server: each gets a clear answer (a translated
// page with the right status) and the socket is let go, never a 500 and never held open.
// Timeouts are shortened for the test (BODY_TIMEOUT_MS and friends; defaults in the README).
const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-load-'))
const env = { DATA_DIR: dataDir, DATABASE_URL: '' }
let server: RunningServer
let host = ''

beforeAll(async () => {
  const seeded = await runScript('scripts/seed.ts', [], env)
  expect(seeded.code, seeded.output).toBe(0)
  server = await startServerProcess({ ...env, BODY_TIMEOUT_MS: '1500', HEADERS_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '3000' })
  host = new URL(server.url).host
}, 120_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1])

test('a 20 MB body is refused with 413 before it is read, and the connection is closed', async () => {
  const raw = await openRaw(server.url)
  raw.write(`POST /login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n`)
  let sent = 0
  const chunk = Buffer.alloc(64 * 1024, 'a')
  // Keep sending, slowly, the way an upload goes on: the answer must not wait for the end.
  while (statusOf(raw.received()) !== 413 && sent < 20 * 1024 * 1024 && !raw.socket.destroyed) {
    raw.write(chunk)
    sent += chunk.length
    await new Promise((r) => setTimeout(r, 5))
  }
  expect(statusOf(raw.received())).toBe(413)
  expect(sent).toBeLessThan(5 * 1024 * 1024)
  expect(raw.received()).toMatch(/connection: close/i)
  expect(raw.received()).toContain('Kiriman terlalu besar')
  expect(raw.received()).toContain('Submission too large')
  const closed = await raw.closed
  expect(closed.afterMs).toBeLessThan(5_000)
}, 30_000)

test('a chunked body that grows past the limit gets 413 too', async () => {
  const raw = await openRaw(server.url)
  raw.write(`POST /login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`)
  const piece = 'a'.repeat(256 * 1024)
  for (let i = 0; i < 8 && !raw.socket.destroyed && !statusOf(raw.received()); i++) {
    raw.write(`${piece.length.toString(16)}\r\n${piece}\r\n`)
    await new Promise((r) => setTimeout(r, 20))
  }
  expect(await waitFor(() => statusOf(raw.received()) === 413, 3_000)).toBe(true)
  await raw.closed
})

test('a body trickled in byte by byte is cut off with 408 after BODY_TIMEOUT_MS', async () => {
  const raw = await openRaw(server.url)
  const body = 'email=a%40b.c&password=kata-sandi-yang-panjang'
  raw.write(`POST /login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`)
  const trickle = setInterval(() => raw.socket.destroyed || raw.write('e'), 300)
  const closed = await raw.closed
  clearInterval(trickle)
  expect(statusOf(raw.received())).toBe(408)
  expect(raw.received()).toContain('Waktu pengiriman habis')
  expect(closed.afterMs).toBeLessThan(4_000)
}, 20_000)

test('headers that never finish are cut off by the header timeout', async () => {
  const raw = await openRaw(server.url)
  raw.write(`GET / HTTP/1.1\r\nHost: ${host}\r\n`)
  const trickle = setInterval(() => raw.socket.destroyed || raw.write('X-Slow: 1\r\n'), 300)
  const closed = await raw.closed
  clearInterval(trickle)
  expect(closed.afterMs).toBeLessThan(5_000)
  expect(raw.received()).not.toMatch(/^HTTP\/1\.1 200/)
}, 20_000)

test('a body no form sends gets 415, a form body that cannot be parsed gets 400', async () => {
  const json = await fetch(`${server.url}/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":"a@b.c"}' })
  expect(json.status).toBe(415)
  expect(await json.text()).toContain('Jenis data tidak didukung')
  const broken = await fetch(`${server.url}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'multipart/form-data; boundary=XYZ' },
    body: '--ABC\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--ABC--',
  })
  expect(broken.status).toBe(400)
  expect(await broken.text()).toContain('Permintaan tidak dapat dibaca')
  // An ordinary form still works.
  const ordinary = await fetch(`${server.url}/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.c&password=x' })
  expect(ordinary.status).toBe(403) // no CSRF token: refused by the action, as before
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
})

test('a crisis sentence inside 10,000 quote markers is published, kept as typed and flagged', async () => {
  const client = new Client(httpApp(server.url) as unknown as TestApp)
  expect((await client.post('/login', { email: 'anggota@teduh.test', password: 'teduh-demo-2026' })).status).toBe(302)
  const body = `${'>'.repeat(10_000)} Saya ingin mengakhiri hidup saja.`
  const posted = await client.post('/new', { category: 'kesejahteraan', title: 'Tidak tahu harus bagaimana lagi', body, intent: 'publish' })
  expect(posted.status).toBe(302)
  // Sent to the crisis-help page: the phrase was found and a flag raised.
  expect(posted.location).toMatch(/^\/support\?post=\d+$/)
  const postId = posted.location!.split('=')[1]!
  const edit = await client.get(`/p/${postId}/edit`)
  expect(edit.status).toBe(200)
  expect(edit.html).toContain('&gt;'.repeat(50) + ' Saya ingin mengakhiri hidup saja.')
}, 60_000)
