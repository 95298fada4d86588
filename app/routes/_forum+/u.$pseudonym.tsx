import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404 } from '~/auth/guards.server'
import { BadgeChip, EmployeeChip } from '~/components/forum/author-label'
import { PatternAvatarImage } from '~/components/forum/pattern-avatar'
import { db } from '~/lib/db.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { publicEmployeeBadge } from '~/models/employee-verification.server'
import { findPublicProfile } from '~/models/experts.server'
import { getActor } from '~/auth/guards.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** A pseudonym's public record: never its anonymous posts, never its email or id. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const profile = await findPublicProfile(db(), params.pseudonym ?? '')
  allowOr404(!!profile)
  const [t, locale, actor] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), getActor(request)])
  const names = new Map((await listCategories(db(), locale)).map((c) => [c.id, c.name]))
  const { user, recent } = profile
  const employee = await publicEmployeeBadge(db(), user.id)
  return {
    pageTitle: t('profile.title', { pseudonym: user.pseudonym }),
    locale,
    profile: {
      pseudonym: user.pseudonym,
      reputation: user.reputation,
      memberSince: user.created_at.toISOString(),
      bio: user.bio,
      interests: (user.interests ?? []).map((id) => names.get(id)).filter((name): name is string => !!name),
      mine: actor?.id === user.id,
      answers: Number(user.answers),
      accepted: Number(user.accepted),
      badge: user.badge_text
        ? { text: user.badge_text, areas: (user.areas ?? []).map((id) => names.get(id) ?? '').filter(Boolean), since: user.verified_at!.toISOString(), inCategory: false, verifiedBy: user.verified_by }
        : null,
      employee: employee ? { institution: employee.institution } : null,
    },
    recent: recent.map((p) => ({ id: p.id, threadId: p.thread_id, title: p.title, createdAt: p.created_at.toISOString(), helpful: p.helpful_count, accepted: p.accepted })),
  }
}

export default function ProfilePage() {
  const { profile, recent, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <div className="profile-head">
        <PatternAvatarImage pseudonym={profile.pseudonym} />
        <h1>{profile.pseudonym}</h1>
      </div>
      {profile.employee ? (
        <p>
          <EmployeeChip badge={profile.employee} />
        </p>
      ) : null}
      {profile.badge ? (
        <>
          <p>
            <BadgeChip badge={profile.badge} />
          </p>
          <p className="muted badge-verified-by">
            {t('profileEdit.verifiedBy', { by: profile.badge.verifiedBy ?? t('profileEdit.verifiedByTeam'), date: formatDate(profile.badge.since, locale) })}
          </p>
        </>
      ) : null}
      {profile.bio ? <p className="profile-bio">{profile.bio}</p> : null}
      {profile.interests.length ? (
        <p className="profile-interests">
          <span>{t('profileEdit.interestsShown')} </span>
          {profile.interests.join(', ')}
        </p>
      ) : null}
      {profile.mine ? (
        <p>
          <Link to="/me/profile">{t('profileEdit.editLink')}</Link>
        </p>
      ) : null}
      <dl className="stats">
        <div>
          <dt>{t('profile.reputation')}</dt>
          <dd>{profile.reputation}</dd>
        </div>
        <div>
          <dt>{t('profile.answers')}</dt>
          <dd>{profile.answers}</dd>
        </div>
        <div>
          <dt>{t('profile.accepted')}</dt>
          <dd>{profile.accepted}</dd>
        </div>
        <div>
          <dt>{t('profile.memberSince')}</dt>
          <dd>{formatDate(profile.memberSince, locale)}</dd>
        </div>
      </dl>
      <h2>{t('profile.recent')}</h2>
      {recent.length === 0 ? <p>{t('profile.none')}</p> : null}
      <ul className="link-list">
        {recent.map((p) => (
          <li key={p.id}>
            <Link to={`/t/${p.threadId}#p${p.id}`}>{p.title}</Link>{' '}
            <span className="muted">
              {`· ${formatDate(p.createdAt, locale)} · ${t('ratings.helpfulCount', { count: p.helpful })}`}
              {p.accepted ? ` · ${t('ratings.accepted')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('profile.anonymousNote')}</p>
    </section>
  )
}
