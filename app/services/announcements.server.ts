import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'
import { renderMarkdown } from '~/lib/markdown.server'
import { appendAudit } from '~/models/audit.server'
import { canManageAnnouncements, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'

/** An announcement's HTML: the one sanitised pipeline, with phone numbers as tel: links (a staff text). */
export const announcementHtml = (body: string) => renderMarkdown(body, { telLinks: true })

/**
 * An admin puts an announcement on the home page: Markdown through the one sanitiser (no raw
 * HTML, no images), audited. The same idempotency key twice (a double submit) is one row.
 */
export async function createAnnouncement(db: DB, actor: Actor, input: { body: string; idempotencyKey?: string }): Promise<Outcome<{ id: string }, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canManageAnnouncements(actor)) return refuse.notFound()
    const inserted = await trx
      .insertInto('announcements')
      .values({ body_md: input.body, body_html: announcementHtml(input.body), created_by: actor.id, created_at: sql<Date>`now()`, idempotency_key: input.idempotencyKey ?? null })
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) {
      const existing = await trx.selectFrom('announcements').select('id').where('idempotency_key', '=', input.idempotencyKey!).executeTakeFirstOrThrow()
      return ok({ id: existing.id })
    }
    await appendAudit(trx, { actorId: actor.id, action: 'announcement.create', targetType: 'announcement', targetId: inserted.id })
    return ok({ id: inserted.id })
  })
}

/** An admin ends a running announcement; ending one already ended says so (409). Audited. */
export async function endAnnouncement(db: DB, actor: Actor, announcementId: string): Promise<Outcome<undefined, 'notFound' | 'announcementEnded'>> {
  return inWrite(db, async (trx) => {
    if (!canManageAnnouncements(actor)) return refuse.notFound()
    const row = await trx.selectFrom('announcements').select(['id', 'ended_at']).where('id', '=', announcementId).forUpdate().executeTakeFirst()
    if (!row) return refuse.notFound()
    if (row.ended_at) return refuse.conflict('announcementEnded', 'announcements.alreadyEnded')
    await trx.updateTable('announcements').set({ ended_at: sql`now()`, ended_by: actor.id }).where('id', '=', row.id).execute()
    await appendAudit(trx, { actorId: actor.id, action: 'announcement.end', targetType: 'announcement', targetId: row.id })
    return ok()
  })
}
