import type { DB } from '~/lib/db.server'

// Categories change only through the seed or a migration, so each database's list is read once per process.
const cache = new WeakMap<object, Promise<CategoryRow[]>>()
type CategoryRow = { id: number; slug: string; name_id: string; name_en: string; description_id: string; description_en: string; staff_only: boolean }

/** Categories in display order, named in the reader's language. */
export async function listCategories(db: DB, locale: string) {
  let rowsPromise = cache.get(db)
  if (!rowsPromise) {
    rowsPromise = db
      .selectFrom('categories')
      .select(['id', 'slug', 'name_id', 'name_en', 'description_id', 'description_en', 'staff_only'])
      .orderBy('position')
      .orderBy('id')
      .execute()
    cache.set(db, rowsPromise)
    rowsPromise.then((rows) => rows.length === 0 && cache.delete(db)).catch(() => cache.delete(db))
  }
  const rows = await rowsPromise
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: locale === 'en' ? c.name_en : c.name_id,
    description: locale === 'en' ? c.description_en : c.description_id,
    staffOnly: c.staff_only,
  }))
}
