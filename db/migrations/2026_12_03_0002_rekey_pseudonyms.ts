import type { Kysely } from 'kysely'
import { pseudonymKey } from '../../app/lib/pseudonym'

// Pseudonym keys now fold look-alikes with Unicode's full confusables data instead of a
// hand-picked subset, so stored keys are recomputed. A name whose new key would collide with
// another account's keeps its old key (both accounts keep working; a later rename re-keys it).
export async function up(db: Kysely<any>): Promise<void> {
  const users: { id: string; pseudonym: string; pseudonym_key: string }[] = await db.selectFrom('users').select(['id', 'pseudonym', 'pseudonym_key']).orderBy('created_at').execute()
  const taken = new Set(users.map((u) => u.pseudonym_key))
  for (const user of users) {
    const key = pseudonymKey(user.pseudonym)
    if (key === user.pseudonym_key || taken.has(key)) continue
    taken.delete(user.pseudonym_key)
    taken.add(key)
    await db.updateTable('users').set({ pseudonym_key: key }).where('id', '=', user.id).execute()
  }
}

export async function down(): Promise<void> {
  // Keys stay as they are: the previous folding was a subset of this one.
}
