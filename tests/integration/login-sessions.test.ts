import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, loginAs, TEST_PASSWORD } from '../fixtures/factories'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const sessionCookie = (client: Client) => client.cookies.get('teduh_session')

describe('log in', () => {
  test('good credentials start a session stored only as a hash, and come back to the page asked for', async () => {
    const member = await createMember(app.db)
    const client = new Client(app)
    const page = await client.post('/login', { email: member.email.toUpperCase(), password: TEST_PASSWORD, redirectTo: '/me/sessions' })
    expect(page.status).toBe(302)
    expect(page.location).toBe('/me/sessions')
    const cookie = page.response.headers.getSetCookie().find((c) => c.startsWith('teduh_session='))!
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const token = sessionCookie(client)!
    const [id, secret] = token.split('.')
    const row = await app.db.selectFrom('sessions').select(['id', 'secret_hash']).where('user_id', '=', member.id).executeTakeFirstOrThrow()
    expect(row.id).toBe(id)
    expect(Buffer.from(row.secret_hash).toString('utf8')).not.toContain(secret!)
    expect(Buffer.from(row.secret_hash).length).toBe(32)
  })

  test('a crafted redirect to another site is ignored', async () => {
    const member = await createMember(app.db)
    const page = await new Client(app).post('/login', { email: member.email, password: TEST_PASSWORD, redirectTo: '//evil.example/x' })
    expect(page.location).toBe('/')
  })

  test('a wrong password and an unknown email get the same answer', async () => {
    const member = await createMember(app.db)
    const wrongPassword = await new Client(app).post('/login', { email: member.email, password: 'salah-sekali-ini' })
    const unknownEmail = await new Client(app).post('/login', { email: 'tidak.ada@contoh.go.id', password: 'salah-sekali-ini' })
    expect(wrongPassword.status).toBe(400)
    expect(unknownEmail.status).toBe(400)
    const message = (html: string) => html.match(/role="alert">([^<]*)</)?.[1]
    expect(message(wrongPassword.html)).toBe('Email atau kata sandi salah.')
    expect(message(unknownEmail.html)).toBe(message(wrongPassword.html))
    expect(unknownEmail.html).toContain('value="tidak.ada@contoh.go.id"')
  })

  test('a tampered token is not a session', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const [id] = sessionCookie(client)!.split('.')
    client.cookies.set('teduh_session', `${id}.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`)
    const page = await client.get('/me')
    expect(page.status).toBe(302)
    expect(page.location).toMatch(/^\/login/)
  })

  test('repeated failures on one account are rate limited with a translated 429', async () => {
    const member = await createMember(app.db)
    for (let i = 0; i < 8; i++) {
      expect((await new Client(app).post('/login', { email: member.email, password: `salah-${i}-xxxxx` })).status).toBe(400)
    }
    const limited = await new Client(app).post('/login', { email: member.email, password: TEST_PASSWORD })
    expect(limited.status).toBe(429)
    expect(visibleText(limited.html)).toContain('Terlalu banyak percobaan')
    expect(limited.response.headers.get('Set-Cookie') ?? '').not.toContain('teduh_session=')
  })

  test('login without the CSRF token is rejected', async () => {
    const member = await createMember(app.db)
    const page = await new Client(app).post('/login', { email: member.email, password: TEST_PASSWORD }, { csrf: null })
    expect(page.status).toBe(403)
  })

  test('a post from another origin is rejected even with a token', async () => {
    const member = await createMember(app.db)
    const page = await new Client(app).post('/login', { email: member.email, password: TEST_PASSWORD }, { headers: { Origin: 'https://evil.example' } })
    expect(page.status).toBe(403)
  })
})

