/**
 * RFC 4180 CSV that a spreadsheet opens safely: every field quoted (quotes doubled), CRLF line
 * ends, a UTF-8 byte-order mark so Excel reads the text as UTF-8, and any field that a spreadsheet
 * would run as a formula (starting with =, +, -, @, a tab or a carriage return, after any
 * leading spaces) prefixed with an apostrophe, so it stays text.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

const FORMULA_START = /^[\s]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return `"${safe.replaceAll('"', '""')}"`
}

/** A file name made only of safe characters. */
export function csvFileName(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[^A-Za-z0-9_-]+/g, '-')).join('-')}.csv`
}
