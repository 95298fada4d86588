/** The Markdown toolbar's edits, as pure functions of the text and the selection (tested). */
export type FormatKind = 'bold' | 'list' | 'link' | 'quote'

export interface TextState {
  value: string
  start: number
  end: number
}

/** Keyboard shortcuts (as aria-keyshortcuts spells them) and how a keydown matches them. */
export const FORMAT_SHORTCUTS: Record<FormatKind, { aria: string; key: string; shift: boolean }> = {
  bold: { aria: 'Control+B', key: 'b', shift: false },
  link: { aria: 'Control+K', key: 'k', shift: false },
  list: { aria: 'Control+Shift+8', key: '8', shift: true },
  quote: { aria: 'Control+Shift+.', key: '.', shift: true },
}

export function shortcutFor(event: { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): FormatKind | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  // With Shift held, "8" arrives as "*" and "." as ">" on many layouts: the physical key decides.
  const key = event.code === 'Period' ? '.' : event.code?.startsWith('Digit') ? event.code.slice(5) : event.key.toLowerCase()
  for (const [kind, s] of Object.entries(FORMAT_SHORTCUTS) as [FormatKind, (typeof FORMAT_SHORTCUTS)[FormatKind]][]) {
    if (s.key === key && s.shift === event.shiftKey) return kind
  }
  return null
}

function prefixLines(state: TextState, prefix: (index: number) => string): TextState {
  const { value } = state
  const lineStart = value.lastIndexOf('\n', state.start - 1) + 1
  const endAt = state.end > state.start && value[state.end - 1] === '\n' ? state.end - 1 : state.end
  const nextBreak = value.indexOf('\n', endAt)
  const lineEnd = nextBreak === -1 ? value.length : nextBreak
  const lines = value.slice(lineStart, lineEnd).split('\n')
  const changed = lines.map((line, i) => prefix(i) + line).join('\n')
  // A block needs a blank line before it to be a list or quote, not part of the paragraph above.
  const before = value.slice(0, lineStart)
  const gap = before.length > 0 && !before.endsWith('\n\n') ? '\n' : ''
  const next = before + gap + changed + value.slice(lineEnd)
  const shift = gap.length
  return { value: next, start: lineStart + shift, end: lineStart + shift + changed.length }
}

/** Applies one toolbar action; `placeholder` is the (translated) text used when nothing is selected. */
export function applyFormat(kind: FormatKind, state: TextState, placeholder: string): TextState {
  const { value, start, end } = state
  const selected = value.slice(start, end)
  switch (kind) {
    case 'bold': {
      const inner = selected || placeholder
      // Spaces stay outside the markers ("** a**" is not bold in Markdown).
      const lead = /^\s*/.exec(inner)![0]
      const trail = /\s*$/.exec(inner.slice(lead.length))![0]
      const core = inner.slice(lead.length, inner.length - trail.length) || placeholder
      const text = `${lead}**${core}**${trail}`
      const at = start + lead.length + 2
      return { value: value.slice(0, start) + text + value.slice(end), start: at, end: at + core.length }
    }
    case 'link': {
      const label = selected.trim() || placeholder
      const text = `[${label}](https://)`
      const urlAt = start + label.length + 3
      return { value: value.slice(0, start) + text + value.slice(end), start: urlAt, end: urlAt + 'https://'.length }
    }
    case 'list':
      return prefixLines(state, () => '- ')
    case 'quote':
      return prefixLines(state, () => '> ')
  }
}
