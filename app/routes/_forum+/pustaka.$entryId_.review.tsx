import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { KbRegulation } from '#db/schema'
import { allowOr404, idParamOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { OutdatedNotice, ReviewedBy } from '~/components/kb/entry-parts'
import { EntryFormFields } from '~/components/kb/entry-form'
import { translateError } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findActiveExpertise, findEntry } from '~/models/kb.server'
import { canCurateKbEntry, isKbEntryDue } from '~/policies'
import { ReviewKbEntrySchema } from '~/schemas/kb'
import { reviewKbEntry } from '~/services/kb/entries.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** Re-confirm or edit an entry: an expert of its area or a moderator (404 for anyone else). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const entryId = idParamOr404(params.entryId)
  const [entry, expertise, t, locale] = await Promise.all([findEntry(db(), entryId), findActiveExpertise(db(), actor.id), i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  allowOr404(!!entry && canCurateKbEntry(actor, { categoryId: entry.category_id }, expertise))
  const regulations = entry.regulations as KbRegulation[]
  return {
    pageTitle: t('kb.reviewTitle'),
    locale,
    entry: {
      id: entry.id,
      title: entry.title,
      question: entry.question_md,
      answer: entry.answer_md,
      tags: entry.tags,
      regulations: regulations.map((r) => ({ name: r.name, number: r.number, year: String(r.year), article: r.article ?? '', url: r.url ?? '' })),
      version: entry.version,
      reviewedBadge: entry.reviewed_badge,
      reviewedAt: entry.reviewed_at.toISOString(),
      reviewDueAt: entry.review_due_at.toISOString(),
      due: isKbEntryDue({ reviewDueAt: entry.review_due_at }),
    },
  }
}

export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const entryId = idParamOr404(params.entryId)
  const submission = parseWithZod(form, { schema: ReviewKbEntrySchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), stateError: null }, { status: 400 })
  const value = submission.value
  const outcome = await reviewKbEntry(db(), value.intent === 'edit' ? { actor, entryId, ...value } : { actor, entryId, ...value })
  if (!outcome.ok) return answerRefusal(outcome, { reply: submission.reply, base: {} })
  return redirectWithFlash(`/pustaka/${entryId}`, value.intent === 'edit' ? 'kb.edited' : 'kb.confirmed')
})

export default function ReviewEntryPage() {
  const { entry, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<{ intent: string; version: string; title: string; question: string; answer: string; tags: string[]; regulations: { name: string; number: string; year: string; article: string; url: string }[]; note: string }>({
    id: `kb-review-${entry.id}`,
    lastResult: actionData && 'result' in actionData ? actionData.result : undefined,
    defaultValue: { intent: 'edit', version: String(entry.version), title: entry.title, question: entry.question, answer: entry.answer, tags: entry.tags, regulations: entry.regulations, note: '' },
    shouldValidate: 'onSubmit',
  })
  const stateError = actionData && 'stateError' in actionData ? actionData.stateError : null
  return (
    <section className="narrow-wide">
      <h1>{t('kb.reviewTitle')}</h1>
      <p>
        <Link to={`/pustaka/${entry.id}`}>{entry.title}</Link>
      </p>
      {stateError ? (
        <p className="form-error" role="alert">
          {translateError(stateError, t)}
        </p>
      ) : null}
      {entry.due ? <OutdatedNotice dueAt={entry.reviewDueAt} locale={locale} /> : null}
      <p className="muted">
        <ReviewedBy badge={entry.reviewedBadge} at={entry.reviewedAt} locale={locale} />
      </p>
      <section aria-labelledby="kb-confirm-heading" className="kb-confirm">
        <h2 id="kb-confirm-heading">{t('kb.confirmHeading')}</h2>
        <p>{t('kb.confirmHelp')}</p>
        <Form method="post" className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="version" value={entry.version} />
          <button type="submit" className="button">
            {t('kb.confirm')}
          </button>
        </Form>
      </section>
      <section aria-labelledby="kb-edit-heading">
        <h2 id="kb-edit-heading">{t('kb.editHeading')}</h2>
        <Form method="post" {...getFormProps(form)} className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="version" value={entry.version} />
          <FormErrors errors={form.errors} />
          <EntryFormFields form={form as never} fields={fields as never} />
          <div className="field">
            <label htmlFor="kb-note">{t('kb.note')}</label>
            <input id="kb-note" name="note" maxLength={500} aria-describedby="kb-note-help" />
            <p id="kb-note-help" className="field-help">
              {t('kb.noteHelp')}
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              {t('kb.saveEdit')}
            </button>
          </div>
        </Form>
      </section>
    </section>
  )
}
