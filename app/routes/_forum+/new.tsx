import { getFormProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { requireActor } from '~/auth/guards.server'
import { AnonymousCheckbox, ComposerButtons, FormErrors } from '~/components/forum/composer-parts'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { SimilarQuestions, type SimilarItem } from '~/components/forum/similar-questions'
import { PiiWarning } from '~/components/forum/pii-warning'
import { Field, FieldErrors } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { forwardRetryAfter } from '~/lib/headers'
import { pageTitle } from '~/lib/meta'
import { answerRefusal, formAction } from '~/lib/action.server'
import { previewDraft, type PiiNotice } from '~/services/posts/draft.server'
import { listCategories } from '~/models/categories.server'
import { findSimilarQuestions } from '~/models/search.server'
import { canStartThread } from '~/policies'
import { COMPOSER_REFUSAL_FIELDS, NewThreadSchema } from '~/schemas/forum'
import { createThread } from '~/services/posts/publish.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const categories = (await listCategories(db(), locale)).filter((c) => canStartThread(actor, c))
  const preselected = new URL(request.url).searchParams.get('category')
  return {
    title: t('forum.askTitle'),
    categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
    preselected: categories.some((c) => c.slug === preselected) ? preselected : null,
    // One key per rendered form: a double-submitted form carries the same key and creates one thread.
    idempotencyKey: crypto.randomUUID(),
    suspended: !canStartThread(actor, { staffOnly: false }),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  const submission = parseWithZod(form, { schema: NewThreadSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), preview: null, pii: null }, { status: 400 })
  const { intent, category, ...draft } = submission.value
  const view = { reply: submission.reply, base: { preview: null as string | null, pii: null as PiiNotice | null, similar: null as SimilarItem[] | null }, fields: COMPOSER_REFUSAL_FIELDS, decisionKey: 'pii' }
  if (intent === 'preview') {
    // The preview step is also where, without JavaScript, similar questions are offered.
    const [preview, items] = await Promise.all([previewDraft(db(), actor, draft.body), findSimilarQuestions(db(), draft.title)])
    return preview.ok ? data({ result: submission.reply(), preview: preview.value, pii: null, similar: items }) : answerRefusal(preview, view)
  }
  const created = await createThread(db(), { actor, categorySlug: category, ...draft })
  if (!created.ok) return answerRefusal(created, view)
  // A post that reads as a crisis shows its writer help at once, before anything else.
  if (created.value.crisis) return redirect(`/support?post=${created.value.postId}`)
  return redirectWithFlash(`/t/${created.value.threadId}`, 'forum.posted')
})

export default function NewThreadPage() {
  const { categories, preselected, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof NewThreadSchema>>({
    id: 'new-thread',
    lastResult: actionData?.result,
    defaultValue: { category: preselected ?? '', idempotencyKey },
    shouldValidate: 'onSubmit',
  })
  const { key: selectKey, ...selectProps } = getSelectProps(fields.category)
  return (
    <section className="narrow-wide">
      <h1>{t('forum.askTitle')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
        <FormErrors errors={form.errors} />
        {actionData?.pii ? <PiiWarning notice={actionData.pii} /> : null}
        <div className="field">
          <label htmlFor={fields.category.id}>{t('forum.category')}</label>
          <select key={selectKey} {...selectProps}>
            <option value="">{t('forum.chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.category.errorId} errors={fields.category.errors} t={t} />
        </div>
        <Field meta={fields.title} label={t('forum.title')} help={t('forum.titleHelp')} required />
        <SimilarQuestions titleInputId={fields.title.id} initial={actionData && 'similar' in actionData ? (actionData.similar ?? null) : null} />
        <MarkdownEditor meta={fields.body} label={t('forum.body')} serverPreview={actionData?.preview} rows={10} draft={{ form: 'new-thread', fields: ['title', 'tags', 'body'] }} />
        <Field meta={fields.tags} label={t('forum.tags')} help={t('forum.tagsHelp')} />
        <AnonymousCheckbox meta={fields.anonymous} />
        <ComposerButtons publishLabel={t('forum.publish')} />
      </Form>
    </section>
  )
}
