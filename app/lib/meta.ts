import type { MetaDescriptor } from '@remix-run/node'

/** "<page> · Teduh"; React escapes the text, so user-supplied titles are safe here. */
export function pageTitle(...parts: (string | undefined)[]): MetaDescriptor[] {
  return [{ title: [...parts.filter(Boolean), 'Teduh'].join(' · ') }]
}
