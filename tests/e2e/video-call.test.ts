import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

// Issue 15, parts 4 and 5, in a browser: two browser contexts (a member and the counselor) join a
// video session's call with Chromium's fake camera and microphone and really connect
// (RTCPeerConnection 'connected'); then closing the case asks first, because of an accepted session.

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser([
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    // Host candidates as plain addresses: both contexts run on this one machine, without multicast DNS.
    '--disable-features=WebRtcHideLocalIpsWithMdns',
  ])
})
afterAll(() => browser?.close())

/** The wall-clock time `minutes` from now in WIB, as a datetime-local field takes it. */
const wib = (minutes: number) => new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16)

async function proposeVideoSession(counselor: Page, startsAt: string) {
  const form = counselor.locator('form#schedule')
  await form.getByLabel('Bentuk sesi').selectOption('video')
  await form.getByLabel(/Tanggal dan jam/).fill(startsAt)
  await form.getByLabel('Durasi (menit)').fill('45')
  await form.getByRole('button', { name: 'Usulkan sesi' }).click()
  await expect.poll(() => counselor.getByText('Sesi diusulkan kepada anggota.').count()).toBe(1)
}

const callState = (page: Page) => page.locator('.call-status').getAttribute('data-state')

test('a video session: both join the call and connect, audio-only is told to the other side; closing the case then asks first and tells the member', async () => {
  // A member of its own, so the case is only this journey's.
  const memberContext = await newContext(browser)
  await memberContext.grantPermissions(['camera', 'microphone'])
  const member = await memberContext.newPage()
  await member.goto('/signup')
  await member.getByLabel('Email').fill(`video.${uniqueSuffix(6)}@contoh.go.id`)
  await member.getByLabel('Kata sandi').fill('pohon-beringin-rindang')
  await member.getByLabel(/Saya telah membaca dan menyetujui/).check()
  await member.getByRole('button', { name: 'Buat akun' }).click()
  await member.waitForURL((url) => url.pathname !== '/signup')
  const pseudonym = (await member.locator('header .pseudonym').first().innerText()).trim()
  await member.goto('/cases/new')
  await member.getByLabel('Tentang apa?').selectOption('wellbeing')
  await member.getByRole('button', { name: 'Kirim permintaan' }).click()
  await member.waitForURL(/\/cases\/\d+$/)
  const caseUrl = new URL(member.url()).pathname
  const caseId = caseUrl.split('/').pop()!

  const intakeContext = await newContext(browser)
  const intake = await intakeContext.newPage()
  await logIn(intake, 'penerimaan@teduh.test')
  await intake.goto('/cases/intake')
  const choose = intake.getByLabel(`Tugaskan kasus #${caseId} kepada`)
  const counselorId = await choose.locator('option', { hasText: 'MerpatiSabar03' }).getAttribute('value')
  await choose.selectOption(counselorId!)
  await intake.locator(`form:has(input[name="caseId"][value="${caseId}"])`).getByRole('button', { name: 'Tugaskan' }).click()
  await expect.poll(() => intake.getByText('Konselor ditugaskan.').count()).toBe(1)
  await intakeContext.close()

  const counselorContext = await newContext(browser)
  await counselorContext.grantPermissions(['camera', 'microphone'])
  const counselor = await counselorContext.newPage()
  await logIn(counselor, 'konselor@teduh.test')
  await counselor.goto(caseUrl)
  // One session now (its call is open), one tomorrow (for the closure below).
  await proposeVideoSession(counselor, wib(3))
  await proposeVideoSession(counselor, wib(26 * 60))

  await member.goto(caseUrl)
  for (let i = 0; i < 2; i++) {
    await member.locator('#sessions').getByRole('button', { name: 'Setujui' }).first().click()
    await expect.poll(() => member.getByText('Sesi disetujui.').count()).toBeGreaterThan(0)
    await member.waitForLoadState('networkidle')
  }
  await expect.poll(() => member.locator('#sessions').getByRole('button', { name: 'Setujui' }).count()).toBe(0)
  // Only the session whose window is open has the button; the other says when it opens.
  await expect.poll(() => member.getByRole('link', { name: 'Gabung panggilan video' }).count()).toBe(1)
  expect(await member.locator('#sessions').innerText()).toContain('Panggilan belum dibuka.')
  await expectAccessible(member, 'case page with a join button')
  await screenshots(member, 'case-sessions-join')
  await member.getByRole('link', { name: 'Gabung panggilan video' }).click()
  await member.waitForURL(/\/sessions\/\d+\/call$/)
  const callUrl = new URL(member.url()).pathname
  await expectAccessible(member, 'video call, before joining')

  await counselor.goto(callUrl)
  await counselor.getByRole('button', { name: 'Mulai panggilan' }).click()
  await expect.poll(() => callState(counselor)).toBe('waiting')
  await member.getByRole('button', { name: 'Mulai panggilan' }).click()
  await expect.poll(() => callState(member), { timeout: 30_000 }).toBe('connected')
  await expect.poll(() => callState(counselor), { timeout: 30_000 }).toBe('connected')
  // Each side receives the other's fake camera and microphone.
  const remoteTracks = (page: Page) => page.locator('video.call-remote').evaluate((v) => ((v as HTMLVideoElement).srcObject as MediaStream | null)?.getTracks().map((t) => t.kind).sort() ?? [])
  await expect.poll(() => remoteTracks(member)).toEqual(['audio', 'video'])
  await expect.poll(() => remoteTracks(counselor)).toEqual(['audio', 'video'])
  expect(await member.getByRole('status').innerText()).toContain('Tersambung.')
  await expectAccessible(member, 'video call, connected')
  await screenshots(member, 'video-call')

  // Audio only for a weak connection: the other side is told, the chat is one link away.
  const audioOnly = member.getByRole('button', { name: 'Suara saja' })
  await audioOnly.click()
  await expect.poll(() => audioOnly.getAttribute('aria-pressed')).toBe('true')
  await expect.poll(() => counselor.getByText('Lawan bicara memakai suara saja.').count()).toBe(1)
  expect(await member.getByRole('link', { name: 'Koneksi lemah? Buka obrolan kasus' }).getAttribute('href')).toBe(`${caseUrl}#chat`)
  expect(await callState(member)).toBe('connected')

  // Hanging up: the counselor's page goes back to waiting.
  await member.getByRole('button', { name: 'Akhiri panggilan' }).click()
  await expect.poll(() => callState(member)).toBe('ended')
  await expect.poll(() => callState(counselor), { timeout: 15_000 }).toBe('waiting')
  await counselor.getByRole('button', { name: 'Akhiri panggilan' }).click()

  // Closing the case with tomorrow's accepted session: a confirmation that lists it first.
  await counselor.goto(caseUrl)
  const close = counselor.locator('form#close')
  await close.getByLabel('Hasil').selectOption('resolved')
  await close.getByRole('button', { name: 'Tutup kasus' }).click()
  const confirm = counselor.getByRole('alert').filter({ hasText: 'Kasus ini masih punya sesi yang disetujui' })
  await expect.poll(() => confirm.count()).toBe(1)
  expect(await confirm.innerText()).toMatch(/Panggilan video · 45 menit/)
  await expectAccessible(counselor, 'close with an accepted session: confirmation')
  await screenshots(counselor, 'close-confirm')
  await close.getByRole('button', { name: 'Tutup kasus dan batalkan sesi' }).click()
  await expect.poll(() => counselor.getByText('Kasus ditutup.').count()).toBe(1)

  await member.goto('/me/notifications')
  expect(await member.locator('.notification-list').innerText()).toContain('Sesi Anda di Teduh dibatalkan.')
  await member.goto(caseUrl)
  expect(await member.locator('#sessions').innerText()).toContain('Dibatalkan')
  expect(await member.getByRole('link', { name: 'Gabung panggilan video' }).count()).toBe(0)

  // The HR official's refer form: a refused attempt's error is gone after the next one succeeds.
  const hrContext = await newContext(browser)
  const hr = await hrContext.newPage()
  await logIn(hr, 'sdm@teduh.test')
  await hr.goto('/cases/refer')
  await hr.getByLabel('Nama samaran pegawai').fill(`TidakAda${uniqueSuffix(4)}`)
  await hr.getByLabel('Alasan rujukan').fill('Penurunan kinerja tiga bulan terakhir.')
  await hr.getByRole('button', { name: 'Kirim rujukan' }).click()
  await expect.poll(() => hr.getByText('Tidak ada anggota dengan nama samaran itu.').count()).toBe(1)
  await hr.getByLabel('Nama samaran pegawai').fill(pseudonym)
  await hr.getByRole('button', { name: 'Kirim rujukan' }).click()
  await expect.poll(() => hr.getByText('Rujukan terkirim.').count()).toBeGreaterThan(0)
  expect(await hr.getByText('Tidak ada anggota dengan nama samaran itu.').count()).toBe(0)
  expect(await hr.getByLabel('Nama samaran pegawai').inputValue()).toBe('')
  // Each referral in the list links its status page.
  const statusLink = hr.locator('.referral-list a').first()
  expect(await statusLink.getAttribute('href')).toMatch(/^\/cases\/\d+\/status$/)
  await expectAccessible(hr, 'referrals with status links')
  await screenshots(hr, 'referrals-status-links')
  await statusLink.click()
  await hr.waitForURL(/\/cases\/\d+\/status$/)
  for (const context of [memberContext, counselorContext, hrContext]) await context.close()
}, 240_000)
