import { describe, expect, test } from 'vitest'
import { applyPiiDecision, findPii, redactPii } from '~/lib/pii'

describe('personal data detection', () => {
  test.each([
    ['NIP saya 198503122010011002 mohon dibantu', 'nip', '198503122010011002'],
    ['NIP: 19850312 201001 1 002', 'nip', '19850312 201001 1 002'],
    ['nip 19900101-201502-2-005 golongan III/a', 'nip', '19900101-201502-2-005'],
    ['NIK KTP 3174015203850002', 'nik', '3174015203850002'],
    ['hubungi 081234567890', 'phone', '081234567890'],
    ['WA 0812-3456-7890 ya', 'phone', '0812-3456-7890'],
    ['nomor +62 812 3456 7890', 'phone', '+62 812 3456 7890'],
    ['telp 6281234567890', 'phone', '6281234567890'],
    ['kantor (021) 5201234', 'phone', '(021) 5201234'],
    ['email budi.santoso@kemenkeu.go.id', 'email', 'budi.santoso@kemenkeu.go.id'],
    ['surel: rina_w+hr@gmail.com', 'email', 'rina_w+hr@gmail.com'],
  ])('finds it in "%s"', (text, kind, match) => {
    expect(findPii(text)).toEqual([expect.objectContaining({ kind, text: match })])
  })

  test.each([
    'TMT 01-04-2024 saya naik pangkat',
    'tanggal 12/08/2024 pukul 08.00',
    'gaji pokok Rp 4.500.000 dan tunjangan Rp1.250.000,00',
    'angka kredit 150,5 dari 200',
    'PP 94 Tahun 2021 pasal 8 ayat 2',
    'golongan III/b sejak 2019, masa kerja 12 tahun 3 bulan',
    'Tahun anggaran 2025 nomor surat 800/1234/BKD/2024',
    'skor 08 12 2024',
    'kode pos 40115, RT 03 RW 07',
    'total Rp 120.000.000 untuk 18 bulan',
  ])('ignores the look-alike "%s"', (text) => {
    expect(findPii(text)).toEqual([])
  })

  test('redaction replaces every finding and nothing else', () => {
    const text = 'NIP 198503122010011002, HP 081234567890, pada 12-08-2024 gaji Rp 4.500.000.'
    expect(redactPii(text)).toBe('NIP [disamarkan], HP [disamarkan], pada 12-08-2024 gaji Rp 4.500.000.')
  })

  test('the publish gate: notice without a decision, redaction with "redact", as written with "keep"', () => {
    const body = 'Hubungi saya di 081234567890'
    expect(applyPiiDecision({ body }).notice?.findings).toEqual([{ kind: 'phone', text: '081234567890' }])
    expect(applyPiiDecision({ body, decision: 'redact' })).toEqual({ body: 'Hubungi saya di [disamarkan]', title: undefined, notice: null })
    expect(applyPiiDecision({ body, decision: 'keep' })).toEqual({ body, title: undefined, notice: null })
    expect(applyPiiDecision({ body: 'Tidak ada data pribadi.' }).notice).toBeNull()
  })
})
