import { db } from '~/lib/db.server'
import { findSimilarQuestions, type SimilarQuestion } from '~/models/search.server'

/**
 * What /similar-questions answers for `?q=` (a title being typed): the resource route and the
 * production server's fast path (server.js) both call this, so they cannot drift apart.
 */
export async function similarQuestionsFor(q: string | null): Promise<{ items: SimilarQuestion[] }> {
  const text = (q ?? '').slice(0, 200)
  return { items: text.trim().length >= 3 ? await findSimilarQuestions(db(), text) : [] }
}
