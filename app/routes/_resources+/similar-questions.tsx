import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/lib/db.server'
import { findSimilarQuestions } from '~/models/search.server'

/** Similar questions for a title being typed: knowledge-base entries, then solved public threads. */
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').slice(0, 200)
  const items = q.trim().length >= 3 ? await findSimilarQuestions(db(), q) : []
  return Response.json({ items }, { headers: { 'Cache-Control': 'no-store' } })
}
