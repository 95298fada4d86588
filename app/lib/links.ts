const EXTERNAL_LINK = /https?:\/\/[^\s)<>"']+/gi

/** Every http/https address in a Markdown text (links and bare URLs), as written. */
export function externalLinks(markdown: string): string[] {
  return markdown.match(EXTERNAL_LINK) ?? []
}

/** True when Markdown links or bare URLs point off this site (http/https with a host). */
export function hasExternalLinks(markdown: string): boolean {
  return externalLinks(markdown).length > 0
}
