/** One piece of an automatic flag's detail, as an i18n key with its values. */
export interface DetailPart {
  key: string
  values?: Record<string, string | number>
}

const PII_KINDS = new Set(['email', 'nip', 'nik', 'phone'])

/**
 * The stored detail of an automatic flag ("direct: …; indirect: …", "email, nip", "3 links",
 * "same text in another thread") as translatable parts, so the review page never shows the
 * machine's English. Details it does not recognise are shown as stored (a member's own words).
 */
export function describeFlagDetail(reason: string, detail: string, source: 'member' | 'auto' = 'auto'): DetailPart[] {
  if (source !== 'auto') return [{ key: 'flagDetail.asStored', values: { detail } }]
  if (reason === 'crisis') {
    const parts: DetailPart[] = []
    const pattern = /(?:^|; )(direct|indirect): /g
    const marks = [...detail.matchAll(pattern)]
    if (marks.length === 0 || marks[0]!.index !== 0) return [{ key: 'flagDetail.asStored', values: { detail } }]
    marks.forEach((m, i) => {
      const end = i + 1 < marks.length ? marks[i + 1]!.index : detail.length
      const phrase = detail.slice(m.index + m[0].length, end)
      parts.push({ key: m[1] === 'direct' ? 'flagDetail.direct' : 'flagDetail.indirect', values: { phrase } })
    })
    return parts
  }
  if (reason === 'personal_data') {
    const kinds = detail.split(', ')
    if (kinds.every((k) => PII_KINDS.has(k))) return kinds.map((k) => ({ key: `pii.${k}` }))
  }
  if (reason === 'spam') {
    const links = /^(\d+) links$/.exec(detail)
    if (links) return [{ key: 'flagDetail.links', values: { count: Number(links[1]) } }]
    if (detail === 'same text in another thread') return [{ key: 'flagDetail.repeated' }]
  }
  return [{ key: 'flagDetail.asStored', values: { detail } }]
}
