import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { PiiWarning } from '~/components/forum/pii-warning'
import { Field } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { applyPiiDecision } from '~/lib/pii'
import { readMutationForm } from '~/lib/request.server'
import { findPost } from '~/models/posts.server'
import { canEditPost, type Actor } from '~/policies'
import { EditPostSchema } from '~/schemas/forum'
import { editPost } from '~/services/forum.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The post, if this actor may edit it; anyone else gets 404. */
async function editablePost(actor: Actor, postId: string | undefined) {
  allowOr404(!!postId && /^\d{1,18}$/.test(postId))
  const post = await findPost(db(), postId)
  allowOr404(
    !!post &&
      !post.thread_deleted_at &&
      canEditPost(actor, { authorId: post.author_id, deletedAt: post.deleted_at, hiddenAt: post.hidden_at }, { lockedAt: post.locked_at }),
  )
  return post
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const post = await editablePost(actor, params.postId)
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('forum.editTitle'), post: { id: post.id, threadId: post.thread_id, isOpening: post.is_opening, title: post.title, body: post.body_md } }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const post = await editablePost(actor, params.postId)
  const submission = parseWithZod(formData, { schema: EditPostSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), pii: null }, { status: 400 })
  const checked = applyPiiDecision({ title: post.is_opening ? submission.value.title : undefined, body: submission.value.body, decision: submission.value.piiDecision })
  if (checked.notice) return { result: submission.reply(), pii: checked.notice }
  const { crisis } = await editPost(db(), { actor, postId: post.id, body: checked.body, title: checked.title })
  if (crisis) return redirect(`/support?post=${post.id}`)
  return redirectWithFlash(`/t/${post.thread_id}#p${post.id}`, 'forum.saved')
}

export default function EditPostPage() {
  const { post } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof EditPostSchema>>({
    id: `edit-${post.id}`,
    lastResult: actionData?.result,
    defaultValue: { title: post.isOpening ? post.title : undefined, body: post.body },
    shouldValidate: 'onSubmit',
  })
  return (
    <section className="narrow-wide">
      <h1>{t('forum.editTitle')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        {actionData?.pii ? <PiiWarning notice={actionData.pii} /> : null}
        {post.isOpening ? <Field meta={fields.title} label={t('forum.title')} help={t('forum.titleHelp')} required /> : null}
        <MarkdownEditor meta={fields.body} label={t('forum.body')} rows={10} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('forum.save')}
          </button>
          <Link to={`/t/${post.threadId}#p${post.id}`} className="button button-secondary">
            {t('forum.cancelReplyTo')}
          </Link>
        </div>
      </Form>
    </section>
  )
}
