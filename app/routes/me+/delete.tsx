import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { clearSessionCookie } from '~/auth/session.server'
import { Field, FieldErrors, FormError, translateError } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canExerciseDataRights } from '~/policies'
import { DeleteConfirmSchema, DeleteStartSchema } from '~/schemas/accounts'
import { deleteAccount, prepareAccountDeletion, type DeletionSummary, type PostsChoice } from '~/services/data-rights/delete.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const t = await i18nServer.getFixedT(request)
  return { title: t('rights.deleteTitle'), retentionDays: env.deletedCaseRetentionDays }
}

interface Confirmation {
  token: string
  posts: PostsChoice
  summary: DeletionSummary
}

/**
 * Two steps: the choice and the password (answered with the confirmation step, which carries a
 * short-lived token, never the password), then the confirmation that deletes. Sessions end with
 * it, this one included.
 */
export const action = formAction(async ({ request, form }) => {
  const { actor, sessionId } = await requireActor(request)
  allowOr404(canExerciseDataRights(actor, actor.id))
  const intent = form.get('intent')
  if (intent === 'review') {
    const submission = parseWithZod(form, { schema: DeleteStartSchema })
    const hideFields = ['password']
    const base = { confirm: null as Confirmation | null, confirmResult: null }
    if (submission.status !== 'success') return data({ ...base, result: submission.reply({ hideFields }), stateError: null }, { status: 400 })
    const prepared = await prepareAccountDeletion(db(), { actor, sessionId, posts: submission.value.posts, password: submission.value.password })
    if (!prepared.ok) return answerRefusal(prepared, { reply: (o) => submission.reply({ hideFields, ...o }), base, fields: { passwordWrong: 'password' } })
    return data({ ...base, result: submission.reply({ hideFields }), stateError: null, confirm: { token: prepared.value.token, posts: submission.value.posts, summary: prepared.value.summary } })
  }
  allowOr404(intent === 'delete')
  const submission = parseWithZod(form, { schema: DeleteConfirmSchema })
  if (submission.status !== 'success') {
    // Back to the confirmation step with its error (the token and choice travel in the form).
    const posts = form.get('posts') === 'remove' ? 'remove' : 'keep'
    const prepared = { token: String(form.get('token') ?? ''), posts: posts as PostsChoice, summary: null }
    return data({ result: undefined, stateError: null, confirm: null, confirmResult: submission.reply(), retry: prepared }, { status: 400 })
  }
  const deleted = await deleteAccount(db(), { actor, sessionId, posts: submission.value.posts, token: submission.value.token })
  if (!deleted.ok) {
    return answerRefusal(deleted, { reply: submission.reply, base: { confirm: null, confirmResult: null } })
  }
  return redirectWithFlash('/', 'rights.deleted', { 'Set-Cookie': clearSessionCookie() })
})

export default function DeleteAccountPage() {
  const { retentionDays } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const confirm = actionData && 'confirm' in actionData ? actionData.confirm : null
  const retry = actionData && 'retry' in actionData ? actionData.retry : null
  const [form, fields] = useForm<z.input<typeof DeleteStartSchema>>({ id: 'delete-start', lastResult: actionData && 'result' in actionData ? actionData.result : undefined, shouldValidate: 'onSubmit' })
  const [confirmForm, confirmFields] = useForm<z.input<typeof DeleteConfirmSchema>>({
    id: 'delete-confirm',
    lastResult: actionData && 'confirmResult' in actionData ? (actionData.confirmResult ?? undefined) : undefined,
    shouldValidate: 'onSubmit',
  })
  const step2 = confirm ?? (retry ? { ...retry, summary: null } : null)
  if (step2) {
    return (
      <section className="narrow">
        <h1>{t('rights.deleteConfirmTitle')}</h1>
        {confirm?.summary ? (
          <ul>
            <li>{t('rights.deleteSummaryPosts', { count: confirm.summary.posts, anonymous: confirm.summary.anonymousPosts })}</li>
            <li>{step2.posts === 'keep' ? t('rights.deleteSummaryKeep') : t('rights.deleteSummaryRemove', { kept: confirm.summary.threadsKeptForOthers })}</li>
            <li>{t('rights.deleteSummaryRatings')}</li>
            {confirm.summary.openCases ? <li>{t('rights.deleteSummaryOpenCases', { count: confirm.summary.openCases })}</li> : null}
            <li>{t('rights.deleteSummaryRetention', { days: retentionDays })}</li>
          </ul>
        ) : null}
        <Form method="post" {...getFormProps(confirmForm)} className="stack">
          <AuthenticityTokenInput />
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="posts" value={step2.posts} />
          <input type="hidden" name="token" value={step2.token} />
          <FormError id={`${confirmForm.id}-error`} message={confirmForm.errors?.[0] ? translateError(confirmForm.errors[0], t) : null} />
          <div className="checkbox">
            <input
              type="checkbox"
              id={confirmFields.understood.id}
              name={confirmFields.understood.name}
              aria-invalid={confirmFields.understood.errors ? true : undefined}
              aria-describedby={confirmFields.understood.errors ? confirmFields.understood.errorId : undefined}
            />
            <label htmlFor={confirmFields.understood.id}>{t('rights.deleteUnderstand')}</label>
          </div>
          <FieldErrors id={confirmFields.understood.errorId} errors={confirmFields.understood.errors} t={t} />
          <button type="submit" className="button button-danger">
            {t('rights.deleteSubmit')}
          </button>
        </Form>
        <p>
          <Link to="/me/delete">{t('rights.deleteBack')}</Link>
        </p>
      </section>
    )
  }
  const chosen = fields.posts.initialValue
  return (
    <section className="narrow">
      <h1>{t('rights.deleteTitle')}</h1>
      <p>{t('rights.deleteIntro')}</p>
      <p className="muted">{t('rights.deleteSummaryRetention', { days: retentionDays })}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="review" />
        <FormError id={`${form.id}-error`} message={form.errors?.[0] ? translateError(form.errors[0], t) : null} />
        <fieldset aria-describedby={fields.posts.errors ? fields.posts.errorId : undefined} aria-invalid={fields.posts.errors ? true : undefined}>
          <legend>{t('rights.deletePostsLegend')}</legend>
          {(['keep', 'remove'] as const).map((value) => (
            <div className="radio" key={value}>
              <input type="radio" id={`posts-${value}`} name={fields.posts.name} value={value} defaultChecked={chosen === value} aria-describedby={`posts-${value}-help`} />
              <label htmlFor={`posts-${value}`}>{value === 'keep' ? t('rights.deleteKeep') : t('rights.deleteRemove')}</label>
              <p id={`posts-${value}-help`} className="field-help">
                {value === 'keep' ? t('rights.deleteKeepHelp') : t('rights.deleteRemoveHelp')}
              </p>
            </div>
          ))}
          <FieldErrors id={fields.posts.errorId} errors={fields.posts.errors} t={t} />
        </fieldset>
        <Field meta={fields.password} label={t('rights.deletePassword')} type="password" autoComplete="current-password" required />
        <button type="submit" className="button">
          {t('rights.deleteReview')}
        </button>
      </Form>
    </section>
  )
}
