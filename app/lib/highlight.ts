// ts_headline marks matches with control characters, so the snippet stays plain text
// (escaped by React) and the highlight is added as <mark> elements, never as raw HTML.
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'
