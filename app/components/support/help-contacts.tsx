import { phoneSegments } from '~/lib/phone-links'

/** The instance's help contacts, every number a `tel:` link so a phone dials it with one tap. */
export function HelpContacts({ text, id }: { text: string; id?: string }) {
  return (
    <p className="help-text" id={id}>
      {phoneSegments(text).map((s, i) =>
        'tel' in s ? (
          <a key={i} href={s.tel} className="tel-link">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </p>
  )
}
