import type { DB } from '~/lib/db.server'
import { appendAudit } from '~/models/audit.server'
import { canViewAdminArea, type Actor } from '~/policies'
import { ok, refuse, type Outcome } from './outcome'
import { inWrite } from './write.server'

const KEYS = { id: 'crisis_help_id', en: 'crisis_help_en' } as const

/** The instance's crisis help texts ('' = use the shipped default for that language). */
export async function crisisHelpTexts(db: DB): Promise<{ id: string; en: string }> {
  const rows = await db.selectFrom('app_settings').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute()
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? ''
  return { id: value(KEYS.id), en: value(KEYS.en) }
}

/** An admin sets the crisis help texts shown to writers of crisis posts; audited. */
export async function saveCrisisHelpTexts(db: DB, actor: Actor, texts: { id: string; en: string }): Promise<Outcome<undefined, 'notFound'>> {
  return inWrite(db, async (trx) => {
    if (!canViewAdminArea(actor)) return refuse.notFound()
    for (const [lang, key] of Object.entries(KEYS) as ['id' | 'en', string][]) {
      const value = texts[lang]
      if (value) {
        await trx.insertInto('app_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
      } else {
        await trx.deleteFrom('app_settings').where('key', '=', key).execute()
      }
    }
    await appendAudit(trx, { actorId: actor.id, action: 'settings.crisis_help', targetType: 'settings', targetId: 'crisis_help' })
    return ok()
  })
}
