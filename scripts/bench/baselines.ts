// Baseline servers for `npm run bench`, each in its own process so they compete for the CPU
// like the app does:
//   ceiling: node:http answering a fixed page of SIZE bytes (what the machine can do at all);
//   lean:    node:http answering the 100-answer thread with one SQL query and a string template.
import { createServer } from 'node:http'
import { sql } from 'kysely'
import { openDatabase } from '#db/client.server'

const mode = process.argv[2]
const port = Number(process.env.PORT)

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

if (mode === 'ceiling') {
  const page = `<!DOCTYPE html><html><body>${'x'.repeat(Math.max(0, Number(process.env.SIZE) - 40))}</body></html>`
  createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(page)
  }).listen(port, '127.0.0.1', () => console.log('ready'))
} else {
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, schema: process.env.DATABASE_SCHEMA || undefined, dataDir: process.env.DATABASE_URL ? undefined : process.env.DATA_DIR })
  const threadId = process.env.THREAD_ID!
  createServer(async (_req, res) => {
    const { rows } = await sql<{ title: string; author: string; body_html: string; created_at: Date }>`
      select t.title, case when p.is_anonymous then 'Anonim' else u.pseudonym end as author, p.body_html, p.created_at
      from posts p join threads t on t.id = p.thread_id join users u on u.id = p.author_id
      where p.thread_id = ${threadId} and p.deleted_at is null order by p.id`.execute(handle.db)
    const title = escape(rows[0]?.title ?? '')
    const posts = rows.map((r) => `<article><header>${escape(r.author)} · ${r.created_at.toISOString()}</header>${r.body_html}</article>`).join('')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!DOCTYPE html><html lang="id"><head><title>${title}</title></head><body><h1>${title}</h1>${posts}</body></html>`)
  }).listen(port, '127.0.0.1', () => console.log('ready'))
  process.on('SIGTERM', () => void handle.close().then(() => process.exit(0)))
}
