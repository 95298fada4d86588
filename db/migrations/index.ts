import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m0001 from './2026_11_25_0001_create_accounts'
import * as m0002 from './2026_11_25_0002_create_categories'
import * as m0003 from './2026_11_25_0003_create_forum'
import * as m0004 from './2026_11_25_0004_create_ratings_experts'
import * as m0005 from './2026_11_25_0005_create_moderation'
import * as m0006 from './2026_11_25_0006_create_cases'
import * as m0101 from './2026_12_03_0001_create_suspensions'
import * as m0102 from './2026_12_03_0002_rekey_pseudonyms'
import * as m0103 from './2026_12_03_0003_add_post_text'
import * as m0201 from './2026_12_03_0201_add_stats_indexes'
import * as m0007 from './2026_12_03_0007_add_job_sending'
import * as m0104 from './2026_12_04_0101_add_data_rights'
import * as m0402 from './2026_12_04_0201_create_watches'
import * as m0701 from './2026_12_04_0701_create_employee_verifications'
import * as m0601 from './2026_12_04_0601_create_kb_entries'
import * as m0501 from './2026_12_04_0501_add_referral_place'
import * as m0502 from './2026_12_04_0502_add_session_sequence'
import * as m0401 from './2026_12_04_0401_add_profiles_announcements'
import * as m0602 from './2026_12_04_0602_add_similar_questions_index'
import * as m0501b from './2026_12_05_0101_add_similar_vectors'

// A static list (not fs globbing) so the same migrations run from the Vite server bundle, Vitest and tsx.
const migrations: Record<string, Migration> = {
  '2026_11_25_0001_create_accounts': m0001,
  '2026_11_25_0002_create_categories': m0002,
  '2026_11_25_0003_create_forum': m0003,
  '2026_11_25_0004_create_ratings_experts': m0004,
  '2026_11_25_0005_create_moderation': m0005,
  '2026_11_25_0006_create_cases': m0006,
  '2026_12_03_0001_create_suspensions': m0101,
  '2026_12_03_0002_rekey_pseudonyms': m0102,
  '2026_12_03_0003_add_post_text': m0103,
  '2026_12_03_0201_add_stats_indexes': m0201,
  '2026_12_03_0007_add_job_sending': m0007,
  '2026_12_04_0101_add_data_rights': m0104,
  '2026_12_04_0201_create_watches': m0402,
  '2026_12_04_0701_create_employee_verifications': m0701,
  '2026_12_04_0601_create_kb_entries': m0601,
  '2026_12_04_0501_add_referral_place': m0501,
  '2026_12_04_0502_add_session_sequence': m0502,
  '2026_12_04_0401_add_profiles_announcements': m0401,
  '2026_12_04_0602_add_similar_questions_index': m0602,
  '2026_12_05_0101_add_similar_vectors': m0501b,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
