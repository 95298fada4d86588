import { describe, expect, test } from 'vitest'
import { csvField, csvFileName, toCsv } from '~/lib/csv'
import { bucketKeys, granularityFor, isIsoDay, presetRange, rangeInstants, todayIn } from '~/lib/stats-range'
import { statsRangeSchema } from '~/schemas/stats'

describe('analytics date ranges', () => {
  test('only real calendar days in YYYY-MM-DD pass', () => {
    expect(isIsoDay('2024-02-29')).toBe(true)
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '01-02-2025', '2025-02-30', 'kemarin', '']) expect(isIsoDay(bad), bad).toBe(false)
  })

  test('days are Jakarta days: the range starts at 00:00 WIB (17:00 UTC the evening before)', () => {
    const { start, end } = rangeInstants({ from: '2025-03-03', to: '2025-03-09' })
    expect(start.toISOString()).toBe('2025-03-02T17:00:00.000Z')
    expect(end.toISOString()).toBe('2025-03-09T17:00:00.000Z')
    expect(todayIn(new Date('2025-03-02T17:30:00Z'))).toBe('2025-03-03')
  })

  test('days up to a month, weeks from Monday up to half a year, months beyond', () => {
    expect(granularityFor({ from: '2025-03-01', to: '2025-03-31' })).toBe('day')
    expect(granularityFor({ from: '2025-03-01', to: '2025-04-01' })).toBe('week')
    expect(granularityFor({ from: '2025-01-01', to: '2025-12-31' })).toBe('month')
    expect(bucketKeys({ from: '2025-03-05', to: '2025-03-20' }, 'week')).toEqual(['2025-03-03', '2025-03-10', '2025-03-17'])
    expect(bucketKeys({ from: '2024-11-15', to: '2025-02-01' }, 'month')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01'])
    expect(bucketKeys({ from: '2025-03-30', to: '2025-04-01' }, 'day')).toEqual(['2025-03-30', '2025-03-31', '2025-04-01'])
  })

  test('presets end today', () => {
    expect(presetRange('7d', '2025-03-09')).toEqual({ from: '2025-03-03', to: '2025-03-09' })
    expect(presetRange('year', '2025-03-09')).toEqual({ from: '2025-01-01', to: '2025-03-09' })
  })

  test('the schema fills a missing end or start and puts errors on the field they concern', () => {
    const schema = statsRangeSchema('2025-03-09')
    expect(schema.parse({})).toEqual({ from: '2024-12-10', to: '2025-03-09' })
    expect(schema.parse({ to: '2025-02-28' })).toEqual({ from: '2024-12-01', to: '2025-02-28' })
    const order = schema.safeParse({ from: '2025-03-10', to: '2025-03-01' })
    expect(order.success ? null : order.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['to', 'errors.dateOrder']])
    const malformed = schema.safeParse({ from: '2025-13-40' })
    expect(malformed.success ? null : malformed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['from', 'errors.dayInvalid']])
  })
})

describe('CSV export', () => {
  test('fields are quoted, quotes doubled, lines end in CRLF, with a UTF-8 byte-order mark', () => {
    expect(toCsv([['Kategori', 'Utas'], ['Gaji, "Tunjangan"', '<5']])).toBe('\uFEFF"Kategori","Utas"\r\n"Gaji, ""Tunjangan""","<5"\r\n')
  })

  test('a field a spreadsheet would run as a formula stays text', () => {
    for (const formula of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '  =1', '＝1']) expect(csvField(formula), formula).toMatch(/^"'/)
    expect(csvField('<5')).toBe('"<5"')
    expect(csvField('12')).toBe('"12"')
  })

  test('file names keep safe characters only', () => {
    expect(csvFileName('teduh', 'activity', '2025-03-03', '../x"y')).toBe('teduh-activity-2025-03-03--x-y.csv')
  })
})
