/** True when Markdown links or bare URLs point off this site (http/https with a host). */
export function hasExternalLinks(markdown: string): boolean {
  return /https?:\/\/[^\s)]+/i.test(markdown)
}
