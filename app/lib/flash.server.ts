import { createCookie, redirect } from '@remix-run/node'

// One-shot confirmation shown after a redirect ("Session ended."); holds an i18n key, nothing personal.
const flashCookie = createCookie('teduh_flash', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 })

export async function redirectWithFlash(to: string, messageKey: string, headers: HeadersInit = {}) {
  const all = new Headers(headers)
  all.append('Set-Cookie', await flashCookie.serialize(messageKey))
  return redirect(to, { headers: all })
}

/** The pending message, if any, and the header that clears it. */
export async function takeFlash(request: Request): Promise<{ message: string | null; setCookie: string | null }> {
  const value = await flashCookie.parse(request.headers.get('Cookie'))
  if (typeof value !== 'string') return { message: null, setCookie: null }
  return { message: value, setCookie: await flashCookie.serialize('', { maxAge: 0 }) }
}
