import { expect, test } from 'vitest'
import { phoneSegments } from '~/lib/phone-links'

const tels = (text: string) => phoneSegments(text).flatMap((s) => ('tel' in s ? [s.tel] : []))

test('every help number becomes a tel: link, extensions included, and the text reads the same', () => {
  const text = 'Jika Anda dalam bahaya segera, hubungi 112. Layanan konseling kesehatan jiwa: 119 ekstensi 8 (24 jam). Atau (021) 500-454 dan +62 811-1234-567.'
  expect(tels(text)).toEqual(['tel:112', 'tel:119;ext=8', 'tel:021500454', 'tel:+628111234567'])
  expect(phoneSegments(text).map((s) => s.text).join('')).toBe(text)
})

test('hours, days and two-digit counts are not phone numbers', () => {
  expect(tels('Buka 24 jam, 7 hari seminggu, selama 365 hari.')).toEqual([])
  expect(tels('Call 119 ext. 8, open 24 hours.')).toEqual(['tel:119;ext=8'])
})

test('a room or a short count is not dialled; the emergency short numbers are', () => {
  expect(tels('Datang ke ruang 204 di lantai 3, atau telepon 110 dan 113.')).toEqual(['tel:110', 'tel:113'])
})
