import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { requireActor } from '~/auth/guards.server'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { PiiWarning } from '~/components/forum/pii-warning'
import { Field, FieldErrors, translateError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { renderMarkdown } from '~/lib/markdown.server'
import { forwardRetryAfter } from '~/lib/headers'
import { pageTitle } from '~/lib/meta'
import { applyPiiDecision } from '~/lib/pii'
import { env } from '~/lib/env.server'
import { hasExternalLinks } from '~/lib/links'
import { hitRateLimit, RATE_RULES } from '~/lib/rate-limit.server'
import { readMutationForm } from '~/lib/request.server'
import { listCategories } from '~/models/categories.server'
import { canPostLinks, canStartThread } from '~/policies'
import { NewThreadSchema } from '~/schemas/forum'
import { createThread } from '~/services/forum.server'

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

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const submission = parseWithZod(formData, { schema: NewThreadSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), preview: null, pii: null }, { status: 400 })
  const value = submission.value
  const category = (await listCategories(db(), 'id')).find((c) => c.slug === value.category)
  if (!category || !canStartThread(actor, category)) {
    return data({ result: submission.reply({ fieldErrors: { category: [category ? 'errors.cannotPostHere' : 'errors.categoryInvalid'] } }), preview: null, pii: null }, { status: 400 })
  }
  if (hasExternalLinks(value.body) && !canPostLinks(actor, env.trustRules.links)) {
    const { minAccountDays, minReputation } = env.trustRules.links
    return data({ result: submission.reply({ fieldErrors: { body: [`errors.linksNotYet?days=${minAccountDays}&reputation=${minReputation}`] } }), preview: null, pii: null }, { status: 400 })
  }
  if (value.intent === 'preview') return { result: submission.reply(), preview: renderMarkdown(value.body), pii: null }
  const checked = applyPiiDecision({ title: value.title, body: value.body, decision: value.piiDecision })
  if (checked.notice) return { result: submission.reply(), preview: null, pii: checked.notice }
  const limit = await hitRateLimit(db(), RATE_RULES.postsPerMember, actor.id)
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60)
    return data(
      { result: submission.reply({ formErrors: [`errors.rateLimited?minutes=${minutes}`] }), preview: null, pii: null },
      { status: 429, headers: { 'Retry-After': String(limit.retryAfterSeconds) } },
    )
  }
  const created = await createThread(db(), {
    actor,
    categoryId: category.id,
    title: checked.title ?? value.title,
    body: checked.body,
    tags: value.tags,
    anonymous: value.anonymous,
    idempotencyKey: value.idempotencyKey,
  })
  // A post that reads as a crisis shows its writer help at once, before anything else.
  if (created.crisis) return redirect(`/support?post=${created.postId}`)
  return redirectWithFlash(`/t/${created.threadId}`, 'forum.posted')
}

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
  const { key: anonKey, ...anonProps } = getInputProps(fields.anonymous, { type: 'checkbox', value: 'on' })
  return (
    <section className="narrow-wide">
      <h1>{t('forum.askTitle')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
        {form.errors?.length ? (
          <p className="form-error" role="alert">
            {form.errors.map((e) => translateError(e, t)).join(' ')}
          </p>
        ) : null}
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
        <MarkdownEditor meta={fields.body} label={t('forum.body')} serverPreview={actionData?.preview} rows={10} />
        <Field meta={fields.tags} label={t('forum.tags')} help={t('forum.tagsHelp')} />
        <div className="checkbox">
          <input key={anonKey} {...anonProps} aria-describedby={`${fields.anonymous.id}-help`} />
          <div>
            <label htmlFor={fields.anonymous.id}>{t('forum.postAnonymously')}</label>
            <p id={`${fields.anonymous.id}-help`} className="field-help">
              {t('forum.postAnonymouslyHelp')}
            </p>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="publish" className="button">
            {t('forum.publish')}
          </button>
          <button type="submit" name="intent" value="preview" className="button button-secondary">
            {t('forum.preview')}
          </button>
        </div>
      </Form>
    </section>
  )
}
