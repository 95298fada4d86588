import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickNavLink, expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

// Verified employee, still pseudonymous, at phone width (390 px): the email way up to the code
// step (its errors beside the field), the HR way end to end, the badge, the admin settings.
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

async function asUser(email: string, width = 390): Promise<Page> {
  const context = await newContext(browser, { width })
  const page = await context.newPage()
  await logIn(page, email)
  return page
}

/** Nothing wider than the screen: no sideways scrolling at 390 px. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
}

describe('employee verification in a browser at 390 px', () => {
  test('a member is refused an off-list domain, is sent an email code (a wrong one is refused), then is verified by an HR official and shows the badge', async () => {
    const member = await asUser('anggota2@teduh.test')
    await member.goto('/me')
    await member.getByRole('link', { name: 'Verifikasi sebagai pegawai' }).click()
    await member.waitForURL('**/me/verify')
    await expect.poll(() => member.getByRole('heading', { level: 1, name: 'Verifikasi pegawai' }).count()).toBe(1)
    await expectAccessible(member, 'verification page')
    await expectNoSidewaysScroll(member)

    const address = member.getByRole('textbox', { name: 'Email kantor', exact: true })
    await address.fill('penyu.riang@gmail.com')
    await member.getByRole('button', { name: 'Kirim kode' }).click()
    await expect.poll(() => member.getByText('Domain "gmail.com" tidak termasuk daftar domain instansi yang diizinkan.').count()).toBe(1)
    expect(await address.getAttribute('aria-invalid')).toBe('true')
    expect(await address.inputValue()).toBe('penyu.riang@gmail.com')
    await expectAccessible(member, 'verification page, domain refused')

    await address.fill('penyu.riang@bkn.go.id')
    await member.getByRole('button', { name: 'Kirim kode' }).click()
    await expect.poll(() => member.getByText('Kode telah dikirim.').count()).toBe(1)
    const code = member.getByLabel('Kode dari email (6 angka)')
    await code.fill('000000')
    await member.getByRole('button', { name: 'Verifikasi', exact: true }).click()
    await expect.poll(() => member.getByText(/Kode salah|Kode sudah tidak berlaku/).count()).toBe(1)
    await expectAccessible(member, 'verification page, wrong code')

    // The HR way: the code is shown once, on this screen.
    await member.getByRole('button', { name: 'Buat kode untuk pejabat SDM' }).click()
    await expect.poll(() => member.getByText(/Kode Anda: [A-Z2-9]{4}-[A-Z2-9]{4}/).count()).toBe(1)
    const shown = (await member.getByText(/Kode Anda:/).innerText()).match(/[A-Z2-9]{4}-[A-Z2-9]{4}/)![0]
    await expectAccessible(member, 'verification page, HR code shown')
    await screenshots(member, 'verify-hr-code')

    const hr = await asUser('sdm@teduh.test')
    await clickNavLink(hr, 'Konfirmasi pegawai')
    await hr.waitForURL('**/hr/verify')
    await expectAccessible(hr, 'HR confirmation page')
    await expectNoSidewaysScroll(hr)
    await hr.getByLabel('Kode dari pegawai').fill('ZZZZ-ZZZZ')
    await hr.getByRole('button', { name: 'Konfirmasi pegawai' }).click()
    await expect.poll(() => hr.getByText('Kode tidak dikenal atau sudah tidak berlaku.').count()).toBe(1)
    await expectAccessible(hr, 'HR confirmation page, unknown code')
    await hr.getByLabel('Kode dari pegawai').fill(shown.toLowerCase())
    await hr.getByLabel('Nama instansi (opsional)').fill('Badan Kepegawaian Negara')
    await hr.getByRole('button', { name: 'Konfirmasi pegawai' }).click()
    await expect.poll(() => hr.getByText(/Pegawai telah terverifikasi sampai/).count()).toBe(1)
    // The official never sees who it was.
    expect(await hr.content()).not.toContain('PenyuRiang06')
    await expectAccessible(hr, 'HR confirmation page, confirmed')
    await screenshots(hr, 'verify-hr-confirmed')

    await member.goto('/me/verify')
    await expect.poll(() => member.getByText(/Anda pegawai terverifikasi sejak/).count()).toBe(1)
    await member.getByLabel('Tampilkan nama instansi pada lencana saya').check()
    await member.getByRole('button', { name: 'Simpan pilihan' }).click()
    await expect.poll(() => member.getByText('Pilihan Anda disimpan.').count()).toBe(1)
    await expectAccessible(member, 'verification page, verified')
    await expectNoSidewaysScroll(member)
    await screenshots(member, 'verify-verified')

    await member.goto('/u/PenyuRiang06')
    await expect.poll(() => member.getByText('Pegawai terverifikasi · Badan Kepegawaian Negara').count()).toBe(1)
    await expectAccessible(member, 'profile with the employee badge')
    await expectNoSidewaysScroll(member)

    // An anonymous post by the same member shows no badge.
    await member.goto('/new?category=mutasi')
    await member.getByLabel('Judul').fill(`Mutasi ke kantor regional ${Date.now().toString(36)}`)
    await member.getByLabel('Isi').fill('Berapa lama biasanya proses mutasi ke kantor regional?')
    await member.getByLabel('Kirim sebagai Anonim').check()
    await member.getByRole('button', { name: 'Terbitkan' }).click()
    await member.waitForURL(/\/t\/\d+/)
    expect(await member.locator('.post-opening').innerText()).not.toContain('Pegawai terverifikasi')
    expect(await member.locator('.post-opening .employee-badge').count()).toBe(0)
  })

  test('an admin edits the allow-list, the validity and the verified-only categories', async () => {
    const admin = await asUser('admin@teduh.test')
    await admin.goto('/admin/settings')
    await expect.poll(() => admin.getByRole('heading', { name: 'Verifikasi pegawai' }).count()).toBe(1)
    const domains = admin.getByLabel('Domain email kantor yang diizinkan')
    await domains.fill('*.go.id\nbukan domain')
    await admin.getByRole('button', { name: 'Simpan pengaturan verifikasi' }).click()
    await expect.poll(() => admin.getByText(/Baris 2 bukan aturan domain yang valid/).count()).toBe(1)
    await expectAccessible(admin, 'admin settings, bad domain line')
    await domains.fill('*.go.id\nbkn.go.id = Badan Kepegawaian Negara')
    await admin.getByRole('button', { name: 'Simpan pengaturan verifikasi' }).click()
    await expect.poll(() => admin.getByText('Pengaturan disimpan.').count()).toBe(1)
    expect(await admin.getByLabel('Domain email kantor yang diizinkan').inputValue()).toContain('bkn.go.id = Badan Kepegawaian Negara')
    await expectAccessible(admin, 'admin settings')
    await expectNoSidewaysScroll(admin)
  })
})