describe('sessions', () => {
  test('log out ends the session in the database and clears the cookie', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const [id] = sessionCookie(client)!.split('.')
    const page = await client.post('/logout', {})
    expect(page.status).toBe(302)
    expect(sessionCookie(client)).toBeUndefined()
    expect(await app.db.selectFrom('sessions').select('id').where('id', '=', id!).executeTakeFirst()).toBeUndefined()
  })

  test('my sessions page lists my devices; I can end another session, which then stops working', async () => {
    const member = await createMember(app.db)
    const laptop = await loginAs(app, member)
    const phone = new Client(app, undefined, { 'User-Agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile' })
    await phone.post('/login', { email: member.email, password: TEST_PASSWORD })
    const list = await laptop.get('/me/sessions')
    expect(list.status).toBe(200)
    expect(visibleText(list.html)).toContain('Chrome · Android')
    expect(visibleText(list.html)).toContain('Sesi ini')
    const [phoneSessionId] = sessionCookie(phone)!.split('.')
    const ended = await laptop.post('/me/sessions', { sessionId: phoneSessionId! })
    expect(ended.status).toBe(302)
    expect(visibleText((await laptop.visit('/me/sessions')).html)).toContain('Sesi diakhiri.')
    expect((await phone.get('/me')).location).toMatch(/^\/login/)
    expect((await laptop.get('/me')).status).toBe(200)
  })

  test("I cannot end someone else's session (404), and it keeps working", async () => {
    const alice = await createMember(app.db)
    const bob = await createMember(app.db)
    const aliceClient = await loginAs(app, alice)
    const bobClient = await loginAs(app, bob)
    const [bobSession] = sessionCookie(bobClient)!.split('.')
    const page = await aliceClient.post('/me/sessions', { sessionId: bobSession! })
    expect(page.status).toBe(404)
    expect((await bobClient.get('/me')).status).toBe(200)
  })

  test('end all other sessions keeps only this one', async () => {
    const member = await createMember(app.db)
    const a = await loginAs(app, member)
    const b = await loginAs(app, member)
    const c = await loginAs(app, member)
    await a.post('/me/sessions', { intent: 'end-others' })
    expect((await a.get('/me')).status).toBe(200)
    expect((await b.get('/me')).status).toBe(302)
    expect((await c.get('/me')).status).toBe(302)
  })

  test('changing the password ends all other sessions, and the new password works', async () => {
    const member = await createMember(app.db)
    const here = await loginAs(app, member)
    const elsewhere = await loginAs(app, member)
    const wrong = await here.post('/me/password', { currentPassword: 'bukan-ini-sandinya', newPassword: 'sandi-baru-yang-panjang' })
    expect(wrong.status).toBe(400)
    expect(visibleText(wrong.html)).toContain('Kata sandi saat ini salah.')
    const weak = await here.post('/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'pendek' })
    expect(visibleText(weak.html)).toContain('Kata sandi minimal 10 karakter.')
    const ok = await here.post('/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'sandi-baru-yang-panjang' })
    expect(ok.status).toBe(302)
    expect((await here.get('/me')).status).toBe(200)
    expect((await elsewhere.get('/me')).status).toBe(302)
    const relogin = await new Client(app).post('/login', { email: member.email, password: 'sandi-baru-yang-panjang' })
    expect(relogin.status).toBe(302)
  })

  test('a session idle past the inactivity timeout ends', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    await app.db.updateTable('sessions').set({ last_seen_at: sql`now() - interval '8 days'` }).where('user_id', '=', member.id).execute()
    expect((await client.get('/me')).status).toBe(302)
    expect(await app.db.selectFrom('sessions').select('id').where('user_id', '=', member.id).executeTakeFirst()).toBeUndefined()
  })

  test('an active session still ends at its absolute lifetime', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    await app.db.updateTable('sessions').set({ created_at: sql`now() - interval '31 days'`, last_seen_at: sql`now()` }).where('user_id', '=', member.id).execute()
    expect((await client.get('/me')).status).toBe(302)
  })

  test('log in creates a new session id each time (no fixation)', async () => {
    const member = await createMember(app.db)
    const first = await loginAs(app, member)
    const second = await loginAs(app, member)
    expect(sessionCookie(first)).not.toBe(sessionCookie(second))
  })
})

describe('my account', () => {
  test('shows my email to me only, and never on public pages', async () => {
    const member = await createMember(app.db)
    const client = await loginAs(app, member)
    const me = await client.get('/me')
    expect(me.status).toBe(200)
    expect(me.html).toContain(member.email)
    const home = await client.get('/')
    expect(home.html).not.toContain(member.email)
    expect(home.html).toContain(member.pseudonym)
  })

  test('signed-out visitors are sent to log in, then back', async () => {
    for (const path of ['/me', '/me/sessions', '/me/password']) {
      const page = await new Client(app).get(path)
      expect(page.status, path).toBe(302)
      expect(page.location, path).toBe(`/login?redirectTo=${encodeURIComponent(path)}`)
    }
  })
})
