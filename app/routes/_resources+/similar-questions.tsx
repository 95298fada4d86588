import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/lib/db.server'
import { findSimilarThreads } from '~/models/search.server'

/** Similar questions for a title being typed (public thread titles only, as search shows them). */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200)
  const rows = q.trim().length >= 3 ? await findSimilarThreads(db(), q) : []
  return Response.json(
    { items: rows.map((r) => ({ id: r.id, title: r.title, solved: r.solved, expert: r.has_expert_answer, replies: r.reply_count })) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
