import type { DB } from '~/lib/db.server'

/** Categories in display order, named in the reader's language. */
export async function listCategories(db: DB, locale: string) {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'slug', 'name_id', 'name_en', 'description_id', 'description_en', 'staff_only'])
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: locale === 'en' ? c.name_en : c.name_id,
    description: locale === 'en' ? c.description_en : c.description_id,
    staffOnly: c.staff_only,
  }))
}
