import { useTranslation } from 'react-i18next'

export type PublicAuthor =
  | { kind: 'member'; pseudonym: string; reputation: number; isExpert: boolean; mine: boolean }
  | { kind: 'anonymous'; handle: string; mine: boolean }

/** Who wrote a post, as the public may know it: a pseudonym with reputation, or the thread's Anonim handle. */
export function AuthorLabel({ author }: { author: PublicAuthor }) {
  const { t } = useTranslation()
  if (author.kind === 'anonymous') {
    return (
      <span className="author author-anonymous">
        <span className="author-name">{author.handle}</span>
        {author.mine ? <span className="author-you"> ({t('forum.you')})</span> : null}
      </span>
    )
  }
  return (
    <span className="author">
      <span className="author-name">{author.pseudonym}</span>
      {author.mine ? <span className="author-you"> ({t('forum.you')})</span> : null}
      <span className="author-reputation"> · {t('forum.reputation', { count: author.reputation })}</span>
    </span>
  )
}
