import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Role } from '#db/schema'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { requestCaseAs } from '../fixtures/cases'
import { createMember, createThreadAs, loginAs } from '../fixtures/factories'

let app: TestApp
let threadId: string
beforeAll(async () => {
  app = await startTestApp()
  threadId = (await createThreadAs(app.db, await createMember(app.db))).threadId
})
afterAll(() => app?.close())

const header = (html: string) => html.slice(html.indexOf('<header class="site-header"'), html.indexOf('</header>', html.indexOf('<header class="site-header"')) + 9)
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!)
const staffGroup = (html: string) => html.match(/<details class="staff-menu">[\s\S]*?<\/details>/)?.[0] ?? null

async function as(roles: Role[] | null) {
  return roles === null ? new Client(app) : loginAs(app, await createMember(app.db, { roles }))
}

describe('the header: one menu, staff areas grouped, a search box everywhere', () => {
  test('every page has the search box and the menu as a <details> disclosure holding one navigation list', async () => {
    const member = await as([])
    for (const path of ['/', `/t/${threadId}`, '/experts', '/cases', '/me', '/privacy']) {
      const html = header((await member.get(path)).html)
      expect(html, path).toMatch(/<form method="get" action="\/search" role="search"[^>]*>/)
      expect(html, path).toContain('<label for="header-q" class="visually-hidden">Cari di forum</label>')
      expect(html, path).toMatch(/<details class="site-menu"><summary class="site-menu-toggle">[\s\S]*?<span>Menu<\/span><\/summary>/)
      expect(html.match(/<nav /g), path).toHaveLength(1)
      expect(html.match(/<ul class="nav-list">/g), path).toHaveLength(1)
    }
    // The search page has one search box, its own (with the filters), holding what was searched.
    const search = (await member.get('/search?q=cuti%20tahunan')).html
    expect(header(search)).not.toContain('role="search"')
    expect(search.match(/type="search" name="q"/g)).toHaveLength(1)
    expect(search).toMatch(/<input[^>]*name="q"[^>]*value="cuti tahunan"/)
    // Visitors too, with login and sign-up inside the menu.
    const visitor = header((await new Client(app).get('/')).html)
    expect(visitor).toContain('role="search"')
    expect(hrefs(visitor)).toEqual(expect.arrayContaining(['/login?redirectTo=%2F', '/signup']))
  })

  test('staff areas sit under one "Area staf" entry, with only the links each role may use', async () => {
    const cases: [Role[] | null, string[]][] = [
      [null, []],
      [[], []],
      [['counselor'], []],
      [['moderator'], ['/mod']],
      [['intake'], ['/cases/intake']],
      [['hr'], ['/cases/refer', '/hr/verify']],
      [['admin'], ['/mod', '/cases/intake', '/admin/experts', '/admin/cases', '/admin/stats', '/admin/audit', '/admin/settings', '/admin/reveals']],
    ]
    for (const [roles, staffLinks] of cases) {
      const html = header((await (await as(roles)).get('/')).html)
      const group = staffGroup(html)
      const label = roles?.join() ?? 'visitor'
      if (staffLinks.length === 0) {
        expect(group, label).toBeNull()
      } else {
        expect(visibleText(group!).trim().startsWith('Area staf'), label).toBe(true)
        expect(hrefs(group!), label).toEqual(staffLinks)
        // Nothing staff-only outside the group.
        const outside = hrefs(html.replace(group!, ''))
        for (const link of staffLinks) expect(outside, label).not.toContain(link)
      }
      expect(hrefs(html), label).toEqual(expect.arrayContaining(['/', '/experts']))
    }
  })

  test('on a staff page the staff entry is marked as where the reader is', async () => {
    const admin = await as(['admin'])
    expect(header((await admin.get('/admin/stats')).html)).toContain('<summary class="staff-toggle current">Area staf</summary>')
    expect(header((await admin.get('/')).html)).toContain('<summary class="staff-toggle">Area staf</summary>')
  })

  test('tables keep their column labels for stacked rows on a phone', async () => {
    const admin = await as(['admin'])
    const counts = (await admin.get('/admin/cases')).html
    const firstRow = counts.match(/<tbody><tr>([\s\S]*?)<\/tr>/)![1]!
    const labels = [...firstRow.matchAll(/<td data-label="([^"]+)"/g)].map((m) => m[1])
    expect(labels).toEqual(['Kesejahteraan / psikologis', 'Konseling Kinerja', 'Karier', 'Administrasi kepegawaian'])
    expect((await admin.get('/admin/audit')).html).not.toMatch(/<td>(?!<)/)
    const sessions = (await admin.get('/me/sessions')).html
    expect(sessions).toContain('<td data-label="Perangkat">')
  })
})

describe('quick exit and shared devices', () => {
  test('support and case pages carry a "Keluar cepat" link to a neutral site; forum pages do not', async () => {
    const member = await as([])
    const caseId = await requestCaseAs(member)
    for (const path of ['/support', '/cases', '/cases/new', `/cases/${caseId}`]) {
      const html = (await member.get(path)).html
      const link = html.match(/<a href="([^"]+)" class="quick-exit" rel="noreferrer noopener" referrerPolicy="no-referrer">([\s\S]*?)<\/a>/i)
      expect(link, path).toBeTruthy()
      expect(link![1], path).toBe('https://www.bmkg.go.id/')
      expect(visibleText(link![2]!).trim(), path).toBe('✕ Keluar cepat — langsung membuka situs lain dan menutup halaman ini')
      // It comes before the header, one Tab after the skip link.
      expect(html.indexOf('class="quick-exit"'), path).toBeLessThan(html.indexOf('<header class="site-header"'))
    }
    for (const path of ['/', `/t/${threadId}`, '/me']) expect((await member.get(path)).html, path).not.toContain('class="quick-exit"')
  })

  test('"end the session when the browser closes" gives a session cookie without Max-Age; the default keeps 30 days', async () => {
    const member = await createMember(app.db)
    const page = (await new Client(app).get('/login')).html
    expect(visibleText(page)).toContain('Akhiri sesi saat peramban ditutup')
    expect(page).toMatch(/<input type="checkbox" id="login-end-on-close" name="endOnClose" aria-describedby="login-end-on-close-help"\/>/)

    const sessionCookie = (response: Response) => response.headers.getSetCookie().find((c) => /teduh_session=/.test(c))!
    const shared = new Client(app)
    const onClose = await shared.post('/login', { email: member.email, password: member.password, endOnClose: 'on' })
    expect(onClose.status).toBe(302)
    expect(sessionCookie(onClose.response)).not.toMatch(/max-age|expires/i)
    expect(sessionCookie(onClose.response)).toMatch(/HttpOnly; SameSite=Lax/)
    // The session works like any other (and the server still ends it after its timeouts).
    expect(visibleText(header((await shared.get('/')).html))).toContain(member.pseudonym)

    const own = await new Client(app).post('/login', { email: member.email, password: member.password })
    expect(sessionCookie(own.response)).toContain(`Max-Age=${30 * 24 * 60 * 60}`)
  })
})
