import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { openRaw, type RawExchange } from '../fixtures/raw-http'
import { startServerProcess } from '../fixtures/server-process'

// SIGTERM on a server with requests in flight, on keep-alive connections: every request it
// accepted is answered in full with Connection: close, no socket is reset, the process exits 0.
const dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-shutdown-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** Status, headers and whether the body arrived whole (by Content-Length or the last chunk). */
function parse(text: string) {
  const end = text.indexOf('\r\n\r\n')
  const head = end === -1 ? text : text.slice(0, end)
  const body = end === -1 ? '' : text.slice(end + 4)
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1])
  const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1]
  const chunked = /\r\ntransfer-encoding: chunked/i.test(head)
  const complete = length !== undefined ? Buffer.byteLength(body, 'latin1') === Number(length) : chunked ? body.endsWith('0\r\n\r\n') : false
  return { status, complete, close: /\r\nconnection: close/i.test(head) }
}

const get = (host: string, p: string) => `GET ${p} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`

test('SIGTERM with 13 requests in flight: each is answered whole, with Connection: close; nothing is reset', async () => {
  const results: string[] = []
  for (let run = 1; run <= 3; run++) {
    const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: '' })
    const host = new URL(server.url).host
    // An idle keep-alive connection from before the signal.
    const idle = await openRaw(server.url)
    idle.write(get(host, '/healthz'))
    await new Promise((r) => setTimeout(r, 300))
    expect(parse(idle.received()).status).toBe(200)

    const inFlight: RawExchange[] = []
    for (let i = 0; i < 10; i++) {
      const raw = await openRaw(server.url)
      raw.write(get(host, i % 2 ? '/search?q=cuti' : '/'))
      inFlight.push(raw)
    }
    // Three posts whose bodies are still arriving when the signal comes.
    const body = 'email=a%40b.c&password=salah-sekali'
    const posts: RawExchange[] = []
    for (let i = 0; i < 3; i++) {
      const raw = await openRaw(server.url)
      raw.write(`POST /login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 6)}`)
      posts.push(raw)
    }
    const exited = server.stop()
    await new Promise((r) => setTimeout(r, 300))
    for (const raw of posts) raw.write(body.slice(6))
    // The idle connection is reused during the drain: still answered, and told to close.
    const before = idle.received().length
    idle.write(get(host, '/'))

    const all = [...inFlight, ...posts]
    const endings = await Promise.all([...all, idle].map((raw) => raw.closed))
    const answers = all.map((raw) => parse(raw.received()))
    const reused = parse(idle.received().slice(before))
    expect(await exited).toBe(0)
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 403, 403]) // 403: no CSRF token, an answer all the same
    expect(answers.map((a) => a.complete)).toEqual(answers.map(() => true))
    // Answered after the signal, so told not to reuse the connection (a GET may have been answered before it).
    expect(posts.map((raw) => parse(raw.received()).close)).toEqual([true, true, true])
    expect(reused).toMatchObject({ status: 200, complete: true, close: true })
    expect(endings.map((e) => e.error)).toEqual(endings.map(() => null))
    results.push(`run ${run}: ${answers.filter((a) => a.complete).length + (reused.complete ? 1 : 0)}/14 answered whole, ${endings.filter((e) => e.error).length} reset`)
  }
  console.log(`graceful shutdown: ${results.join('; ')}`)
}, 240_000)
