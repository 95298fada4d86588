import type { ActionFunctionArgs } from '@remix-run/node'
import { requireActor } from '~/auth/guards.server'
import { renderMarkdown } from '~/lib/markdown.server'
import { readMutationForm } from '~/lib/request.server'
import { BODY_MAX } from '~/schemas/forum'

export async function loader() {
  return new Response('Not Found', { status: 404 })
}

/** The live preview: the exact pipeline a published post goes through. */
export async function action({ request }: ActionFunctionArgs) {
  await requireActor(request)
  const formData = await readMutationForm(request)
  const body = String(formData.get('body') ?? '')
  if (body.length > BODY_MAX) return Response.json({ html: '' }, { status: 413 })
  return Response.json({ html: renderMarkdown(body) })
}
