import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember } from '../fixtures/factories'
import { uniqueSuffix } from '../fixtures/unique'

let app: TestApp
beforeAll(async () => {
  app = await startTestApp()
})
afterAll(() => app?.close())

const goodSignUp = (overrides: Record<string, string> = {}) => ({
  email: `Pegawai.${Math.random().toString(36).slice(2, 8)}@Contoh.go.id`,
  password: 'pohon-mangga-di-halaman',
  pseudonym: `Jalak${uniqueSuffix()}`,
  consent: 'on',
  ...overrides,
})

describe('sign-up', () => {
  test('the form suggests an Indonesian pseudonym and asks for consent to the versioned notice', async () => {
    const page = await new Client(app).get('/signup')
    expect(page.status).toBe(200)
    expect(page.html).toMatch(/name="pseudonym"[^>]*value="[A-Z][a-z]+[A-Z][a-z]+\d{2}"/)
    expect(page.html).toContain('versi 2026-11-01')
    expect(page.html).toMatch(/<label for="[^"]+">Email/)
  })

  test('a good sign-up creates the account, the member role, the consent record and a session', async () => {
    const client = new Client(app)
    const fields = goodSignUp()
    const page = await client.post('/signup', fields)
    expect(page.status).toBe(302)
    expect(page.location).toBe('/me/welcome')
    const user = await app.db
      .selectFrom('users')
      .select(['id', 'email', 'password_hash', 'pseudonym'])
      .where('pseudonym', '=', fields.pseudonym)
      .executeTakeFirstOrThrow()
    expect(user.email).toBe(fields.email.toLowerCase())
    expect(user.password_hash).toMatch(/^\$argon2id\$/)
    const roles = await app.db.selectFrom('user_roles').select('role').where('user_id', '=', user.id).execute()
    expect(roles.map((r) => r.role)).toEqual(['member'])
    const consent = await app.db.selectFrom('consents').select(['version', 'accepted_at']).where('user_id', '=', user.id).executeTakeFirstOrThrow()
    expect(consent.version).toBe('2026-11-01')
    expect(consent.accepted_at).toBeInstanceOf(Date)
    const home = await client.get('/')
    expect(visibleText(home.html)).toContain(fields.pseudonym)
  })

  test('empty fields are refused with translated errors beside each field', async () => {
    const page = await new Client(app).post('/signup', { email: '', password: '', pseudonym: '' })
    expect(page.status).toBe(400)
    const text = visibleText(page.html)
    expect(text.match(/Wajib diisi\./g)?.length).toBe(3)
    expect(text).toContain('Anda perlu menyetujui pemberitahuan privasi')
    expect(page.html).toMatch(/aria-invalid="true"[^>]*aria-describedby="[^"]*email[^"]*-error/)
  })

  test('errors are in English after switching language, and typed values are kept (never the password)', async () => {
    const client = new Client(app)
    await client.post('/language', { lng: 'en', redirectTo: '/signup' })
    const page = await client.post('/signup', goodSignUp({ email: 'bukan-email', pseudonym: 'RusaKeren77' }))
    expect(page.status).toBe(400)
    expect(page.html).toContain('lang="en"')
    expect(visibleText(page.html)).toContain('Enter a valid email address.')
    expect(page.html).toContain('value="bukan-email"')
    expect(page.html).toContain('value="RusaKeren77"')
    expect(page.html).not.toContain('pohon-mangga-di-halaman')
  })

  test('too long values are refused', async () => {
    const page = await new Client(app).post('/signup', goodSignUp({ pseudonym: 'Panjang'.repeat(6), email: `${'a'.repeat(250)}@x.id`, password: 'x'.repeat(201) }))
    expect(page.status).toBe(400)
    const text = visibleText(page.html)
    expect(text).toContain('Nama samaran maksimal 30 karakter.')
    expect(text).toContain('Email terlalu panjang')
    expect(text).toContain('Kata sandi maksimal 200 karakter.')
  })

  test('weak passwords are refused: short, common, repetitive, or containing the pseudonym', async () => {
    const client = new Client(app)
    for (const [password, message] of [
      ['pendek', 'Kata sandi minimal 10 karakter.'],
      ['password123', 'terlalu mudah ditebak'],
      ['aaaaaaaaaaaa', 'terlalu mudah ditebak'],
      ['ElangGesit90-rahasia', 'tidak boleh memuat email atau nama samaran'],
    ] as const) {
      const page = await client.post('/signup', goodSignUp({ password, pseudonym: 'ElangGesit90' }))
      expect(page.status, password).toBe(400)
      expect(visibleText(page.html), password).toContain(message)
    }
    const count = await app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).where('pseudonym', '=', 'ElangGesit90').executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(0)
  })

  test('a duplicate pseudonym is refused case-insensitively and after folding look-alikes', async () => {
    await createMember(app.db, { pseudonym: 'RusaBiru' })
    for (const lookalike of ['rusabiru', 'Rusa_Biru', 'Rus\u0430Biru' /* Cyrillic a */, 'RusaB1ru', 'Rusa-Bíru']) {
      const page = await new Client(app).post('/signup', goodSignUp({ pseudonym: lookalike }))
      expect(page.status, lookalike).toBe(400)
      expect(visibleText(page.html), lookalike).toContain('sudah dipakai')
    }
  })

  test('invisible and bidi control characters are refused', async () => {
    for (const sneaky of ['Rusa\u200bHijau', 'Rusa\u202eHijau', 'Rusa\u2066Hijau']) {
      const page = await new Client(app).post('/signup', goodSignUp({ pseudonym: sneaky }))
      expect(page.status).toBe(400)
      expect(visibleText(page.html)).toContain('karakter tak terlihat')
    }
  })

  test('pseudonyms that impersonate staff are refused', async () => {
    for (const name of ['Admin', 'ModeratorTeduh', 'konselor_resmi', 'BKN_Pusat', 'Adm1n', 'Anonim1234']) {
      const page = await new Client(app).post('/signup', goodSignUp({ pseudonym: name }))
      expect(page.status, name).toBe(400)
      expect(visibleText(page.html), name).toContain('menyerupai nama petugas')
    }
  })

  test('an email already registered cannot sign up again', async () => {
    const existing = await createMember(app.db)
    const page = await new Client(app).post('/signup', goodSignUp({ email: existing.email.toUpperCase() }))
    expect(page.status).toBe(400)
    expect(visibleText(page.html)).toContain('Email ini tidak dapat digunakan')
  })

  test('sign-up without the CSRF token is rejected and creates nothing', async () => {
    const fields = goodSignUp()
    const page = await new Client(app).post('/signup', fields, { csrf: null })
    expect(page.status).toBe(403)
    const row = await app.db.selectFrom('users').select('id').where('pseudonym', '=', fields.pseudonym).executeTakeFirst()
    expect(row).toBeUndefined()
  })

  test('sign-ups from one address are rate limited with a translated 429', async () => {
    const ip = '192.0.2.77'
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await new Client(app, ip).post('/signup', goodSignUp())).status)
    expect(statuses).toEqual([302, 302, 302, 302, 302])
    const page = await new Client(app, ip).post('/signup', goodSignUp())
    expect(page.status).toBe(429)
    expect(page.response.headers.get('Retry-After')).toMatch(/^\d+$/)
    expect(visibleText(page.html)).toContain('Terlalu banyak percobaan')
    expect((await new Client(app, '192.0.2.78').post('/signup', goodSignUp())).status).toBe(302)
  })
})
