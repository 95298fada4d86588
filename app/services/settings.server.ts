import type { DB } from '~/lib/db.server'
import { appendAudit } from '~/models/audit.server'
import type { Actor } from '~/policies'

const KEYS = { id: 'crisis_help_id', en: 'crisis_help_en' } as const

/** The instance's crisis help texts ('' = use the shipped default for that language). */
export async function crisisHelpTexts(db: DB): Promise<{ id: string; en: string }> {
  const rows = await db.selectFrom('app_settings').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute()
  const value = (key: string) => rows.find((r) => r.key === key)?.value ?? ''
  return { id: value(KEYS.id), en: value(KEYS.en) }
}

export async function saveCrisisHelpTexts(db: DB, actor: Actor, texts: { id: string; en: string }) {
  await db.transaction().execute(async (trx) => {
    for (const [lang, key] of Object.entries(KEYS) as ['id' | 'en', string][]) {
      const value = texts[lang]
      if (value) {
        await trx.insertInto('app_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute()
      } else {
        await trx.deleteFrom('app_settings').where('key', '=', key).execute()
      }
    }
    await appendAudit(trx, { actorId: actor.id, action: 'settings.crisis_help', targetType: 'settings', targetId: 'crisis_help' })
  })
}
