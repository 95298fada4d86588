import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { PRIVACY_NOTICE_VERSION } from '~/services/accounts.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18nServer.getFixedT(request)
  return { title: t('privacy.title'), version: PRIVACY_NOTICE_VERSION }
}

export default function PrivacyPage() {
  const { version } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <article className="narrow prose">
      <h1>{t('privacy.title')}</h1>
      <p className="muted">{t('privacy.version', { version })}</p>
      <p>{t('privacy.body1')}</p>
      <p>{t('privacy.body2')}</p>
      <p>{t('privacy.body3')}</p>
      <p>{t('privacy.body4')}</p>
    </article>
  )
}
