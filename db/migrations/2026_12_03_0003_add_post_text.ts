import type { Kysely } from 'kysely'
import { markdownToPlainText } from '../../app/lib/markdown.server'

// Posts keep a plain-text form of their Markdown beside the HTML, so search snippets read as text
// (no "**" or link syntax) and are highlighted by the database's stemmer. Existing posts are
// converted here; new and edited ones get it from the one revision path.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('posts').addColumn('body_text', 'text').execute()
  for (;;) {
    const rows: { id: string; body_md: string }[] = await db.selectFrom('posts').select(['id', 'body_md']).where('body_text', 'is', null).limit(500).execute()
    if (rows.length === 0) break
    for (const row of rows) {
      await db.updateTable('posts').set({ body_text: markdownToPlainText(row.body_md, Number.MAX_SAFE_INTEGER) }).where('id', '=', row.id).execute()
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('posts').dropColumn('body_text').execute()
}
