import { describe, expect, test } from 'vitest'
import { describeFlagDetail } from '~/lib/flag-detail'
import { mentionedNames, renderMarkdown } from '~/lib/markdown.server'
import { applyFormat, shortcutFor } from '~/lib/markdown-format'
import { patternAvatar } from '~/lib/pattern-avatar'
import { pseudonymKey } from '~/lib/pseudonym'

const at = (value: string, start: number, end = start) => ({ value, start, end })

describe('the Markdown toolbar', () => {
  test('bold wraps the selection (spaces stay outside) or inserts a selected placeholder', () => {
    expect(applyFormat('bold', at('cuti tahunan', 5, 12), 'teks')).toEqual({ value: 'cuti **tahunan**', start: 7, end: 14 })
    expect(applyFormat('bold', at('a  b ', 1, 5), 'teks').value).toBe('a  **b** ')
    expect(applyFormat('bold', at('', 0), 'teks tebal')).toEqual({ value: '**teks tebal**', start: 2, end: 12 })
  })

  test('link keeps the text and selects the address to type', () => {
    const next = applyFormat('link', at('lihat BKN ya', 6, 9), 'teks')
    expect(next.value).toBe('lihat [BKN](https://) ya')
    expect(next.value.slice(next.start, next.end)).toBe('https://')
  })

  test('list and quote prefix every selected line and start a block after a paragraph', () => {
    expect(applyFormat('list', at('satu\ndua', 0, 8), '').value).toBe('- satu\n- dua')
    expect(applyFormat('quote', at('Paragraf.\nkutip ini', 12), '').value).toBe('Paragraf.\n\n> kutip ini')
    expect(renderMarkdown(applyFormat('list', at('Langkah:\nsatu\ndua', 10, 17), '').value)).toContain('<li>satu</li>')
  })

  test('shortcuts: Ctrl+B, Ctrl+K, Ctrl+Shift+8, Ctrl+Shift+. (by physical key); Alt or no Ctrl is not one', () => {
    const key = (k: string, o: Partial<{ code: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
      shortcutFor({ key: k, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, ...o })
    expect(key('b')).toBe('bold')
    expect(key('B')).toBe('bold')
    expect(key('k')).toBe('link')
    expect(key('*', { code: 'Digit8', shiftKey: true })).toBe('list')
    expect(key('>', { code: 'Period', shiftKey: true })).toBe('quote')
    expect(key('b', { altKey: true })).toBeNull()
    expect(key('b', { ctrlKey: false })).toBeNull()
    expect(key('b', { shiftKey: true })).toBeNull()
  })
})

describe('@mentions in the pipeline', () => {
  const mentions = new Map([[pseudonymKey('Rusa_Biru'), 'Rusa_Biru']])
  test('only a known member is linked, by key, under their own spelling; sentence punctuation is not part of the name', () => {
    const html = renderMarkdown('Tanya @rusabiru. Atau @Orang_Lain!', { mentions, mentionKey: pseudonymKey })
    expect(html).toContain('<a href="/u/Rusa_Biru" class="mention" rel="nofollow ugc noopener">@Rusa_Biru</a>.')
    expect(html).toContain('@Orang_Lain!')
    expect(html.match(/<a /g)).toHaveLength(1)
  })
  test('names are found outside code only; emails are not mentions', () => {
    expect(mentionedNames('Hai @Satu, `@Dua`, surat@Tiga.go.id\n\n    @Empat')).toEqual(['Satu'])
  })
  test('without a lookup nothing is linked, and a typed class="mention" link is escaped', () => {
    expect(renderMarkdown('@Rusa_Biru <a class="mention" href="/x">x</a>')).not.toContain('<a ')
  })
})

describe('the pattern avatar', () => {
  test('is the same for the same pseudonym, differs between pseudonyms, and is mirror-symmetric', () => {
    const a = patternAvatar('RusaBiru07')
    expect(patternAvatar('RusaBiru07')).toEqual(a)
    expect(patternAvatar('ElangGesit90')).not.toEqual(a)
    const cells = new Set(a.cells.map(([x, y]) => `${x},${y}`))
    for (const [x, y] of a.cells) expect(cells.has(`${4 - x},${y}`)).toBe(true)
    expect(a.cells.length).toBeGreaterThan(0)
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('automatic flag details, translated', () => {
  test('crisis hits become direct/indirect parts with their phrases (a phrase may hold "; ")', () => {
    expect(describeFlagDetail('crisis', 'direct: ingin mengakhiri hidup; indirect: film; sedih')).toEqual([
      { key: 'flagDetail.direct', values: { phrase: 'ingin mengakhiri hidup' } },
      { key: 'flagDetail.indirect', values: { phrase: 'film; sedih' } },
    ])
  })
  test('personal data kinds, link counts and repeats; a member\'s own words are shown as stored', () => {
    expect(describeFlagDetail('personal_data', 'email, nip')).toEqual([{ key: 'pii.email' }, { key: 'pii.nip' }])
    expect(describeFlagDetail('spam', '4 links')).toEqual([{ key: 'flagDetail.links', values: { count: 4 } }])
    expect(describeFlagDetail('spam', 'same text in another thread')).toEqual([{ key: 'flagDetail.repeated' }])
    expect(describeFlagDetail('other', 'direct: kata anggota', 'member')).toEqual([{ key: 'flagDetail.asStored', values: { detail: 'direct: kata anggota' } }])
  })
})
