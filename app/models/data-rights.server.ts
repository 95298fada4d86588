import type { DB } from '~/lib/db.server'

export function findCaseFeedbackForExport(db: DB, caseId: string) {
  return db.selectFrom('case_feedback').select(['rating', 'comment_enc', 'created_at']).where('case_id', '=', caseId).executeTakeFirst()
}

/** Every staff read of the case (the member may see who read it and when). */
export function listCaseAccessForExport(db: DB, caseId: string) {
  return db
    .selectFrom('case_access_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['u.pseudonym as actor', 'a.capacity', 'a.what', 'a.created_at'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.id')
    .execute()
}

/** The admin page: every open request, with who asked (pseudonyms only, never an email). */
export function listEmailReveals(db: DB) {
  return db
    .selectFrom('email_reveals as r')
    .innerJoin('users as t', 't.id', 'r.target_user_id')
    .leftJoin('users as q', 'q.id', 'r.requested_by')
    .leftJoin('users as d', 'd.id', 'r.decided_by')
    .select(['r.id', 'r.status', 'r.reason', 'r.requested_by', 'r.target_user_id', 'r.created_at', 'r.decided_at', 'r.shown_at', 't.pseudonym as target', 'q.pseudonym as requester', 'd.pseudonym as decider'])
    .orderBy('r.id', 'desc')
    .limit(100)
    .execute()
}
