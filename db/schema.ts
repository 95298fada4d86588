import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export const ROLES = ['member', 'expert', 'counselor', 'moderator', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface UsersTable {
  id: Generated<string>
  email: string
  password_hash: string
  pseudonym: string
  pseudonym_key: string
  locale: Generated<string>
  reputation: Generated<number>
  suspended_until: NullableTimestamp
  suspension_reason: string | null
  deleted_at: NullableTimestamp
  created_at: Timestamp
  password_changed_at: Timestamp
}

export interface UserRolesTable {
  user_id: string
  role: Role
  granted_at: Timestamp
}

export interface SessionsTable {
  id: string
  secret_hash: Uint8Array
  user_id: string
  user_agent: string | null
  created_at: Timestamp
  last_seen_at: Timestamp
}

export interface ConsentsTable {
  id: Generated<string>
  user_id: string
  kind: string
  version: string
  accepted_at: Timestamp
}

export interface RateLimitsTable {
  key: string
  window_start: Timestamp
  hits: number
}

export interface AuditLogTable {
  id: Generated<string>
  actor_id: string | null
  action: string
  target_type: string
  target_id: string
  reason: string | null
  meta: unknown
  created_at: Timestamp
  prev_hash: string | null
  hash: string | null
}

export type FlagReason = 'crisis' | 'harassment' | 'personal_data' | 'misinformation' | 'spam' | 'other' | 'new_account'

export interface FlagsTable {
  id: Generated<string>
  post_id: string
  thread_id: string
  flagger_id: string | null
  source: 'member' | 'auto'
  reason: FlagReason
  detail: string | null
  indirect: Generated<boolean>
  weight: Generated<number>
  status: Generated<'open' | 'resolved'>
  resolution: string | null
  resolved_by: string | null
  resolved_at: NullableTimestamp
  alerted_at: NullableTimestamp
  created_at: Timestamp
}

export interface CounselingRequestsTable {
  id: Generated<string>
  user_id: string
  post_id: string | null
  status: Generated<string>
  created_at: Timestamp
}

export interface CategoriesTable {
  id: Generated<number>
  slug: string
  name_id: string
  name_en: string
  description_id: Generated<string>
  description_en: Generated<string>
  position: Generated<number>
  staff_only: Generated<boolean>
  created_at: Timestamp
}

export interface AppSettingsTable {
  key: string
  value: string
}

export interface ThreadsTable {
  id: Generated<string>
  category_id: number
  author_id: string
  is_anonymous: Generated<boolean>
  title: string
  reply_count: Generated<number>
  accepted_post_id: string | null
  has_expert_answer: Generated<boolean>
  pinned: Generated<boolean>
  locked_at: NullableTimestamp
  hidden_at: NullableTimestamp
  deleted_at: NullableTimestamp
  created_at: Timestamp
  last_activity_at: Timestamp
}

export interface PostsTable {
  id: Generated<string>
  thread_id: string
  author_id: string
  is_anonymous: Generated<boolean>
  is_opening: Generated<boolean>
  reply_to_post_id: string | null
  body_md: string
  body_html: string
  idempotency_key: string | null
  created_at: Timestamp
  edited_at: NullableTimestamp
  hidden_at: NullableTimestamp
  hidden_reason: string | null
  deleted_at: NullableTimestamp
  search: unknown
  helpful_count: Generated<number>
  unhelpful_count: Generated<number>
  awaiting_review: Generated<boolean>
}

export interface PostRevisionsTable {
  id: Generated<string>
  post_id: string
  editor_id: string
  title: string | null
  body_md: string
  reason: string | null
  created_at: Timestamp
}

export interface TagsTable {
  id: Generated<number>
  slug: string
}

export interface ThreadTagsTable {
  thread_id: string
  tag_id: number
}

export interface NotificationsTable {
  id: Generated<string>
  user_id: string
  kind: string
  thread_id: string | null
  post_id: string | null
  actor_label: string | null
  count: Generated<number>
  created_at: Timestamp
  read_at: NullableTimestamp
  detail: string | null
}

export interface PostRatingsTable {
  post_id: string
  user_id: string
  value: number
  created_at: Timestamp
  updated_at: Timestamp
}

export type ApplicationStatus = 'pending' | 'approved' | 'rejected'

export interface ExpertApplicationsTable {
  id: Generated<string>
  user_id: string
  areas: number[]
  organisation: string
  position: string
  evidence: string
  status: Generated<ApplicationStatus>
  decided_by: string | null
  decided_at: NullableTimestamp
  decision_reason: string | null
  created_at: Timestamp
}

export interface ExpertVerificationsTable {
  user_id: string
  badge_text: string
  areas: number[]
  verified_by: string | null
  verified_at: Timestamp
  expires_at: Timestamp
  reminded_at: NullableTimestamp
  revoked_at: NullableTimestamp
  revoke_reason: string | null
}

export interface Database {
  app_settings: AppSettingsTable
  threads: ThreadsTable
  posts: PostsTable
  post_revisions: PostRevisionsTable
  tags: TagsTable
  thread_tags: ThreadTagsTable
  notifications: NotificationsTable
  post_ratings: PostRatingsTable
  expert_applications: ExpertApplicationsTable
  expert_verifications: ExpertVerificationsTable
  flags: FlagsTable
  counseling_requests: CounselingRequestsTable
  categories: CategoriesTable
  users: UsersTable
  user_roles: UserRolesTable
  sessions: SessionsTable
  consents: ConsentsTable
  rate_limits: RateLimitsTable
  audit_log: AuditLogTable
}

export type User = Selectable<UsersTable>
export type NewUser = Insertable<UsersTable>
export type Session = Selectable<SessionsTable>
