import { getFormProps, useForm, type FormMetadata } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Form, useActionData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z, ZodTypeAny } from 'zod'
import { translateError } from '~/components/ui/field'
import type { SubmissionResult } from '@conform-to/react'

interface IntentActionData {
  intent?: string
  result?: SubmissionResult<string[]>
}

/**
 * One of several forms on a page, told apart by its `intent`: only its own server result
 * (errors, what was typed) comes back into it. `formKey` distinguishes repeated forms (one per session).
 */
export function useIntentForm<S extends ZodTypeAny>(intent: string, schema: S, options: { formKey?: string; defaultValue?: Record<string, unknown> } = {}) {
  const actionData = useActionData<IntentActionData>()
  const id = options.formKey ? `${intent}-${options.formKey}` : intent
  const mine = actionData?.intent === intent && (!options.formKey || (actionData.result?.initialValue as Record<string, unknown> | undefined)?.sessionId === options.formKey)
  return useForm<z.input<S>>({
    id,
    lastResult: mine ? actionData?.result : undefined,
    defaultValue: options.defaultValue as never,
    shouldValidate: 'onSubmit',
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  })
}

export function IntentForm({ intent, form, children, className, hidden }: { intent: string; form: FormMetadata<any>; children: ReactNode; className?: string; hidden?: Record<string, string> }) {
  const { t } = useTranslation()
  return (
    <Form method="post" {...getFormProps(form)} className={className ?? 'stack'} preventScrollReset>
      <AuthenticityTokenInput />
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {form.errors?.length ? (
        <p id={form.errorId} className="form-error" role="alert">
          {form.errors.map((e) => translateError(e, t)).join(' ')}
        </p>
      ) : null}
      {children}
    </Form>
  )
}
