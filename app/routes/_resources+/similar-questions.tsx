import type { LoaderFunctionArgs } from '@remix-run/node'
import { similarQuestionsFor } from '~/lib/similar-questions.server'

/** Similar questions for a title being typed: knowledge-base entries, then solved public threads. */
export async function loader({ request }: LoaderFunctionArgs) {
  const body = await similarQuestionsFor(new URL(request.url).searchParams.get('q'))
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
}
