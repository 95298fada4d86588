import type { DB } from '~/lib/db.server'
import { pseudonymKey } from '~/lib/pseudonym'

const MENTION = /(?:^|[^\w@/])@([A-Za-z][\w.-]{2,29})/g
const MAX_MENTIONS = 10

/**
 * The existing accounts a post's `@pseudonym`s name (look-alike spellings count: the key is the
 * confusable-folded pseudonym), at most ten, never deleted accounts, never the writer.
 */
export async function mentionedUserIds(db: DB, body: string, exclude: string[]): Promise<string[]> {
  const keys = [...new Set([...body.matchAll(MENTION)].map((m) => pseudonymKey(m[1]!)))].slice(0, MAX_MENTIONS)
  if (keys.length === 0) return []
  const rows = await db.selectFrom('users').select('id').where('pseudonym_key', 'in', keys).where('deleted_at', 'is', null).execute()
  return rows.map((r) => r.id).filter((id) => !exclude.includes(id))
}
