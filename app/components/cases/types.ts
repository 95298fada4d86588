import type { SerializeFrom } from '@remix-run/node'
import type { loader } from '~/routes/cases+/$caseId'

export type CasePage = SerializeFrom<typeof loader>
