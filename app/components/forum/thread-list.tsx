import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '~/lib/format'

export interface ThreadSummary {
  id: string
  title: string
  replyCount: number
  solved: boolean
  expert: boolean
  pinned: boolean
  locked: boolean
  /** null for an anonymous asker */
  author: string | null
  tags: string[]
  lastActivityAt: string
}

export function ThreadList({ threads, locale }: { threads: ThreadSummary[]; locale: string }) {
  const { t } = useTranslation()
  return (
    <ul className="thread-list">
      {threads.map((thread) => (
        <li key={thread.id} className="thread-item">
          <h3 className="thread-title">
            <Link to={`/t/${thread.id}`}>{thread.title}</Link>
          </h3>
          <p className="thread-meta">
            {thread.pinned ? <span className="badge">{t('forum.pinned')}</span> : null}
            {thread.solved ? <span className="badge badge-solved">{t('forum.solved')}</span> : null}
            {thread.expert ? <span className="badge badge-expert">{t('forum.expertAnswered')}</span> : null}
            {thread.locked ? <span className="badge">{t('forum.locked')}</span> : null}
            <span>{t('forum.askedBy', { name: thread.author ?? t('forum.anonymous') })}</span>
            <span>{thread.replyCount === 0 ? t('forum.noReplies') : t('forum.repliesCount', { count: thread.replyCount })}</span>
            <span>{t('forum.lastActivity', { date: formatDateTime(thread.lastActivityAt, locale) })}</span>
          </p>
          {thread.tags.length > 0 ? (
            <p className="thread-tags">
              {thread.tags.map((tag) => (
                <span key={tag} className="tag-chip">
                  {`#${tag}`}
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
