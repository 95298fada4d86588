import { expect, test } from 'vitest'
import { markdownToPlainText, MAX_NESTING, renderMarkdown } from '~/lib/markdown.server'

// Deeply nested Markdown used to overflow marked's stack (an HTTP 500, and the post lost with
// any crisis sentence in it). Nesting past MAX_NESTING now renders as text, quickly.
const count = (html: string, tag: string) => html.match(new RegExp(`<${tag}>`, 'g'))?.length ?? 0

test('10,000 quote markers render, at most MAX_NESTING deep, with the sentence kept', () => {
  const started = Date.now()
  const html = renderMarkdown(`${'>'.repeat(10_000)} saya ingin mengakhiri hidup`)
  expect(Date.now() - started).toBeLessThan(2_000)
  expect(count(html, 'blockquote')).toBe(MAX_NESTING)
  expect(html).toContain('saya ingin mengakhiri hidup')
  expect(html).toContain('&gt;&gt;&gt;') // the markers past the cap show as typed
})

test('5,000 nested list items render, on one line or indented', () => {
  const oneLine = renderMarkdown(`${'- '.repeat(5_000)}isi terdalam`)
  expect(count(oneLine, 'ul')).toBeLessThanOrEqual(MAX_NESTING)
  expect(oneLine).toContain('isi terdalam')
  const numbered = renderMarkdown(`${'1. '.repeat(5_000)}isi terdalam`)
  expect(count(numbered, 'ol')).toBeLessThanOrEqual(MAX_NESTING)
  const indented = renderMarkdown(Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(2 * i)}- butir ${i}`).join('\n'))
  expect(indented).toContain('butir 4999')
  const mixed = renderMarkdown(`${'> - '.repeat(3_000)}campuran`)
  expect(mixed).toContain('campuran')
  expect(markdownToPlainText(`${'>'.repeat(10_000)} teks`, 20_000)).toContain('teks')
})

test('ordinary nesting is untouched', () => {
  const html = renderMarkdown('> kutipan\n> > di dalam kutipan\n\n- satu\n  - dua\n    - tiga')
  expect(count(html, 'blockquote')).toBe(2)
  expect(count(html, 'ul')).toBe(3)
  const deepButAllowed = renderMarkdown(`${'>'.repeat(MAX_NESTING)} batas`)
  expect(count(deepButAllowed, 'blockquote')).toBe(MAX_NESTING)
  expect(deepButAllowed).not.toContain('&gt;')
})
