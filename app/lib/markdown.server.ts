import { Marked, type Tokens } from 'marked'
import sanitizeHtml from 'sanitize-html'
import { phoneSegments } from './phone-links'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/**
 * `@Pseudonym` as written in a post: a letter, then letters, digits, ".", "_" or "-" (the
 * sign-up rules), not ending in a separator (so "@RusaBiru." ends a sentence). An "@" right after
 * a word character is part of an email address, not a mention.
 */
const MENTION = /^@(\p{L}[\p{L}\p{N}._-]{1,29})/u
const MENTION_START = /(?<![\p{L}\p{N}._%+-])@\p{L}/u
const trimMention = (name: string) => name.replace(/[._-]+$/, '')

// The members a render may link, by pseudonym key; set only for the duration of one synchronous parse.
let linkable: ReadonlyMap<string, string> = new Map()
let telLinks = false
let keyOf: (name: string) => string = (name) => name

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  // Staff texts (announcements) dial their phone numbers with one tap; never inside links or code.
  walkTokens(token) {
    if (!telLinks) return
    const t = token as Tokens.Generic
    if (t.type === 'link') {
      const mark = (children?: Tokens.Generic[]) => children?.forEach((c) => ((c.noTel = true), mark(c.tokens as Tokens.Generic[] | undefined)))
      mark(t.tokens as Tokens.Generic[] | undefined)
      return
    }
    if (t.type !== 'text' || t.tokens || t.noTel) return
    const segments = phoneSegments(t.text as string)
    if (segments.some((part) => 'tel' in part)) Object.assign(t, { type: 'telText', segments, escaped: !!t.escaped })
  },
  extensions: [
    {
      name: 'telText',
      level: 'inline',
      renderer(token) {
        const esc = (text: string) => (token.escaped ? text : escapeHtml(text))
        return (token.segments as ReturnType<typeof phoneSegments>).map((part) => ('tel' in part ? `<a href="${escapeHtml(part.tel)}">${esc(part.text)}</a>` : esc(part.text))).join('')
      },
    },
    {
      name: 'mention',
      level: 'inline',
      start: (src: string) => src.match(MENTION_START)?.index,
      tokenizer(src: string) {
        const match = MENTION.exec(src)
        if (!match) return undefined
        const name = trimMention(match[1]!)
        if (name.length < 2) return undefined
        return { type: 'mention', raw: `@${name}`, name }
      },
      renderer(token) {
        const pseudonym = linkable.get(keyOf(token.name as string))
        // Only a member who exists becomes a link, to their public profile; anything else stays text.
        return pseudonym
          ? `<a href="/u/${encodeURIComponent(pseudonym)}" class="mention">@${escapeHtml(pseudonym)}</a>`
          : escapeHtml(token.raw)
      },
    },
  ],
  renderer: {
    // Raw HTML typed into a post is shown as text, never interpreted.
    html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
    // No remote images: loading one would tell a third party who reads the thread.
    // An image becomes a plain link to it (which the sanitizer still vets).
    image: ({ href, text }: Tokens.Image) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
    // Headings start at level 3 so a post never outranks the page's own h1/h2.
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, Math.max(3, depth + 2))
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`
    },
  },
})

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'hr',
    'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'class'],
    ol: ['start'],
    // GFM task lists render disabled checkboxes.
    input: ['type', 'checked', 'disabled'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[a-z0-9+#-]{1,30}$/], a: ['mention'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow ugc noopener' } }),
    input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
  },
}

/** Deepest nesting of quotes and lists rendered as such; deeper markers are shown as text. */
export const MAX_NESTING = 16
// One container marker at the start of a line: a quote ">" or a list bullet or number.
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/
const MAX_INDENT = MAX_NESTING * 2

/**
 * Guarantees that the HTML keeps only the allow-list: no scripts, no styles, no event handlers,
 * links only http/https/mailto or relative, each with rel="nofollow ugc noopener". It is the last
 * step for every post, whatever produced the HTML before it.
 */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}

/**
 * marked recurses once per level of nesting: 10,000 ">" or 5,000 nested list items overflow
 * its stack. Only what marked reads is capped (markers past MAX_NESTING are escaped so they show
 * as typed, indentation past it is trimmed); the post itself is stored and checked as written.
 */
export function capNesting(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      let rest = line
      let depth = 0
      let kept = ''
      for (let match = CONTAINER_MARKER.exec(rest); match; match = CONTAINER_MARKER.exec(rest)) {
        if (++depth > MAX_NESTING) break
        kept += match[0]
        rest = rest.slice(match[0].length)
      }
      if (depth <= MAX_NESTING) {
        const indent = /^[ \t]*/.exec(line)![0]
        return indent.length > MAX_INDENT ? line.slice(indent.length - MAX_INDENT) : line
      }
      return kept + rest.replace(/^[ \t]*([>\-+*]|\d)/, (m) => m.replace(/[>\-+*]|\d/, (c) => `\\${c}`))
    })
    .join('\n')
}

/** Options of one render: which `@mentions` may become profile links. */
export interface RenderOptions {
  /** Pseudonym key → the member's pseudonym as spelled, for members that exist. */
  mentions?: ReadonlyMap<string, string>
  /** How a written name becomes a key (the pseudonym folding); required with `mentions`. */
  mentionKey?: (name: string) => string
  /** Phone numbers in the text become `tel:` links (staff texts only: a member's number is personal data). */
  telLinks?: boolean
}

/** The names written as `@name` in a text (outside code), for the caller to look up. */
export function mentionedNames(markdown: string): string[] {
  const names = new Set<string>()
  marked.walkTokens(marked.lexer(capNesting(markdown)), (token) => {
    if (token.type === 'mention') names.add((token as unknown as { name: string }).name)
  })
  return [...names].slice(0, 50)
}

function parse(markdown: string, options: RenderOptions = {}): string {
  linkable = options.mentions ?? new Map()
  keyOf = options.mentionKey ?? ((name) => name)
  telLinks = !!options.telLinks
  try {
    return marked.parse(capNesting(markdown)) as string
  } catch (error) {
    // Whatever else still overflows marked (a shape not foreseen above) is shown as plain text.
    if (!(error instanceof RangeError)) throw error
    return markdown
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
      .join('\n')
  } finally {
    linkable = new Map()
    telLinks = false
  }
}

/**
 * Markdown → safe HTML. marked renders (raw HTML escaped, images as links, nesting capped),
 * then sanitize-html keeps only the allow-list: no scripts, no styles, no event handlers, links
 * only http/https/mailto or relative, each with rel="nofollow ugc noopener".
 */
export function renderMarkdown(markdown: string, options?: RenderOptions): string {
  return sanitizePostHtml(parse(markdown, options))
}

/** Plain text of a post (for notifications and meta descriptions); escape it again where shown. */
export function markdownToPlainText(markdown: string, maxLength = 200): string {
  const text = sanitizeHtml(parse(markdown), { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}
