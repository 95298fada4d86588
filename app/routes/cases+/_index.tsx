import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { useLiveReload } from '~/lib/use-live-reload'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { privateNoStore } from '~/lib/headers'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { formAction, valueOr404 } from '~/lib/action.server'
import { isId } from '~/lib/ids'
import { isOnDuty, listCasesOfCounselor, listCasesOfMember, listClaimableCrisisCases } from '~/models/cases.server'
import { canReferEmployee, canRequestCounseling, canSetOwnDuty, canViewIntakeQueue, isCounselor } from '~/policies'
import { claimCase, setDuty } from '~/services/cases/assignment.server'

// A neutral way out on pages about counseling (shared phones): see components/support/quick-exit.
export const handle = { quickExit: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export const headers = privateNoStore

/** "My counseling": a member's own cases; for counselors also their caseload, duty switch and crisis cases to take. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const counselor = isCounselor(actor)
  const [t, locale, own, caseload, onDuty, claimable] = await Promise.all([
    i18nServer.getFixedT(request),
    i18nServer.getLocale(request),
    listCasesOfMember(db(), actor.id),
    counselor ? listCasesOfCounselor(db(), actor.id) : Promise.resolve([]),
    counselor ? isOnDuty(db(), actor.id) : Promise.resolve(false),
    counselor ? listClaimableCrisisCases(db()) : Promise.resolve([]),
  ])
  return {
    pageTitle: t('cases.title'),
    locale,
    can: { request: canRequestCounseling(actor), duty: canSetOwnDuty(actor), intake: canViewIntakeQueue(actor), refer: canReferEmployee(actor) },
    onDuty,
    own: own.map((c) => ({ id: c.id, type: c.type, status: c.status, counselor: c.counselor_pseudonym, updatedAt: c.updated_at.toISOString(), unread: Number(c.unread) })),
    caseload: caseload.map((c) => ({ id: c.id, type: c.type, urgency: c.urgency, status: c.status, member: c.member_alias, updatedAt: c.updated_at.toISOString(), unread: Number(c.unread) })),
    claimable: onDuty ? claimable.map((c) => ({ id: c.id, type: c.type, source: c.source, createdAt: c.created_at.toISOString() })) : [],
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  const intent = String(form.get('intent') ?? '')
  if (intent === 'duty') {
    const onDuty = form.get('onDuty') === 'on'
    valueOr404(await setDuty(db(), { actor, onDuty }))
    return redirectWithFlash('/cases', onDuty ? 'cases.dutyOn' : 'cases.dutyOff')
  }
  allowOr404(intent === 'claim' && isCounselor(actor))
  const caseId = String(form.get('caseId') ?? '')
  allowOr404(isId(caseId))
  const claimed = await claimCase(db(), { actor, caseId })
  // Another counselor was quicker, or the counselor went off duty meanwhile.
  if (!claimed.ok) return redirectWithFlash('/cases', 'cases.claimTaken')
  return redirectWithFlash(`/cases/${caseId}`, 'cases.claimed')
})

export default function CasesPage() {
  const { own, caseload, claimable, can, onDuty, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  // A new message or a crisis case arrives as a notification: the lists reload.
  useLiveReload('/events/me', 'notification')
  return (
    <section>
      <h1>{t('cases.title')}</h1>
      <p className="lead">{t('cases.intro')}</p>
      <ul className="link-list">
        {can.request ? (
          <li>
            <Link to="/cases/new" className="button">
              {t('cases.requestLink')}
            </Link>
          </li>
        ) : null}
        {can.intake ? (
          <li>
            <Link to="/cases/intake">{t('cases.intakeTitle')}</Link>
          </li>
        ) : null}
        {can.refer ? (
          <li>
            <Link to="/cases/refer">{t('cases.referEmployeeTitle')}</Link>
          </li>
        ) : null}
      </ul>
      <h2>{t('cases.myCases')}</h2>
      {own.length === 0 ? <p className="muted">{t('cases.noOwnCases')}</p> : null}
      <ul className="plain case-list">
        {own.map((c) => (
          <li key={c.id}>
            <Link to={`/cases/${c.id}`}>{t('cases.caseTitle', { id: c.id })}</Link>
            {` · ${t(`cases.type_${c.type}`)} · ${t(`cases.status_${c.status}`)} · ${c.counselor ?? t('cases.noCounselorYet')} · ${formatDateTime(c.updatedAt, locale)}`}
            {c.unread ? <span className="badge">{` ${t('cases.unread', { count: c.unread })}`}</span> : null}
          </li>
        ))}
      </ul>
      {can.duty ? (
        <>
          <h2>{t('cases.caseload')}</h2>
          <Form method="post" className="inline-form">
            <AuthenticityTokenInput />
            <input type="hidden" name="intent" value="duty" />
            <p>{onDuty ? t('cases.youAreOnDuty') : t('cases.youAreOffDuty')}</p>
            {onDuty ? null : <input type="hidden" name="onDuty" value="on" />}
            <button type="submit" className="button button-secondary">
              {onDuty ? t('cases.goOffDuty') : t('cases.goOnDuty')}
            </button>
          </Form>
          {claimable.length ? (
            <>
              <h3>{t('cases.crisisWaiting')}</h3>
              <ul className="plain">
                {claimable.map((c) => (
                  <li key={c.id}>
                    {`${t('cases.caseTitle', { id: c.id })} · ${t(`cases.type_${c.type}`)} · ${t(`cases.source_${c.source}`)} · ${formatDateTime(c.createdAt, locale)} `}
                    <Form method="post" className="inline-form">
                      <AuthenticityTokenInput />
                      <input type="hidden" name="intent" value="claim" />
                      <input type="hidden" name="caseId" value={c.id} />
                      <button type="submit" className="button button-small">
                        {t('cases.claim', { id: c.id })}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {caseload.length === 0 ? <p className="muted">{t('cases.noCaseload')}</p> : null}
          <ul className="plain case-list">
            {caseload.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{t('cases.caseTitle', { id: c.id })}</Link>
                {` · ${c.member} · ${t(`cases.type_${c.type}`)} · ${t(`cases.urgency_${c.urgency}`)} · ${t(`cases.status_${c.status}`)} · ${formatDateTime(c.updatedAt, locale)}`}
                {c.unread ? <span className="badge">{` ${t('cases.unread', { count: c.unread })}`}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
