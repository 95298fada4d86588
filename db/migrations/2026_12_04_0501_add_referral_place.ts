import type { Kysely } from 'kysely'

// Where a referred member should go (a place, a contact), written by the counselor, sealed like
// the referral's reason and shown on the member's case page.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('referral_place_enc', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cases').dropColumn('referral_place_enc').execute()
}
