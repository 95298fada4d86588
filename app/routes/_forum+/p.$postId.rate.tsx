import { redirect } from '@remix-run/node'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { ratePost, type RatingChoice } from '~/services/ratings.server'

const CHOICES: RatingChoice[] = ['helpful', 'unhelpful', 'withdraw']

export async function loader() {
  return redirect('/')
}

/** Rate an answer helpful / not helpful, change it, or withdraw it; refused (404) on one's own post. */
export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const postId = idParamOr404(params.postId)
  const choice = String(form.get('choice') ?? '') as RatingChoice
  allowOr404(CHOICES.includes(choice))
  const { threadId } = valueOr404(await ratePost(db(), { actor, postId, choice }))
  // With JavaScript the rating is sent by a fetcher, which stays on the page (the thread's
  // loader is revalidated); without it the browser follows the redirect back to the answer.
  if (form.get('stay') === '1') return { rated: choice }
  return redirect(`/t/${threadId}#p${postId}`)
})
