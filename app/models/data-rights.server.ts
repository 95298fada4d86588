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
