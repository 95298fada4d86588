import type { EntrySummary } from '~/components/kb/entry-parts'
import type { listEntries } from '~/models/kb.server'
import { isKbEntryDue } from '~/policies'

type Row = Awaited<ReturnType<typeof listEntries>>[number]

/** An entry as lists show it: no account ids, the reviewer only by badge. */
export function toEntrySummary(row: Row, locale: string, now = new Date()): EntrySummary {
  return {
    id: row.id,
    title: row.title,
    tags: row.tags,
    category: locale === 'en' ? row.category_name_en : row.category_name_id,
    reviewedBadge: row.reviewed_badge,
    reviewedAt: row.reviewed_at.toISOString(),
    reviewDueAt: row.review_due_at.toISOString(),
    due: isKbEntryDue({ reviewDueAt: row.review_due_at }, now),
    demo: row.is_demo,
  }
}
