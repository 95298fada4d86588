import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404, idParamOr404 } from '~/auth/guards.server'
import { VideoCall } from '~/components/cases/video-call'
import { requireCaseViewer } from '~/lib/case-route.server'
import { db } from '~/lib/db.server'
import { env } from '~/lib/env.server'
import { formatZonedDateTime } from '~/lib/format'
import { privateNoStore } from '~/lib/headers'
import { iceServersFor } from '~/lib/ice.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findCallForParticipant } from '~/services/cases/call.server'
import { logCaseAccess } from '~/services/cases/shared.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)
export const headers = privateNoStore

/**
 * The 1:1 call of a video session. Only its two people ever get this page (404 for everyone
 * else, staff included); outside the time window it says when the call opens, and the ICE
 * servers (with their short-lived TURN credentials) are handed out only while it is open.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireCaseViewer(request)
  const call = await findCallForParticipant(db(), actor, idParamOr404(params.caseId), idParamOr404(params.sessionId))
  allowOr404(!!call)
  if (call.role === 'counselor') await logCaseAccess(db(), { caseId: call.caseId, actorId: actor.id, capacity: 'counselor', what: 'call' })
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  return {
    pageTitle: t('cases.callTitle'),
    locale,
    caseId: call.caseId,
    role: call.role,
    open: call.open,
    notYet: !call.open && call.opensAt > new Date(),
    startsAt: call.startsAt.toISOString(),
    durationMinutes: call.durationMinutes,
    timeZone: call.timeZone,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    iceServers: call.open ? iceServersFor(actor.id) : [],
    relayOnly: env.iceConfig.relayOnly,
    signalUrl: `/events/call/${call.caseId}/${call.sessionId}`,
  }
}

export default function CallPage() {
  const page = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const when = (value: string) => formatZonedDateTime(value, page.locale, page.timeZone)
  return (
    <section className="call-page">
      <p>
        <Link to={`/cases/${page.caseId}#sessions`}>{t('cases.callBack')}</Link>
      </p>
      <h1>{t('cases.callTitle')}</h1>
      <p>{t('cases.callWhen', { time: when(page.startsAt), minutes: page.durationMinutes, until: when(page.closesAt) })}</p>
      <p className="muted">{t('cases.callIntro', { other: t(`cases.callOther_${page.role === 'member' ? 'counselor' : 'member'}`) })}</p>
      {page.open ? (
        <VideoCall role={page.role} signalUrl={page.signalUrl} chatUrl={`/cases/${page.caseId}#chat`} iceServers={page.iceServers} relayOnly={page.relayOnly} />
      ) : (
        <>
          <p className="notice">{page.notYet ? t('cases.callNotYet', { time: when(page.opensAt) }) : t('cases.callClosed')}</p>
          <p>
            <Link to={`/cases/${page.caseId}#chat`}>{t('cases.callChatFallback')}</Link>
          </p>
        </>
      )}
    </section>
  )
}
