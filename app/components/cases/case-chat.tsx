import { useTranslation } from 'react-i18next'
import { TextAreaField } from '~/components/ui/field'
import { formatDateTime } from '~/lib/format'
import { MessageSchema } from '~/schemas/cases'
import { IntentForm, useIntentForm } from './intent-form'
import type { CasePage } from './types'

/** The private conversation: plain text only (React escapes it), newest last, read receipts on one's own messages. */
export function CaseChat({ page }: { page: CasePage }) {
  const { t } = useTranslation()
  const lastId = page.messages.at(-1)?.id ?? '0'
  return (
    <section id="chat" aria-labelledby="chat-title" className="case-chat">
      <h2 id="chat-title">{t('cases.chatTitle')}</h2>
      {page.messages.length === 0 ? <p className="muted">{t('cases.noMessages')}</p> : null}
      <ol className="chat-log" aria-live="polite">
        {page.messages.map((m) => (
          <li key={m.id} className={m.mine ? 'chat-message mine' : 'chat-message'}>
            <p className="chat-meta">
              <span className="author-name">{m.mine ? t('cases.you') : m.sender}</span>
              {` · ${formatDateTime(m.createdAt, page.locale, page.memberTimeZone)}`}
              {m.mine ? ` · ${m.read ? t('cases.read') : t('cases.sent')}` : ''}
            </p>
            <p className="chat-body">{m.body}</p>
          </li>
        ))}
      </ol>
      {page.can.message ? <MessageForm key={lastId} idempotencyKey={page.messageKey} /> : <p className="muted">{t('cases.chatClosed')}</p>}
    </section>
  )
}

// Keyed by the newest message, so the box empties once the message is in (with or without JavaScript).
function MessageForm({ idempotencyKey }: { idempotencyKey: string }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('message', MessageSchema)
  return (
    <IntentForm intent="message" form={form} hidden={{ idempotencyKey }}>
      <TextAreaField meta={fields.body} label={t('cases.messageLabel')} rows={3} />
      <button type="submit" className="button">
        {t('cases.send')}
      </button>
    </IntentForm>
  )
}
