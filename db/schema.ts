import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export const ROLES = ['member', 'expert', 'counselor', 'intake', 'hr', 'moderator', 'admin'] as const
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
  time_zone: Generated<string>
  /** Short public text on the profile; null = none. */
  bio: string | null
  /** Category ids the member is interested in (shown on the profile). */
  interests: Generated<number[]>
  /** When the member finished or skipped the onboarding; null = show it once. */
  onboarded_at: NullableTimestamp
}

export interface AnnouncementsTable {
  id: Generated<string>
  body_md: string
  body_html: string
  created_by: string | null
  created_at: Timestamp
  ended_by: string | null
  ended_at: NullableTimestamp
  idempotency_key: string | null
}

export interface SuspensionsTable {
  id: Generated<string>
  user_id: string
  through_thread_id: string | null
  until: Timestamp
  reason: string
  created_by: string | null
  created_at: Timestamp
  lifted_at: NullableTimestamp
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
  /** Consents are appended, never edited: the latest row of a kind is the standing decision. */
  decision: Generated<'given' | 'withdrawn'>
  accepted_at: Timestamp
}

export interface PseudonymHistoryTable {
  id: Generated<string>
  user_id: string | null
  pseudonym: string
  pseudonym_key: string
  retired_at: Timestamp
  reserved_until: Timestamp
}

export interface EmailChangesTable {
  id: Generated<string>
  user_id: string
  new_email: string
  nonce: string
  expires_at: Timestamp
  created_at: Timestamp
  confirmed_at: NullableTimestamp
}

export type RevealStatus = 'pending' | 'approved' | 'shown' | 'declined'

