import { describe, expect, test } from 'vitest'
import { markdownToPlainText, renderMarkdown, sanitizePostHtml } from '~/lib/markdown.server'
import { unsafeHtmlProblems } from '../fixtures/html-safety'
import { XSS_PAYLOADS } from '../fixtures/xss-payloads'

describe('the Markdown pipeline', () => {
  test('renders the Markdown people write', () => {
    const html = renderMarkdown('# Judul\n\n**tebal** _miring_ `kode`\n\n- satu\n- dua\n\n> kutipan\n\n[BKN](https://www.bkn.go.id)')
    expect(html).toContain('<h3>Judul</h3>')
    expect(html).toContain('<strong>tebal</strong>')
    expect(html).toContain('<em>miring</em>')
    expect(html).toContain('<code>kode</code>')
    expect(html).toContain('<li>satu</li>')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<a href="https://www.bkn.go.id" rel="nofollow ugc noopener">BKN</a>')
  })

  test('relative and mailto links are kept; javascript: links lose their href', () => {
    expect(renderMarkdown('[a](/t/1)')).toContain('href="/t/1"')
    expect(renderMarkdown('[a](mailto:hr@contoh.go.id)')).toContain('href="mailto:hr@contoh.go.id"')
    expect(renderMarkdown('[a](javascript:alert(1))')).not.toContain('href')
  })

  test('raw HTML is shown as text, images become links', () => {
    expect(renderMarkdown('<b>x</b>')).toContain('&lt;b&gt;x&lt;/b&gt;')
    const image = renderMarkdown('![diagram](https://contoh.go.id/a.png)')
    expect(image).not.toContain('<img')
    expect(image).toContain('<a href="https://contoh.go.id/a.png" rel="nofollow ugc noopener">diagram</a>')
  })

  test('plain text for notifications strips markup', () => {
    expect(markdownToPlainText('**Halo** <script>x</script> [a](https://b.c)')).toBe('Halo <script>x</script> a')
  })

  test(`none of the ${XSS_PAYLOADS.length} XSS payloads yields a script, a handler or a bad URL`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100)
    const failures = XSS_PAYLOADS.map((p) => ({ name: p.name, problems: unsafeHtmlProblems(renderMarkdown(p.markdown)) })).filter((f) => f.problems.length)
    expect(failures).toEqual([])
  })

  test('the safety check itself catches what it should (so the corpus test can fail)', () => {
    expect(unsafeHtmlProblems('<script>alert(1)</script>')).not.toEqual([])
    expect(unsafeHtmlProblems('<a href="javascript:alert(1)" rel="nofollow ugc noopener">x</a>')).not.toEqual([])
    expect(unsafeHtmlProblems('<a href="&#106;avascript:alert(1)" rel="nofollow ugc noopener">x</a>')).not.toEqual([])
    expect(unsafeHtmlProblems('<p onclick="x()">x</p>')).not.toEqual([])
    expect(unsafeHtmlProblems('<a href="https://x.y">x</a>')).not.toEqual([])
    expect(unsafeHtmlProblems('<p>&lt;script&gt;</p>')).toEqual([])
  })
})

test('a quoted attribute value that merely mentions a handler is not a handler', () => {
  expect(unsafeHtmlProblems('<a href="https://x.y" title="a&quot; onmouseover=&quot;x" rel="nofollow ugc noopener">x</a>')).toEqual([])
  expect(unsafeHtmlProblems('<a href="https://x.y" title="a" onmouseover="x" rel="nofollow ugc noopener">x</a>')).not.toEqual([])
})

describe('the sanitizer on its own (the last line, whatever rendered the HTML before it)', () => {
  test('keeps href, title and its own rel on links; drops styles, handlers and unknown attributes', () => {
    const html = sanitizePostHtml('<a href="https://x.y/a" title="t" style="color:red" onclick="steal()" data-x="1" target="_blank" rel="opener">x</a>')
    expect(html).toBe('<a href="https://x.y/a" title="t" rel="nofollow ugc noopener">x</a>')
  })

  test('drops scripts, styles, frames and images entirely', () => {
    const html = sanitizePostHtml('<p>a</p><script>x()</script><style>p{}</style><iframe src="https://x.y"></iframe><img src="https://x.y/p.png" onerror="x()"><p style="x">b</p>')
    expect(html).toBe('<p>a</p><p>b</p>')
  })

  test('keeps only checkbox inputs, disabled', () => {
    expect(sanitizePostHtml('<input type="checkbox" checked><input type="text" value="x">')).toBe('<input type="checkbox" checked disabled />')
  })
})
