import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

describe('data rights in a browser', () => {
  test('a new member withdraws email consent, downloads their data, corrects their pseudonym and deletes the account', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    const email = `hak.${uniqueSuffix(6)}@contoh.go.id`
    const password = 'pohon-beringin-rindang'
    await page.goto('/signup')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Kata sandi').fill(password)
    await page.getByLabel('Nama samaran').fill(`Tupai${uniqueSuffix(5)}`)
    await page.getByLabel(/Saya telah membaca dan menyetujui/).check()
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await page.waitForURL((url) => url.pathname === '/me/welcome')

    await page.goto('/me')
    await expectAccessible(page, 'account with data rights')
    await screenshots(page, 'account-data-rights')
    await page.getByRole('button', { name: 'Tarik persetujuan email' }).click()
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Persetujuan email ditarik')
    await expect.poll(() => page.getByRole('button', { name: 'Izinkan email pemberitahuan' }).isVisible()).toBe(true)

    await page.getByRole('link', { name: 'Unduh data saya' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Unduh data saya')
    await expectAccessible(page, 'export')
    await page.getByLabel('Kata sandi Anda').fill('bukan-kata-sandi')
    await page.getByRole('button', { name: 'Unduh berkas JSON' }).click()
    await expect.poll(() => page.getByText('Kata sandi salah.').isVisible()).toBe(true)
    await expectAccessible(page, 'export with error')
    await page.getByLabel('Kata sandi Anda').fill(password)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh berkas JSON' }).click()])
    expect(download.suggestedFilename()).toMatch(/^teduh-data-\d{4}-\d{2}-\d{2}\.json$/)
    const stream = await download.createReadStream()
    let text = ''
    for await (const chunk of stream) text += chunk.toString()
    const file = JSON.parse(text)
    expect(file.account.email).toBe(email)
    expect(file.consents.map((c: { decision: string }) => c.decision)).toContain('withdrawn')

    await page.goto('/me/edit')
    await expectAccessible(page, 'correct my data')
    await screenshots(page, 'correct-my-data')
    await page.getByLabel('Nama samaran baru').fill('Moderator_Baik')
    await page.getByRole('button', { name: 'Ganti nama samaran' }).click()
    await expect.poll(() => page.getByText('Nama samaran ini menyerupai nama petugas atau sistem').isVisible()).toBe(true)
    expect(await page.getByLabel('Nama samaran baru').inputValue()).toBe('Moderator_Baik')
    await expectAccessible(page, 'correct my data with an error')
    const renamed = `Kijang${uniqueSuffix(5)}`
    await page.getByLabel('Nama samaran baru').fill(renamed)
    await page.getByRole('button', { name: 'Ganti nama samaran' }).click()
    await expect.poll(() => page.getByText(`Nama samaran sekarang: ${renamed}`).isVisible()).toBe(true)

    await page.goto('/me/delete')
    await expectAccessible(page, 'delete account')
    await page.getByLabel('Kiriman tetap ada dengan nama "Anggota terhapus"').check()
    await page.getByLabel('Kata sandi Anda').fill(password)
    await page.getByRole('button', { name: 'Lanjut ke konfirmasi' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Konfirmasi penghapusan')
    await expectAccessible(page, 'delete confirmation')
    await screenshots(page, 'delete-confirmation')
    await page.getByRole('button', { name: 'Hapus akun saya sekarang' }).click()
    await expect.poll(() => page.getByText('Centang kotak ini untuk menyatakan Anda mengerti.').isVisible()).toBe(true)
    await page.getByLabel('Saya mengerti bahwa penghapusan ini tidak dapat dibatalkan.').check()
    await page.getByRole('button', { name: 'Hapus akun saya sekarang' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Akun Anda telah dihapus')
    await expect.poll(() => page.getByRole('link', { name: 'Masuk', exact: true }).first().isVisible()).toBe(true)
    await context.close()
  })

  test('the admin reveal page is accessible and asks for a reason', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logIn(page, 'admin@teduh.test')
    await page.goto('/admin/reveals')
    await expectAccessible(page, 'email reveals')
    await page.getByLabel('Nama samaran anggota').fill('RusaTenang05')
    await page.getByLabel('Alasan').fill('singkat')
    await page.getByRole('button', { name: 'Ajukan permintaan' }).click()
    await expect.poll(() => page.getByText('Tulis alasan minimal 15 karakter.').isVisible()).toBe(true)
    expect(await page.getByLabel('Alasan').inputValue()).toBe('singkat')
    await expectAccessible(page, 'email reveals with an error')
    await screenshots(page, 'email-reveals')
    await context.close()
  })
})
