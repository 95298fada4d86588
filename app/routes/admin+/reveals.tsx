import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { Field, FormError, TextAreaField, translateError } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { isId } from '~/lib/ids'
import { pageTitle } from '~/lib/meta'
import { canDecideEmailReveal, canSeeRevealedEmail, canViewAdminArea } from '~/policies'
import { RevealRequestSchema } from '~/schemas/accounts'
import { listEmailReveals } from '~/models/data-rights.server'
import { decideEmailReveal, requestEmailReveal, showRevealedEmail } from '~/services/data-rights/reveal.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const [t, locale, rows] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), listEmailReveals(db())])
  return {
    title: t('rights.revealTitle'),
    locale,
    // Pseudonyms and the reason only: this page never carries an email on a GET.
    reveals: rows.map((r) => {
      const access = { targetUserId: r.target_user_id, requestedBy: r.requested_by, status: r.status }
      return {
        id: r.id,
        status: r.status,
        reason: r.reason,
        target: r.target,
        requester: r.requester ?? '—',
        decider: r.decider,
        createdAt: r.created_at.toISOString(),
        canDecide: canDecideEmailReveal(actor, access),
        canShow: canSeeRevealedEmail(actor, access),
        mine: r.requested_by === actor.id,
      }
    }),
  }
}

// The decide and show buttons have no fields to return to: a refusal is said at the top of the page.
const noForm = () => ({ status: 'error' as const, initialValue: null, error: {} })

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const intent = form.get('intent')
  if (intent === 'request') {
    const submission = parseWithZod(form, { schema: RevealRequestSchema })
    if (submission.status !== 'success') return data({ result: submission.reply(), stateError: null, revealed: null }, { status: 400 })
    const outcome = await requestEmailReveal(db(), { actor, ...submission.value })
    if (!outcome.ok) return answerRefusal(outcome, { reply: submission.reply, base: { revealed: null }, fields: { revealUnknownMember: 'pseudonym', revealPending: 'pseudonym' } })
    return redirectWithFlash('/admin/reveals', 'rights.revealRequested')
  }
  const revealId = String(form.get('revealId') ?? '')
  allowOr404(isId(revealId))
  if (intent === 'approve' || intent === 'decline') {
    const outcome = await decideEmailReveal(db(), { actor, revealId, approve: intent === 'approve' })
    if (!outcome.ok) return answerRefusal(outcome, { reply: noForm, base: { revealed: null } })
    return redirectWithFlash('/admin/reveals', intent === 'approve' ? 'rights.revealApproved' : 'rights.revealDeclined')
  }
  allowOr404(intent === 'show')
  const outcome = await showRevealedEmail(db(), { actor, revealId })
  if (!outcome.ok) return answerRefusal(outcome, { reply: noForm, base: { revealed: null } })
  // The one response that carries the address; the request is spent, so it cannot be fetched again.
  return data({ result: undefined, stateError: null, revealed: outcome.value }, { headers: { 'Cache-Control': 'no-store' } })
})

export default function RevealsPage() {
  const { reveals, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof RevealRequestSchema>>({ id: 'reveal-request', lastResult: actionData?.result, shouldValidate: 'onSubmit' })
  const revealed = actionData?.revealed
  return (
    <section className="narrow-wide">
      <h1>{t('rights.revealTitle')}</h1>
      <p>{t('rights.revealIntro')}</p>
      {actionData?.stateError ? (
        <p className="form-error" role="alert">
          {translateError(actionData.stateError, t)}
        </p>
      ) : null}
      {revealed ? (
        <section aria-labelledby="revealed" className="notice" role="status">
          <h2 id="revealed">{t('rights.revealShownTitle', { pseudonym: revealed.pseudonym })}</h2>
          <p className="revealed-email">{revealed.email}</p>
          <p>{t('rights.revealShownNote')}</p>
        </section>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="request" />
        <FormError id={`${form.id}-error`} message={form.errors?.[0] ? translateError(form.errors[0], t) : null} />
        <Field meta={fields.pseudonym} label={t('rights.revealPseudonym')} autoComplete="off" required />
        <TextAreaField meta={fields.reason} label={t('rights.revealReason')} help={t('rights.revealReasonHelp')} rows={3} />
        <button type="submit" className="button">
          {t('rights.revealSubmit')}
        </button>
      </Form>
      <h2>{t('rights.revealList')}</h2>
      {reveals.length === 0 ? <p>{t('rights.revealNone')}</p> : null}
      <ul className="plain stack">
        {reveals.map((r) => (
          <li key={r.id} className="card">
            <p>
              <strong>{t('rights.revealRow', { requester: r.requester, target: r.target })}</strong> · {t(`rights.revealStatus_${r.status}`)} · {formatDateTime(r.createdAt, locale)}
            </p>
            <p>{t('rights.revealReasonShown', { reason: r.reason })}</p>
            {r.canDecide ? (
              <Form method="post" className="inline-actions">
                <AuthenticityTokenInput />
                <input type="hidden" name="revealId" value={r.id} />
                <button type="submit" name="intent" value="approve" className="button">
                  {t('rights.revealApprove')}
                </button>{' '}
                <button type="submit" name="intent" value="decline" className="button button-secondary">
                  {t('rights.revealDecline')}
                </button>
              </Form>
            ) : r.status === 'pending' && r.mine ? (
              <p className="muted">{t('rights.revealWaitOther')}</p>
            ) : null}
            {r.canShow ? (
              <Form method="post">
                <AuthenticityTokenInput />
                <input type="hidden" name="revealId" value={r.id} />
                <button type="submit" name="intent" value="show" className="button">
                  {t('rights.revealShow')}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