export interface EmailRevealsTable {
  id: Generated<string>
  target_user_id: string
  requested_by: string | null
  reason: string
  status: Generated<RevealStatus>
  decided_by: string | null
  decided_at: NullableTimestamp
  shown_at: NullableTimestamp
  created_at: Timestamp
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

export const CASE_SOURCES = ['escalation', 'request', 'referral'] as const
export const CASE_TYPES = ['wellbeing', 'performance', 'career', 'staffing'] as const
export const CASE_URGENCIES = ['crisis', 'high', 'normal'] as const
export const CASE_STATUSES = ['new', 'assigned', 'active', 'referred', 'closed', 'declined'] as const
export const REFERRAL_KINDS = ['psychologist', 'clinic', 'face_to_face'] as const
export const CASE_OUTCOMES = ['resolved', 'referred_out', 'withdrawn', 'no_contact'] as const
export const FOLLOW_UPS = ['guidance', 'training', 'special_assignment', 'transfer_proposal'] as const
export const SESSION_MODES = ['chat', 'video', 'phone', 'in_person'] as const
export const SESSION_STATUSES = ['proposed', 'accepted', 'declined', 'cancelled', 'held'] as const
export type CaseSource = (typeof CASE_SOURCES)[number]
export type CaseType = (typeof CASE_TYPES)[number]
export type CaseUrgency = (typeof CASE_URGENCIES)[number]
export type CaseStatus = (typeof CASE_STATUSES)[number]
export type ReferralKind = (typeof REFERRAL_KINDS)[number]
export type CaseOutcome = (typeof CASE_OUTCOMES)[number]
export type FollowUp = (typeof FOLLOW_UPS)[number]
export type SessionMode = (typeof SESSION_MODES)[number]
export type SessionStatus = (typeof SESSION_STATUSES)[number]

export interface CasesTable {
  id: Generated<string>
  member_id: string
  member_alias: string
  source: CaseSource
  type: CaseType
  urgency: CaseUrgency
  status: Generated<CaseStatus>
  counselor_id: string | null
  opened_by: string | null
  thread_id: string | null
  post_id: string | null
  reason_enc: string | null
  identity_enc: string | null
  identity_revealed_at: NullableTimestamp
  referral_kind: ReferralKind | null
  referral_reason_enc: string | null
  referral_place_enc: string | null
  outcome: CaseOutcome | null
  follow_up: FollowUp | null
  closing_enc: string | null
  member_read_id: Generated<string>
  counselor_read_id: Generated<string>
  idempotency_key: string | null
  created_at: Timestamp
  assigned_at: NullableTimestamp
  first_response_at: NullableTimestamp
  closed_at: NullableTimestamp
  alerted_at: NullableTimestamp
  updated_at: Timestamp
}

export interface CaseEventsTable {
  id: Generated<string>
  case_id: string
  actor_id: string | null
  kind: string
  from_status: CaseStatus | null
  to_status: CaseStatus | null
  detail_enc: string | null
  created_at: Timestamp
}

export interface CaseMessagesTable {
  id: Generated<string>
  case_id: string
  sender_id: string | null
  body_enc: string
  idempotency_key: string | null
  created_at: Timestamp
}

export interface CaseNotesTable {
  id: Generated<string>
  case_id: string
  author_id: string | null
  body_enc: string
  created_at: Timestamp
}

export interface CaseSessionsTable {
  id: Generated<string>
  case_id: string
  mode: SessionMode
  starts_at: Date
  duration_minutes: Generated<number>
  time_zone: string
  place_enc: string | null
  status: Generated<SessionStatus>
  /** iCalendar SEQUENCE: raised by each reschedule. */
  sequence: Generated<number>
  created_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface CaseAccessLogTable {
  id: Generated<string>
  case_id: string
  actor_id: string | null
  capacity: string
  what: string
  created_at: Timestamp
}

export interface CaseFeedbackTable {
  case_id: string
  rating: number
  comment_enc: string | null
  created_at: Timestamp
}

export interface CounselorDutyTable {
  user_id: string
  on_duty: boolean
  updated_at: Timestamp
}

export interface JobsTable {
  id: Generated<string>
  kind: string
  payload: unknown
  dedupe_key: string | null
  run_at: Date
  attempts: Generated<number>
  last_error: string | null
  done_at: NullableTimestamp
  /** Set (and committed) before a delivery job talks to SMTP; with done_at null it means "in flight or interrupted". */
  started_at: NullableTimestamp
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
  /** Only members with a current employee verification may post here (staff excepted). */
  verified_only: Generated<boolean>
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
  /** Generated from the title (similar questions); never written. */
  title_search: ColumnType<unknown, never, never>
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
  /** Plain text of body_md (search snippets); null only on rows written before it existed. */
  body_text: string | null
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
  /** Set when an email (reply, mention) or a digest carried it, so it is never mailed twice. */
  emailed_at: NullableTimestamp
}

export interface WatchesTable {
  id: Generated<string>
  user_id: string
  /** Exactly one of category_id / thread_id is set. */
  category_id: number | null
  thread_id: string | null
  created_at: Timestamp
}

export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number]

export interface EmailPreferencesTable {
  user_id: string
  digest: Generated<DigestFrequency>
  reply_emails: Generated<boolean>
  mention_emails: Generated<boolean>
  digest_from: NullableTimestamp
  updated_at: Timestamp
}

export interface EmailOutboxTable {
  id: Generated<string>
  user_id: string
  kind: string
  locale: string
  subject: string
  body_text: string
  created_at: Timestamp
  sent_at: NullableTimestamp
  skipped: string | null
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

export type EmployeeVerificationMethod = 'email' | 'hr'

/** A member's employee verification: never the work address, only its keyed hash. */
export interface EmployeeVerificationsTable {
  user_id: string
  address_hash: string | null
  method: EmployeeVerificationMethod
  institution: string | null
  show_institution: Generated<boolean>
  verified_at: Timestamp
  expires_at: Timestamp
}

/** A pending one-time code (keyed hash only) and, for the email way, the address's keyed hash. */
export interface EmployeeVerificationCodesTable {
  id: Generated<string>
  user_id: string
  method: EmployeeVerificationMethod
  code_hash: string
  address_hash: string | null
  institution: string | null
  attempts: Generated<number>
  expires_at: Timestamp
  created_at: Timestamp
}

export const KB_TAGS = ['kenaikan-pangkat', 'mutasi', 'cuti', 'gaji-tunjangan', 'pensiun', 'skp', 'disiplin', 'karier'] as const
export type KbTag = (typeof KB_TAGS)[number]

/** A regulation an entry cites, as structured fields (the article only where the source says it). */
export interface KbRegulation {
  name: string
  number: string
  year: number
  article: string | null
  url: string | null
}

export interface KbEntriesTable {
  id: Generated<string>
  category_id: number
  source_thread_id: string
  source_post_id: string
  title: string
  question_md: string
  question_html: string
  answer_md: string
  answer_html: string
  answer_text: string
  tags: KbTag[]
  regulations: ColumnType<KbRegulation[], string, string>
  reviewed_by: string | null
  reviewed_badge: string
  reviewed_at: Timestamp
  review_due_at: Timestamp
  is_demo: Generated<boolean>
  version: Generated<number>
  created_by: string | null
  created_at: Timestamp
  updated_at: Timestamp
  withdrawn_at: NullableTimestamp
  search: unknown
  /** Title, question and tags only: what "similar questions" rank on. */
  question_search: unknown
}

export interface KbEntryRevisionsTable {
  id: Generated<string>
  entry_id: string
  version: number
  kind: 'create' | 'edit' | 'confirm'
  editor_id: string | null
  editor_badge: string
  title: string
  question_md: string
  answer_md: string
  tags: KbTag[]
  regulations: ColumnType<KbRegulation[], string, string>
  note: string | null
  created_at: Timestamp
}

export interface Database {
  employee_verifications: EmployeeVerificationsTable
  employee_verification_codes: EmployeeVerificationCodesTable
  kb_entries: KbEntriesTable
  kb_entry_revisions: KbEntryRevisionsTable
  app_settings: AppSettingsTable
  threads: ThreadsTable
  posts: PostsTable
  post_revisions: PostRevisionsTable
  tags: TagsTable
  thread_tags: ThreadTagsTable
  notifications: NotificationsTable
  watches: WatchesTable
  email_preferences: EmailPreferencesTable
  email_outbox: EmailOutboxTable
  post_ratings: PostRatingsTable
  expert_applications: ExpertApplicationsTable
  expert_verifications: ExpertVerificationsTable
  flags: FlagsTable
  cases: CasesTable
  case_events: CaseEventsTable
  case_messages: CaseMessagesTable
  case_notes: CaseNotesTable
  case_sessions: CaseSessionsTable
  case_access_log: CaseAccessLogTable
  case_feedback: CaseFeedbackTable
  counselor_duty: CounselorDutyTable
  jobs: JobsTable
  categories: CategoriesTable
  users: UsersTable
  announcements: AnnouncementsTable
  user_roles: UserRolesTable
  sessions: SessionsTable
  consents: ConsentsTable
  pseudonym_history: PseudonymHistoryTable
  email_changes: EmailChangesTable
  email_reveals: EmailRevealsTable
  rate_limits: RateLimitsTable
  audit_log: AuditLogTable
  suspensions: SuspensionsTable
}

export type User = Selectable<UsersTable>
export type NewUser = Insertable<UsersTable>
export type Session = Selectable<SessionsTable>
