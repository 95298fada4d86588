import { requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { BODY_MAX } from '~/schemas/forum'
import { formAction } from '~/lib/action.server'
import { canManageAnnouncements } from '~/policies'
import { announcementHtml } from '~/services/announcements.server'
import { renderPostMarkdown } from '~/services/posts/post-text.server'

export async function loader() {
  return new Response('Not Found', { status: 404 })
}

/** The live preview: the exact pipeline a published post goes through. */
export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  const body = String(formData.get('body') ?? '')
  if (body.length > BODY_MAX) return Response.json({ html: '' }, { status: 413 })
  // An announcement renders as it will be stored (phone numbers dial); only its authors ask for that.
  if (formData.get('kind') === 'announcement' && canManageAnnouncements(actor)) return Response.json({ html: announcementHtml(body) })
  return Response.json({ html: await renderPostMarkdown(db(), body) })
})
