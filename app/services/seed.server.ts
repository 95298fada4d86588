import type { Role } from '#db/schema'
import { CATEGORIES } from '#db/seed/categories'
import { hashPassword } from '~/auth/password.server'
import type { DB } from '~/lib/db.server'
import { pseudonymKey } from '~/lib/pseudonym'
import { PRIVACY_NOTICE_VERSION } from './accounts.server'

export const DEMO_PASSWORD = 'teduh-demo-2026'

export const DEMO_ACCOUNTS: { email: string; pseudonym: string; roles: Role[] }[] = [
  { email: 'admin@teduh.test', pseudonym: 'ElangBijak01', roles: ['member', 'admin'] },
  { email: 'moderator@teduh.test', pseudonym: 'BangauCermat02', roles: ['member', 'moderator'] },
  { email: 'konselor@teduh.test', pseudonym: 'MerpatiSabar03', roles: ['member', 'counselor'] },
  { email: 'pakar@teduh.test', pseudonym: 'KancilCerdas04', roles: ['member', 'expert'] },
  { email: 'anggota@teduh.test', pseudonym: 'RusaTenang05', roles: ['member'] },
  { email: 'anggota2@teduh.test', pseudonym: 'PenyuRiang06', roles: ['member'] },
]

/** Categories by slug; running it again changes nothing. */
export async function seedCategories(db: DB) {
  for (const [position, category] of CATEGORIES.entries()) {
    await db
      .insertInto('categories')
      .values({ ...category, position })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute()
  }
}

/** Demo accounts for every role; running it again changes nothing. */
export async function seedDemoAccounts(db: DB) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const account of DEMO_ACCOUNTS) {
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('users')
        .values({ email: account.email, password_hash: passwordHash, pseudonym: account.pseudonym, pseudonym_key: pseudonymKey(account.pseudonym) })
        .onConflict((oc) => oc.column('email').doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!inserted) return
      await trx.insertInto('user_roles').values(account.roles.map((role) => ({ user_id: inserted.id, role }))).execute()
      await trx.insertInto('consents').values({ user_id: inserted.id, kind: 'privacy_notice', version: PRIVACY_NOTICE_VERSION }).execute()
    })
  }
}
