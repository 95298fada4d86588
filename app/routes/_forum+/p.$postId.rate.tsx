import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { readMutationForm } from '~/lib/request.server'
import { findPost } from '~/models/posts.server'
import { ratePost, type RatingChoice } from '~/services/ratings.server'

const CHOICES: RatingChoice[] = ['helpful', 'unhelpful', 'withdraw']

export async function loader() {
  return redirect('/')
}

/** Rate an answer helpful / not helpful, change it, or withdraw it; refused (404) on one's own post. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const postId = params.postId ?? ''
  const choice = String(formData.get('choice') ?? '') as RatingChoice
  allowOr404(/^\d{1,18}$/.test(postId) && CHOICES.includes(choice))
  const post = await findPost(db(), postId)
  allowOr404(!!post && !post.thread_deleted_at && !post.thread_hidden_at)
  allowOr404(await ratePost(db(), { actor, postId, choice }))
  return redirect(`/t/${post.thread_id}#p${post.id}`)
}
