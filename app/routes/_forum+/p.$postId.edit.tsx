import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { PiiWarning } from '~/components/forum/pii-warning'
import { Field } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { answerRefusal, formAction } from '~/lib/action.server'
import { findPost, postAccessOf } from '~/models/posts.server'
import { canEditPost, type Actor } from '~/policies'
import { COMPOSER_REFUSAL_FIELDS, EditPostSchema } from '~/schemas/forum'
import type { PiiNotice } from '~/services/posts/draft.server'
import { editPost } from '~/services/posts/edit.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The post, if this actor may edit it (the form's view of the policy the service checks again). */
async function editablePost(actor: Actor, postId: string | undefined) {
  const post = await findPost(db(), idParamOr404(postId))
  allowOr404(!!post)
  const access = postAccessOf(post)
  allowOr404(canEditPost(actor, access.post, access.thread))
  return post
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const post = await editablePost(actor, params.postId)
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('forum.editTitle'), post: { id: post.id, threadId: post.thread_id, isOpening: post.is_opening, title: post.title, body: post.body_md } }
}

export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const submission = parseWithZod(form, { schema: EditPostSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), pii: null }, { status: 400 })
  const postId = idParamOr404(params.postId)
  const edited = await editPost(db(), { actor, postId, ...submission.value })
  if (!edited.ok) return answerRefusal(edited, { reply: submission.reply, base: { pii: null as PiiNotice | null }, fields: COMPOSER_REFUSAL_FIELDS, decisionKey: 'pii' })
  if (edited.value.crisis) return redirect(`/support?post=${postId}`)
  return redirectWithFlash(`/t/${edited.value.threadId}#p${postId}`, 'forum.saved')
})

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
