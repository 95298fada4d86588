import type { DB } from '~/lib/db.server'

let searchConfig: Promise<string> | undefined

/** 'indonesian' where the engine has it, else 'simple' (chosen once, by the forum migration). */
export function getSearchConfig(db: DB): Promise<string> {
  searchConfig ??= db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', 'search_config')
    .executeTakeFirst()
    .then((row) => (row?.value === 'indonesian' ? 'indonesian' : 'simple'))
  return searchConfig
}
