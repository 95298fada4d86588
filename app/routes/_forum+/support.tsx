import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { requireActor } from '~/auth/guards.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { HelpContacts } from '~/components/support/help-contacts'
import { formAction, valueOr404 } from '~/lib/action.server'
import { isId } from '~/lib/ids'
import { findPost } from '~/models/posts.server'
import { findOpenRequestOf } from '~/models/cases.server'
import { requestCase } from '~/services/cases/open.server'
import { crisisHelpTexts } from '~/services/settings.server'

// A neutral way out on pages about counseling (shared phones): see components/support/quick-exit.
export const handle = { quickExit: true }

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** The post, only if it is the actor's own (the page never reveals anything about others' posts). */
async function ownPost(actorId: string, postId: string | null) {
  if (!isId(postId)) return null
  const post = await findPost(db(), postId)
  return post && post.author_id === actorId ? post : null
}

/** The calm crisis message a writer sees at once: help contacts (instance text) and a private counselor. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const post = await ownPost(actor.id, new URL(request.url).searchParams.get('post'))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [texts, open] = await Promise.all([crisisHelpTexts(db()), findOpenRequestOf(db(), actor.id)])
  return {
    pageTitle: t('support.title'),
    helpText: (locale === 'en' ? texts.en : texts.id) || t('support.helpDefault'),
    back: post ? `/t/${post.thread_id}#p${post.id}` : null,
    postId: post?.id ?? null,
    openCaseId: open?.id ?? null,
  }
}

export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  const post = await ownPost(actor.id, String(form.get('postId') ?? ''))
  // From the crisis message: straight to intake as a crisis case (on-duty counselors are alerted),
  // unless one is already open; a repeated click lands on the same case.
  const caseId = valueOr404(await requestCase(db(), { actor, type: 'wellbeing', urgency: post ? 'crisis' : 'high', postId: post?.id ?? null, reuseOpenRequest: true }))
  return redirectWithFlash(`/cases/${caseId}`, 'support.requested')
})

export default function SupportPage() {
  const { helpText, back, postId, openCaseId } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  // On a phone the first screen holds what matters: the words, the counselor button, the numbers.
  return (
    <section className="narrow support">
      <h1>{t('support.title')}</h1>
      <p className="lead">{t('support.intro')}</p>
      <div className="support-actions">
        {openCaseId ? (
          <p role="status">
            {t('support.requested')} <Link to={`/cases/${openCaseId}`}>{t('cases.openCase')}</Link>
          </p>
        ) : (
          <Form method="post">
            <AuthenticityTokenInput />
            {postId ? <input type="hidden" name="postId" value={postId} /> : null}
            <button type="submit" className="button button-large">
              {t('support.request')}
            </button>
          </Form>
        )}
      </div>
      <h2>{t('support.helpHeading')}</h2>
      <HelpContacts text={helpText} />
      <h2>{t('support.counselorHeading')}</h2>
      <p>{t('support.counselorText')}</p>
      {back ? (
        <p>
          <Link to={back}>{t('support.backToThread')}</Link>
        </p>
      ) : null}
    </section>
  )
}
