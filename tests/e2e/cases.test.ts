import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

async function asUser(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, options)
  const page = await context.newPage()
  await logIn(page, email)
  return page
}

// The journeys build on each other: escalation opens the case the chat and the session use.
let caseUrl = ''

describe('counseling cases in a browser', () => {
  test('a moderator escalates a post from its menu; intake assigns a counselor', async () => {
    const writer = await asUser('anggota2@teduh.test')
    await writer.goto('/new?category=kesejahteraan')
    const title = `Atasan saya terus menekan dan saya tidak bisa tidur ${uniqueSuffix(5)}`
    await writer.getByLabel('Judul').fill(title)
    await writer.getByLabel('Isi').fill('Sudah sebulan saya sulit tidur karena tekanan dari atasan. Saya tidak tahu harus cerita ke siapa.')
    await writer.getByRole('button', { name: 'Terbitkan' }).click()
    await writer.waitForURL(/\/t\/\d+/)
    const threadUrl = writer.url()

    const moderator = await asUser('moderator@teduh.test')
    await moderator.goto(threadUrl)
    await moderator.locator('.post-opening').getByRole('link', { name: 'Eskalasi' }).click()
    await moderator.waitForURL(/\/mod\/p\/\d+#escalate-case$/)
    await moderator.getByLabel('Jenis kasus').selectOption('wellbeing')
    await moderator.getByLabel('Tingkat urgensi').selectOption('high')
    await moderator.getByLabel('Alasan eskalasi (dibaca konselor dan penulis)').fill('Tanda kelelahan dan tekanan berat dari atasan.')
    await moderator.getByRole('button', { name: 'Eskalasi ke kasus konseling' }).click()
    await moderator.waitForURL(/\/cases\/\d+\/status$/)
    await expectAccessible(moderator, 'case status (moderator)')
    const statusText = await moderator.getByRole('main').innerText()
    expect(statusText).toContain('Baru')
    expect(statusText).not.toContain('Tanda kelelahan')
    caseUrl = new URL(moderator.url()).pathname.replace(/\/status$/, '')
    const caseId = caseUrl.split('/').pop()!

    const intake = await asUser('penerimaan@teduh.test')
    await intake.goto('/cases/intake')
    await expectAccessible(intake, 'intake queue')
    await screenshots(intake, 'intake-queue')
    const choose = intake.getByLabel(`Tugaskan kasus #${caseId} kepada`)
    const counselorId = await choose.locator('option', { hasText: 'MerpatiSabar03' }).getAttribute('value')
    await choose.selectOption(counselorId!)
    await intake.locator(`form:has(input[name="caseId"][value="${caseId}"])`).getByRole('button', { name: 'Tugaskan' }).click()
    await expect.poll(() => intake.getByText('Konselor ditugaskan.').count()).toBe(1)

    // The writer is told in neutral words and finds the case with who-sees-what.
    await writer.goto('/me/notifications')
    expect(await writer.locator('.notification-list').innerText()).toContain('Anda punya pesan baru di Teduh.')
    await writer.goto(caseUrl)
    expect(await writer.getByRole('main').innerText()).toContain('Seorang moderator membuka kasus ini karena peduli pada kiriman Anda.')
    for (const p of [writer, moderator, intake]) await p.context().close()
  })

  test('member and counselor chat live, with read receipts, without reloading', async () => {
    expect(caseUrl).not.toBe('')
    const member = await asUser('anggota2@teduh.test')
    const counselor = await asUser('konselor@teduh.test')
    await member.goto(caseUrl)
    await counselor.goto(caseUrl)
    // Both pages hold their live connection before anyone writes.
    await member.waitForTimeout(500)
    await counselor.getByLabel('Pesan Anda').fill('Halo, saya MerpatiSabar03. Terima kasih sudah mau bercerita.')
    await counselor.getByRole('button', { name: 'Kirim pesan' }).click()
    await expect.poll(() => member.locator('.chat-log').innerText(), { timeout: 10_000 }).toContain('Terima kasih sudah mau bercerita.')
    // The member's page read it: the counselor's own message turns "Dibaca" live.
    await expect.poll(() => counselor.locator('.chat-message.mine').last().innerText(), { timeout: 10_000 }).toContain('Dibaca')
    await member.getByLabel('Pesan Anda').fill('Terima kasih. Saya ingin bicara soal tekanan di kantor.')
    await member.getByRole('button', { name: 'Kirim pesan' }).click()
    await expect.poll(() => counselor.locator('.chat-log').innerText(), { timeout: 10_000 }).toContain('Saya ingin bicara soal tekanan di kantor.')
    expect(await member.getByLabel('Pesan Anda').inputValue()).toBe('')
    await expectAccessible(member, 'case page (member)')
    await expectAccessible(counselor, 'case page (counselor)')
    await screenshots(member, 'case-member')
    await screenshots(counselor, 'case-counselor')
    for (const p of [member, counselor]) await p.context().close()
  })

  test('the counselor proposes a session in the member’s time zone and the member accepts it', async () => {
    const member = await asUser('anggota2@teduh.test')
    const counselor = await asUser('konselor@teduh.test')
    await member.goto(caseUrl)
    await member.getByLabel('Zona waktu Anda').selectOption('Asia/Makassar')
    await member.getByRole('button', { name: 'Simpan zona waktu' }).click()
    await expect.poll(() => member.getByText('Zona waktu tersimpan.').count()).toBe(1)
    await counselor.goto(caseUrl)
    const form = counselor.locator('form#schedule')
    await form.getByLabel('Bentuk sesi').selectOption('video')
    await form.getByLabel(/Tanggal dan jam \(WITA/).fill('2031-01-10T10:00')
    await form.getByLabel('Durasi (menit)').fill('45')
    await form.getByLabel('Tempat atau tautan').fill('https://vicon.contoh.go.id/r/teduh')
    await form.getByRole('button', { name: 'Usulkan sesi' }).click()
    await expect.poll(() => counselor.getByText('Sesi diusulkan kepada anggota.').count()).toBe(1)
    await expect.poll(() => member.locator('.session-list').innerText(), { timeout: 10_000 }).toContain('10.00 WITA')
    await member.getByRole('button', { name: 'Setujui' }).click()
    await expect.poll(() => member.locator('.session-list').innerText()).toContain('Disetujui')
    await expect.poll(() => counselor.locator('.session-list').innerText(), { timeout: 10_000 }).toContain('Disetujui')
    for (const p of [member, counselor]) await p.context().close()
  })

  test('without JavaScript the member still reads and answers the conversation', async () => {
    const member = await asUser('anggota2@teduh.test', { javaScriptEnabled: false })
    await member.goto(caseUrl)
    await member.getByLabel('Pesan Anda').fill('Pesan dari peramban tanpa JavaScript.')
    await member.getByRole('button', { name: 'Kirim pesan' }).click()
    await member.waitForURL(/#chat$/)
    expect(await member.locator('.chat-log').innerText()).toContain('Pesan dari peramban tanpa JavaScript.')
    await member.context().close()
  })

  test('a member asks for a counselor from their page; an HR official refers; the admin sees counts only', async () => {
    const member = await asUser('anggota@teduh.test')
    await member.goto('/me')
    await member.getByRole('link', { name: 'Minta pendampingan konselor' }).click()
    await member.waitForURL(/\/cases\/new$/)
    await expectAccessible(member, 'counseling request')
    await member.getByLabel('Tentang apa?').selectOption('career')
    await member.getByLabel('Pesan pertama untuk konselor (boleh dikosongkan)').fill('Saya ingin berdiskusi soal jalur karier.')
    await member.getByRole('button', { name: 'Kirim permintaan' }).click()
    await expect.poll(() => member.locator('.chat-log').innerText()).toContain('Saya ingin berdiskusi soal jalur karier.')
    await member.goto('/cases')
    await expectAccessible(member, 'my counseling')

    // An HR official refers the member by pseudonym; the list shows no session yet.
    const hr = await asUser('sdm@teduh.test')
    await hr.goto('/cases')
    await hr.getByRole('link', { name: 'Rujuk pegawai ke konseling' }).click()
    await hr.waitForURL(/\/cases\/refer$/)
    await hr.getByLabel('Nama samaran pegawai').fill('RusaTenang05')
    await hr.getByLabel('Alasan rujukan').fill('Capaian kinerja menurun dua triwulan berturut-turut.')
    await hr.getByRole('button', { name: 'Kirim rujukan' }).click()
    await expect.poll(() => hr.getByText('Rujukan terkirim.').count()).toBe(1)
    expect(await hr.getByRole('main').innerText()).toContain('belum ada sesi yang berlangsung')
    await expectAccessible(hr, 'referral page')

    const admin = await asUser('admin@teduh.test')
    await admin.goto('/admin/cases')
    await expectAccessible(admin, 'admin case counts')
    await screenshots(admin, 'admin-case-counts')
    expect(await admin.getByRole('main').innerText()).not.toContain('jalur karier')
    for (const p of [member, hr, admin]) await p.context().close()
  })
})
