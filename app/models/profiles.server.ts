import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/** The owner's profile fields, for the edit form and the onboarding check. */
export function findOwnProfile(db: DB, userId: string) {
  return db.selectFrom('users').select(['pseudonym', 'bio', 'interests', 'onboarded_at']).where('id', '=', userId).where('deleted_at', 'is', null).executeTakeFirst()
}

/** Announcements still running, newest first (the home page shows a few). */
export function listLiveAnnouncements(db: DB, limit = 3) {
  return db.selectFrom('announcements').select(['id', 'body_html', 'created_at']).where('ended_at', 'is', null).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
}

/** The admin's list: running and recently ended, with who created and ended each. */
export function listAnnouncementsForAdmin(db: DB, limit = 20) {
  return db
    .selectFrom('announcements as a')
    .leftJoin('users as c', 'c.id', 'a.created_by')
    .leftJoin('users as e', 'e.id', 'a.ended_by')
    .select(['a.id', 'a.body_html', 'a.created_at', 'a.ended_at', 'c.pseudonym as created_by', 'e.pseudonym as ended_by'])
    .orderBy(sql`a.ended_at is null`, 'desc')
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute()
}
