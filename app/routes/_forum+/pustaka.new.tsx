import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { SanitizedHtml } from '~/components/forum/post-body'
import { EntryFormFields } from '~/components/kb/entry-form'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { isId } from '~/lib/ids'
import { renderMarkdown } from '~/lib/markdown.server'
import { pageTitle } from '~/lib/meta'
import { findActiveExpertise, findEntrySource } from '~/models/kb.server'
import { canTurnThreadIntoEntry, type Actor } from '~/policies'
import { NewKbEntrySchema } from '~/schemas/kb'
import { createKbEntry } from '~/services/kb/entries.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The form that turns a thread into an entry: for an expert of its area or a moderator (404 for anyone else). */
/** The thread named by ?thread=, if this actor may turn it into an entry (404 otherwise). */
async function allowedSource(request: Request, actor: Actor) {
  const threadId = new URL(request.url).searchParams.get('thread')
  allowOr404(isId(threadId))
  const [source, expertise] = await Promise.all([findEntrySource(db(), threadId), findActiveExpertise(db(), actor.id)])
  allowOr404(!!source)
  const access = { categoryId: source.thread.category_id, hiddenAt: source.thread.hidden_at, deletedAt: source.thread.deleted_at, hasHoldingAnswer: source.holding.length > 0, hasEntry: false }
  allowOr404(canTurnThreadIntoEntry(actor, access, expertise))
  return source
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const [source, t] = await Promise.all([allowedSource(request, actor), i18nServer.getFixedT(request)])
  if (source.existingEntryId) return redirectWithFlash(`/pustaka/${source.existingEntryId}`, 'kb.alreadyEntry')
  return {
    pageTitle: t('kb.newTitle'),
    thread: { id: source.thread.id, title: source.thread.title, questionHtml: renderMarkdown(source.openingMd) },
    // The answers an entry may rest on; the first (accepted, else the earliest expert answer) is preselected.
    answers: source.holding.map((a) => ({ id: a.id, accepted: a.accepted, expert: a.expert, badge: a.badge, html: renderMarkdown(a.bodyMd), md: a.bodyMd })),
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  // Who may write it is asked before the form is read: anyone else learns nothing, not even a validation error.
  const source = await allowedSource(request, actor)
  if (source.existingEntryId) return redirectWithFlash(`/pustaka/${source.existingEntryId}`, 'kb.alreadyEntry')
  const submission = parseWithZod(form, { schema: NewKbEntrySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), stateError: null }, { status: 400 })
  const { sourcePost, question, ...content } = submission.value
  const created = await createKbEntry(db(), { actor, threadId: source.thread.id, sourcePostId: sourcePost, question, ...content })
  if (!created.ok) {
    // A second submit of the same form (or a second curator) finds the entry already written.
    if (created.code === 'kbExists') return redirectWithFlash(`/pustaka/${(created.detail as { entryId: string }).entryId}`, 'kb.alreadyEntry')
    return answerRefusal(created, { reply: submission.reply, base: {}, fields: { sourceInvalid: 'sourcePost' } })
  }
  return redirectWithFlash(`/pustaka/${created.value.entryId}`, 'kb.created')
})

export default function NewEntryPage() {
  const { thread, answers } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const first = answers[0]
  const [form, fields] = useForm<z.input<typeof NewKbEntrySchema>>({
    id: `kb-new-${thread.id}`,
    lastResult: actionData && 'result' in actionData ? actionData.result : undefined,
    defaultValue: { sourcePost: first?.id ?? '', title: thread.title, answer: first?.md ?? '' },
    shouldValidate: 'onSubmit',
  })
  const chosenSource = (fields.sourcePost.value as string | undefined) ?? first?.id
  return (
    <section className="narrow-wide">
      <h1>{t('kb.newTitle')}</h1>
      <p>
        {t('kb.fromThread')} <Link to={`/t/${thread.id}`}>{thread.title}</Link>
      </p>
      <details className="kb-source">
        <summary>{t('kb.originalQuestion')}</summary>
        <SanitizedHtml html={thread.questionHtml} />
      </details>
      <p className="notice">{t('kb.neutralHelp')}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <FormErrors errors={form.errors} />
        <fieldset className="field kb-source-answers">
          <legend>{t('kb.sourceAnswer')}</legend>
          {answers.map((a) => (
            <div key={a.id} className="kb-source-answer">
              <div className="checkbox">
                <input id={`kb-src-${a.id}`} type="radio" name={fields.sourcePost.name} value={a.id} defaultChecked={a.id === chosenSource} />
                <label htmlFor={`kb-src-${a.id}`}>
                  {a.accepted ? t('kb.acceptedAnswer') : t('kb.expertAnswer', { badge: a.badge ?? '' })}
                </label>
              </div>
              <details>
                <summary>{t('kb.showAnswer')}</summary>
                <SanitizedHtml html={a.html} />
              </details>
            </div>
          ))}
          {fields.sourcePost.errors ? (
            <ul id={fields.sourcePost.errorId} className="field-errors">
              {fields.sourcePost.errors.map((e) => (
                <li key={e}>{t(e)}</li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <EntryFormFields form={form as never} fields={fields as never} />
        <div className="button-row">
          <button type="submit" className="button">
            {t('kb.publish')}
          </button>
        </div>
      </Form>
    </section>
  )
}
