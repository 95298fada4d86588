import type { DB } from '~/lib/db.server'
import { publish } from '~/lib/events.server'
import { appendAudit } from '~/models/audit.server'
import { canPinThread, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from '../outcome'
import { inWrite } from '../write.server'

/** Staff pin a thread to the top of its category (announcements, common questions), audited. */
export async function setPinned(db: DB, input: { actor: Actor; threadId: string; pinned: boolean }): Promise<Outcome> {
  return inWrite(db, async (trx) => {
    const thread = await trx.selectFrom('threads').select(['id', 'deleted_at']).where('id', '=', input.threadId).forUpdate().executeTakeFirst()
    if (!thread || thread.deleted_at || !canPinThread(input.actor)) return refuse.notFound()
    await trx.updateTable('threads').set({ pinned: input.pinned }).where('id', '=', thread.id).execute()
    await appendAudit(trx, { actorId: input.actor.id, action: input.pinned ? 'thread.pin' : 'thread.unpin', targetType: 'thread', targetId: thread.id })
    await publish(trx, { type: 'forum.changed' })
    return ok()
  })
}
