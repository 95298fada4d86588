import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { translateError } from '~/components/ui/field'
import { formAction, valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { isId } from '~/lib/ids'
import { pageTitle } from '~/lib/meta'
import { canManageOwnAccount } from '~/policies'
import { EmailChoicesSchema } from '~/schemas/watching'
import { findEmailChoices, findEmailLanguage, listOwnWatches, removeWatch, setEmailChoices } from '~/services/watching/watches.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [locale, t] = await Promise.all([i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const [watches, choices, language] = await Promise.all([listOwnWatches(db(), actor, locale), findEmailChoices(db(), actor.id), findEmailLanguage(db(), actor.id)])
  return { title: t('watch.title'), ...watches, choices: { ...choices, language } }
}

/** Stop one watch, or save the optional email choices; only ever the actor's own. */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  if (form.get('intent') === 'unwatch') {
    const watchId = String(form.get('watchId') ?? '')
    allowOr404(isId(watchId))
    valueOr404(await removeWatch(db(), { actor, watchId }))
    return redirectWithFlash('/me/watching', 'watch.unwatched')
  }
  const parsed = EmailChoicesSchema.safeParse(Object.fromEntries(form))
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
    const values = { digest: String(form.get('digest') ?? ''), replyEmails: form.get('replyEmails') === 'on', mentionEmails: form.get('mentionEmails') === 'on', language: String(form.get('language') ?? '') }
    return data({ errors, values }, { status: 400 })
  }
  const { digest, replyEmails, mentionEmails, language } = parsed.data
  valueOr404(await setEmailChoices(db(), { actor, userId: actor.id, choices: { digest, replyEmails, mentionEmails }, language }))
  return redirectWithFlash('/me/watching', 'watch.saved')
})

export default function WatchingPage() {
  const { categories, threads, choices } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = (actionData?.errors ?? {}) as Record<string, string>
  const shown = actionData?.values ?? choices
  const UnwatchForm = ({ id, name }: { id: string; name: string }) => (
    <Form method="post" className="inline-form">
      <AuthenticityTokenInput />
      <input type="hidden" name="intent" value="unwatch" />
      <input type="hidden" name="watchId" value={id} />
      <button type="submit" className="link-button" aria-label={t('watch.unwatchNamed', { name })}>
        {t('watch.unwatch')}
      </button>
    </Form>
  )
  return (
    <section className="narrow">
      <h1>{t('watch.title')}</h1>
      <p className="muted">{t('watch.privacyNote')}</p>
      <h2>{t('watch.categoriesHeading')}</h2>
      {categories.length === 0 ? <p>{t('watch.noCategories')}</p> : null}
      <ul className="watch-list">
        {categories.map((c) => (
          <li key={c.id}>
            <Link to={`/c/${c.slug}`}>{c.name}</Link> <UnwatchForm id={c.id} name={c.name} />
          </li>
        ))}
      </ul>
      <h2>{t('watch.threadsHeading')}</h2>
      {threads.length === 0 ? <p>{t('watch.noThreads')}</p> : null}
      <ul className="watch-list">
        {threads.map((w) => (
          <li key={w.id}>
            <Link to={`/t/${w.threadId}`}>{w.title}</Link> <UnwatchForm id={w.id} name={w.title} />
          </li>
        ))}
      </ul>
      <h2 id="email">{t('watch.emailHeading')}</h2>
      <p>{t('watch.emailIntro')}</p>
      <Form method="post" className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="email" />
        <fieldset className="consent" aria-describedby={errors.digest ? 'digest-error' : undefined}>
          <legend>{t('watch.digestLegend')}</legend>
          {(['off', 'daily', 'weekly'] as const).map((value) => (
            <div key={value} className="checkbox">
              <input type="radio" id={`digest-${value}`} name="digest" value={value} defaultChecked={shown.digest === value} />
              <label htmlFor={`digest-${value}`}>{t(`watch.digest_${value}`)}</label>
            </div>
          ))}
          {errors.digest ? (
            <p id="digest-error" className="field-errors">
              {translateError(errors.digest, t)}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="consent">
          <legend>{t('watch.directLegend')}</legend>
          <div className="checkbox">
            <input type="checkbox" id="replyEmails" name="replyEmails" defaultChecked={shown.replyEmails} />
            <label htmlFor="replyEmails">{t('watch.replyEmails')}</label>
          </div>
          <div className="checkbox">
            <input type="checkbox" id="mentionEmails" name="mentionEmails" defaultChecked={shown.mentionEmails} />
            <label htmlFor="mentionEmails">{t('watch.mentionEmails')}</label>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="language">{t('watch.languageLabel')}</label>
          <select id="language" name="language" defaultValue={shown.language} aria-invalid={errors.language ? true : undefined} aria-describedby={errors.language ? 'language-error' : undefined}>
            <option value="id" lang="id">
              {t('language.id')}
            </option>
            <option value="en" lang="en">
              {t('language.en')}
            </option>
          </select>
          {errors.language ? (
            <p id="language-error" className="field-errors">
              {translateError(errors.language, t)}
            </p>
          ) : null}
        </div>
        <p className="muted">{t('watch.consentNote')}</p>
        <button type="submit" className="button">
          {t('watch.save')}
        </button>
      </Form>
    </section>
  )
}
