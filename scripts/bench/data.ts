import { sql } from 'kysely'
import type { DB } from '#db/client.server'
import { hashPassword } from '~/auth/password.server'
import { getSearchConfig } from '~/models/settings.server'

const WORDS =
  'cuti tahunan pangkat golongan mutasi penempatan gaji tunjangan pensiun taspen kinerja skp atasan rekan lembur stres kesehatan keluarga jabatan fungsional angka kredit uji kompetensi disiplin etika karier pelatihan diklat sertifikasi instansi daerah pusat kantor pegawai honorer pppk cpns berkas aplikasi siasn persetujuan dokumen syarat prosedur pengajuan keputusan surat kebijakan'.split(' ')

function sentence(seed: number, length: number): string {
  const words: string[] = []
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648
    words.push(WORDS[x % WORDS.length]!)
  }
  return words.join(' ')
}

/** Grows the bench database to the given totals (idempotent upward): members, threads, posts. */
export async function growTo(db: DB, target: { members: number; threads: number; posts: number }) {
  const config = await getSearchConfig(db)
  const count = async (table: 'users' | 'threads' | 'posts') => Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)
  const hash = await hashPassword('bench-password-1')
  const members = await count('users')
  if (members < target.members) {
    await sql`
      insert into users (email, password_hash, pseudonym, pseudonym_key, created_at)
      select 'bench' || g || '@bench.test', ${hash}::text, 'Anggota' || g, 'anggota' || g, now() - interval '200 days'
      from generate_series(${members + 1}::int, ${target.members}::int) g`.execute(db)
    await sql`insert into user_roles (user_id, role) select id, 'member' from users where email like 'bench%@bench.test' on conflict do nothing`.execute(db)
  }
  const bodies = Array.from({ length: 64 }, (_, i) => sentence(i + 1, 40 + (i % 5) * 20))
  const threads = await count('threads')
  if (threads < target.threads) {
    await sql`
      with cats as (select array_agg(id order by id) as ids from categories where not staff_only),
           people as (select array_agg(id order by email) as ids from users where email like 'bench%@bench.test')
      insert into threads (category_id, author_id, is_anonymous, title, created_at, last_activity_at)
      select cats.ids[1 + g % array_length(cats.ids, 1)], people.ids[1 + g % array_length(people.ids, 1)], g % 5 = 0,
             'Pertanyaan ' || g || ' tentang ' || (array[${sql.join(WORDS.slice(0, 20))}]::text[])[1 + g % 20] || ' dan ' || (array[${sql.join(WORDS.slice(20, 40))}]::text[])[1 + g % 20],
             now() - make_interval(mins => g * 7), now() - make_interval(mins => g * 3)
      from generate_series(${threads + 1}::int, ${target.threads}::int) g, cats, people`.execute(db)
    await sql`
      insert into posts (thread_id, author_id, is_anonymous, is_opening, body_md, body_html, created_at, search)
      select t.id, t.author_id, t.is_anonymous, true, b.body, '<p>' || b.body || '</p>', t.created_at,
             setweight(to_tsvector(${config}::regconfig, t.title), 'A') || setweight(to_tsvector(${config}::regconfig, b.body), 'B')
      from threads t join (select ord - 1 as i, body from unnest(array[${sql.join(bodies)}]::text[]) with ordinality as x(body, ord)) b on b.i = t.id % 64
      where not exists (select 1 from posts p where p.thread_id = t.id and p.is_opening)`.execute(db)
  }
  const posts = await count('posts')
  if (posts < target.posts) {
    await sql`
      with people as (select array_agg(id order by email) as ids from users where email like 'bench%@bench.test'),
           th as (select array_agg(id order by id) as ids from threads)
      insert into posts (thread_id, author_id, is_anonymous, body_md, body_html, created_at, search, helpful_count, unhelpful_count)
      select th.ids[1 + (g::bigint * 7919) % array_length(th.ids, 1)], people.ids[1 + (g::bigint * 104729) % array_length(people.ids, 1)], g % 7 = 0,
             b.body, '<p>' || b.body || '</p>', now() - make_interval(secs => g), to_tsvector(${config}::regconfig, b.body), g % 9, g % 4
      from generate_series(${posts + 1}::int, ${target.posts}::int) g, people, th,
           lateral (select body from unnest(array[${sql.join(bodies)}]::text[]) with ordinality as x(body, ord) where ord = 1 + g % 64) b`.execute(db)
    await sql`update threads t set reply_count = c.n from (select thread_id, count(*) - 1 as n from posts group by thread_id) c where c.thread_id = t.id`.execute(db)
  }
  await sql`analyze`.execute(db)
}

