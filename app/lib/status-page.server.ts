import { resources, supportedLanguages } from './i18n'

export type StatusKind = 'unavailable' | 'tooLarge' | 'timeout' | 'badRequest' | 'unsupported' | 'serverError'

const STATUS_OF: Record<StatusKind, number> = { unavailable: 503, tooLarge: 413, timeout: 408, badRequest: 400, unsupported: 415, serverError: 500 }

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function fill(text: string, vars: Record<string, string>) {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '')
}

/**
 * A small self-contained page for answers the server gives before (or without) Remix: a body
 * too large or too slow, an unreadable body, the database down. Bahasa Indonesia first,
 * English second, both from the locale files; no scripts, no styles, no request data.
 */
export function statusPage(kind: StatusKind, vars: Record<string, string> = {}): { status: number; html: string } {
  const sections = supportedLanguages.map((lng) => {
    const t = resources[lng].common.httpStatus
    return `<section lang="${lng}"><h1>${escapeHtml(t[`${kind}Title`])}</h1><p>${escapeHtml(fill(t[kind], vars))}</p><p><a href="/">${escapeHtml(t.home)}</a></p></section>`
  })
  const title = resources.id.common.httpStatus[`${kind}Title`]
  return {
    status: STATUS_OF[kind],
    html: `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Teduh</title></head><body><main>${sections.join('<hr>')}</main></body></html>`,
  }
}
