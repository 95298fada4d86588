/**
 * The one place user HTML reaches the page: `html` must come from renderMarkdown
 * (marked + sanitize-html allow-list), stored at write time or produced by /preview.
 */
export function SanitizedHtml({ html, className = 'post-body' }: { html: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