/** The thread with exactly 100 answers that the bench reads (created once). */
export async function hundredAnswerThread(db: DB): Promise<string> {
  const existing = await db.selectFrom('app_settings').select('value').where('key', '=', 'bench_thread').executeTakeFirst()
  if (existing) return existing.value
  const config = await getSearchConfig(db)
  const author = await db.selectFrom('users').select('id').where('email', 'like', 'bench%').limit(1).executeTakeFirstOrThrow()
  const category = await db.selectFrom('categories').select('id').where('slug', '=', 'cuti').executeTakeFirstOrThrow()
  const thread = await db
    .insertInto('threads')
    .values({ category_id: category.id, author_id: author.id, title: 'Utas ukur: seratus jawaban tentang cuti besar', reply_count: 100, created_at: new Date(), last_activity_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow()
  const body = sentence(7, 60)
  await sql`insert into posts (thread_id, author_id, is_opening, body_md, body_html, search) values (${thread.id}::bigint, ${author.id}::uuid, true, ${body}::text, ${`<p>${body}</p>`}::text, to_tsvector(${config}::regconfig, ${body}::text))`.execute(db)
  await sql`
    insert into posts (thread_id, author_id, is_anonymous, body_md, body_html, helpful_count, unhelpful_count, search)
    select ${thread.id}::bigint, u.id, g % 4 = 0, 'Jawaban ' || g || ': ' || ${sentence(11, 50)}::text, '<p>Jawaban ' || g || ': <strong>' || ${sentence(11, 50)}::text || '</strong></p>', g % 13, g % 3, to_tsvector(${config}::regconfig, ${sentence(11, 50)}::text)
    from generate_series(1, 100) g join lateral (select id from users where email = 'bench' || (g * 37 % 400 + 1) || '@bench.test') u on true`.execute(db)
  await db.insertInto('app_settings').values({ key: 'bench_thread', value: thread.id }).execute()
  return thread.id
}

/**
 * Knowledge-base volume for the similar-questions run (idempotent): about a third of the
 * threads get an accepted answer, and `entries` of the solved ones become entries.
 */
export async function knowledgeBaseVolume(db: DB, target: { entries: number }) {
  const config = await getSearchConfig(db)
  await sql`
    update threads t set accepted_post_id = (select p.id from posts p where p.thread_id = t.id and not p.is_opening order by p.id limit 1)
    where t.id % 3 = 0 and t.accepted_post_id is null`.execute(db)
  const have = Number((await db.selectFrom('kb_entries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)
  if (have < target.entries) {
    await sql`
      insert into kb_entries (category_id, source_thread_id, source_post_id, title, question_md, question_html, answer_md, answer_html, answer_text, tags, reviewed_badge, review_due_at, is_demo, search, question_search)
      select t.id_cat, t.id, t.accepted_post_id, 'Entri ' || t.title, t.title, '<p>' || t.title || '</p>', p.body_md, p.body_html, p.body_md, array['cuti']::text[], 'Analis SDM', now() + interval '1 year', true,
             setweight(to_tsvector(${config}::regconfig, t.title), 'A') || setweight(to_tsvector(${config}::regconfig, p.body_md), 'C'),
             setweight(to_tsvector(${config}::regconfig, t.title), 'A') || setweight(to_tsvector(${config}::regconfig, 'cuti'), 'B')
      from (select id, category_id as id_cat, title, accepted_post_id from threads where accepted_post_id is not null
            and not exists (select 1 from kb_entries e where e.source_thread_id = threads.id) order by id limit ${target.entries - have}) t
      join posts p on p.id = t.accepted_post_id`.execute(db)
  }
  await sql`analyze`.execute(db)
}
