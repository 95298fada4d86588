import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { HelpContacts } from '~/components/support/help-contacts'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findOwnProfile } from '~/models/profiles.server'
import { canManageOwnAccount } from '~/policies'
import { finishOnboarding } from '~/services/profile.server'
import { crisisHelpTexts } from '~/services/settings.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

/** A short welcome after sign-up: how anonymity works and where help is. Shown once. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const profile = await findOwnProfile(db(), actor.id)
  allowOr404(!!profile)
  if (profile.onboarded_at) throw redirect('/')
  const [t, locale, texts] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), crisisHelpTexts(db())])
  return { title: t('onboarding.title'), pseudonym: actor.pseudonym, helpText: (locale === 'en' ? texts.en : texts.id) || t('support.helpDefault') }
}

// Both "start" and "skip" mark the onboarding as seen; only where they lead differs.
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  valueOr404(await finishOnboarding(db(), actor))
  return redirect(form.get('intent') === 'profile' ? '/me/profile' : '/')
})

export default function WelcomePage() {
  const { pseudonym, helpText } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide onboarding" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{t('onboarding.title')}</h1>
      <p className="lead">{t('onboarding.intro', { pseudonym })}</p>
      <Form method="post" className="inline-form">
        <AuthenticityTokenInput />
        <button type="submit" name="intent" value="skip" className="link-button">
          {t('onboarding.skip')}
        </button>
      </Form>
      <ol className="onboarding-steps">
        <li>
          <h2>{t('onboarding.anonymityTitle')}</h2>
          <ul>
            <li>{t('onboarding.anonymityPseudonym')}</li>
            <li>{t('onboarding.anonymityAnonymous')}</li>
            <li>{t('onboarding.anonymityData')}</li>
          </ul>
          <p>
            <Link to="/privacy">{t('onboarding.privacyLink')}</Link>
          </p>
        </li>
        <li>
          <h2>{t('onboarding.helpTitle')}</h2>
          <p>{t('onboarding.helpCounselor')}</p>
          <p>
            <Link to="/cases/new">{t('onboarding.helpCounselorLink')}</Link>
          </p>
          <p>{t('onboarding.helpUrgent')}</p>
          <HelpContacts text={helpText} />
        </li>
      </ol>
      <Form method="post" className="button-row">
        <AuthenticityTokenInput />
        <button type="submit" name="intent" value="start" className="button">
          {t('onboarding.start')}
        </button>
        <button type="submit" name="intent" value="profile" className="button button-secondary">
          {t('onboarding.toProfile')}
        </button>
      </Form>
    </section>
  )
}
