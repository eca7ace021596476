// The SQL that fills a database with synthetic data at network scale. Every row is made by the database itself
// (INSERT … SELECT over generate_series), so a million posts take a minute, on PostgreSQL and on PGlite alike.
// Nothing here is real: names are drawn from short word lists, and every email ends in @scale.invalid.
import { sql } from "drizzle-orm";
import type { Queryable } from "../client";
import {
  APPROACHES,
  AVAILABILITY,
  CARE_SETTINGS,
  COMPETENCY_LEVELS,
  EVENT_TYPES,
  HARM_TYPES,
  MODALITIES,
  RESOURCE_TYPES,
  TOPICS,
  AUDIENCES,
} from "../../app/taxonomy";
import { SECTIONS } from "../../app/learnings/sections";

export type ScaleCounts = { members: number; circles: number; posts: number; resources: number; learnings: number; facilitators: number };

export const SYNTHETIC_EMAIL_DOMAIN = "scale.invalid";
/** The signed-in account the load benchmark uses: an active member of circle 1, which holds the big threads. */
export const BENCH_EMAIL = `member1@${SYNTHETIC_EMAIL_DOMAIN}`;
export const BENCH_PASSWORD = "scale-bench-only-2026";

const lit = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[]`;
const values = (list: ReadonlyArray<{ value: string }>) => lit(list.map((o) => o.value));
/** One element of a text[] literal, chosen by a 0-based integer SQL expression. */
const pick = (array: string, index: string) => `(${array})[1 + (abs((${index})::bigint) % cardinality(${array}))]`;
/** A 1-based index into n things, skewed towards the first ones (a few very busy, a long quiet tail). */
const skewed = (n: number | string, power = 3) => `(1 + floor((${n}) * power(random(), ${power})))::int`;

const FIRST = lit([
  "Ana",
  "Ben",
  "Chidi",
  "Dara",
  "Elif",
  "Femi",
  "Grace",
  "Hana",
  "Ivan",
  "Jun",
  "Kiri",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sami",
  "Tane",
  "Uma",
  "Vera",
  "Wiremu",
  "Yara",
  "Zoe",
]);
const LAST = lit([
  "Abara",
  "Brown",
  "Castillo",
  "Dubois",
  "Evans",
  "Fofana",
  "Garcia",
  "Hohaia",
  "Ito",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Ngata",
  "Okafor",
  "Patel",
  "Rossi",
  "Singh",
  "Tanaka",
  "Walker",
]);
const WORDS = lit([
  "quiet",
  "night",
  "shift",
  "ward",
  "after",
  "harm",
  "nurses",
  "midwives",
  "doctors",
  "pharmacists",
  "listening",
  "healing",
  "together",
  "learning",
  "care",
  "teams",
  "families",
  "recovery",
  "trust",
  "repair",
  "grief",
  "theatre",
  "emergency",
  "maternity",
  "rural",
  "community",
  "students",
  "leaders",
]);
// Plain sentences only (no Markdown or HTML characters), so the stored HTML made in SQL is exactly what
// renderMarkdown makes of the body; seed:scale checks a sample of posts against it.
const SENTENCES = lit([
  "I keep going back over that night and what I could have said differently",
  "Thank you for writing this, it helps to know I am not the only one",
  "The debrief came weeks later and by then the story had already been told without us",
  "What helped me most was a colleague who simply sat with me after the shift",
  "I am still on the ward and some days are harder than others",
  "Our team started a short check in after difficult shifts and it has made a difference",
  "I wrote a letter to the family and never sent it, and I am not sure what to do with it now",
  "Sleep is better this month, though the anniversary is coming up",
  "Reading the stories here reminds me why I came into nursing in the first place",
  "The restorative meeting was the first time anyone asked what I needed",
  "I found it hard to speak at first, and the facilitator gave me time",
  "We talked about what it would look like to be free of this harm, for everyone involved",
  "Some of what I felt was shame, and naming it here has helped it loosen",
  "I am grateful for this circle and for the care people take with each other",
  "My manager listened, which I did not expect, and we have a plan for the coming weeks",
]);

const paragraphs = (seed: string, count: string) =>
  `(select string_agg(${pick(SENTENCES, `(${seed})::bigint * 7 + k * 13`)} || '.', E'\\n\\n') from generate_series(1, ${count}) k)`;

/** Statements in order; each is one INSERT … SELECT (or a helper table) so progress can be printed between them. */
export function scaleStatements(c: ScaleCounts, passwordHash: string): Array<{ label: string; sql: string }> {
  const bigThreads = c.posts >= 10_000 ? Math.max(1, Math.min(3, Math.floor(c.posts / 300_000))) : 0;
  const bigReplies = bigThreads ? Math.max(5_000, Math.floor(c.posts * 0.006)) : 0;
  const threads = Math.max(c.circles, Math.floor(c.posts / 25));
  const otherReplies = Math.max(0, c.posts - threads - bigThreads * bigReplies);
  const membershipsPerMember = 2;
  const facilitatorStart = 11;
  const hash = passwordHash.replace(/'/g, "''");
  return [
    {
      label: `${c.members} members`,
      sql: `insert into users (id, email, email_verified_at, display_name, password_hash, role, country, time_zone, created_at)
        select 'u' || i, 'member' || i || '@${SYNTHETIC_EMAIL_DOMAIN}', now(), ${pick(FIRST, "i")} || ' ' || ${pick(LAST, "i / 25")},
          '${hash}',
          case when i in (2, 3) then 'moderator' when i = 4 then 'admin' when i between ${facilitatorStart} and ${facilitatorStart + c.facilitators - 1} then 'facilitator' else 'member' end,
          ${pick(lit(["NZ", "AU", "CA", "GB", "US", "IE", "FR", "DE"]), "i")}, 'UTC', now() - (i % 700) * interval '1 day'
        from generate_series(1, ${c.members}) i`,
    },
    {
      label: `${c.circles} circles`,
      sql: `insert into circles (id, slug, name, purpose, kind, language, time_zone, first_posts_held, rules_version, created_by, created_at)
        select 'c' || i, 'circle-' || i, initcap(${pick(WORDS, "i * 3")} || ' ' || ${pick(WORDS, "i * 7 + 1")}) || ' circle ' || i,
          'A peer-support circle for ' || ${pick(WORDS, "i * 5 + 2")} || ' and ' || ${pick(WORDS, "i * 11 + 3")} || ' after harm in care.',
          case when i % 20 = 0 then 'invite' when i % 7 = 0 then 'request' else 'open' end,
          ${pick(lit(["en", "en", "en", "fr", "es", "mi"]), "i")}, 'Pacific/Auckland', 0, 1, 'u2', now() - interval '800 days'
        from generate_series(1, ${c.circles}) i`,
    },
    {
      label: "ground rules",
      sql: `insert into circle_rules_versions (id, circle_id, version, body_markdown, published_by, published_at)
        select 'rv' || i, 'c' || i, 1, E'1. What is said here stays here.\\n2. No names, places or dates.\\n3. Listen first.', 'u2', now() - interval '800 days'
        from generate_series(1, ${c.circles}) i`,
    },
    {
      label: "memberships",
      sql: `insert into circle_memberships (id, circle_id, user_id, status, identity, pseudonym, pseudonym_key, accepted_rules_version, joined_at, created_at)
        select 'm' || n, 'c' || circle, 'u' || member, 'active',
          case when n % 10 = 0 then 'pseudonym' else 'display_name' end,
          case when n % 10 = 0 then 'Quiet ' || ${pick(WORDS, "n")} || ' ' || n end,
          case when n % 10 = 0 then lower('quiet ' || ${pick(WORDS, "n")} || ' ' || n) end,
          1, now() - interval '700 days', now() - interval '700 days'
        from (
          select n, 1 + (n - 1) % ${c.members} as member,
            case when n = 1 then 1 else ${skewed(c.circles, 2)} end as circle
          from generate_series(1, ${c.members * membershipsPerMember}) n
        ) s
        on conflict do nothing`,
    },
    {
      label: "facilitators of each circle",
      sql: `insert into circle_facilitators (circle_id, user_id) select distinct on (circle_id) circle_id, user_id from circle_memberships order by circle_id, id
        on conflict do nothing`,
    },
    {
      label: "membership lookup",
      sql: `create temp table scale_members as select circle_id, array_agg(id order by id) ids from circle_memberships where status = 'active' group by circle_id`,
    },
    { label: "membership lookup (index)", sql: `create index on scale_members (circle_id)` },
    {
      label: `${threads} threads`,
      sql: `insert into circle_threads (id, circle_id, title, author_membership_id, last_post_at, created_at)
        select 't' || i, m.circle_id, initcap(${pick(WORDS, "i")}) || ' ' || ${pick(WORDS, "i * 3 + 1")} || ' and ' || ${pick(WORDS, "i * 7 + 2")},
          m.ids[1 + (i % cardinality(m.ids))], at, at
        from (select i, case when i <= ${bigThreads} then 1 else ${skewed(c.circles, 2)} end as circle,
                now() - interval '600 days' + random() * interval '590 days' as at
              from generate_series(1, ${threads}) i) s
        join scale_members m on m.circle_id = 'c' || s.circle`,
    },
    {
      label: "thread openers",
      sql: `insert into circle_posts (id, thread_id, circle_id, author_membership_id, is_opener, body, status, created_at)
        select 'p' || substr(t.id, 2), t.id, t.circle_id, t.author_membership_id, true, ${paragraphs("hashtext(t.id)", "2")}, 'visible', t.created_at
        from circle_threads t`,
    },
    {
      label: `${bigThreads} big threads of ${bigReplies} replies`,
      sql: `insert into circle_posts (id, thread_id, circle_id, author_membership_id, is_opener, body, status, created_at)
        select 'rb' || t.n || '-' || k, 't' || t.n, th.circle_id, m.ids[1 + (k % cardinality(m.ids))], false, ${paragraphs("k", "1 + k % 3")},
          'visible', th.created_at + k * interval '5 minutes'
        from generate_series(1, ${bigThreads}) t(n) cross join generate_series(1, ${bigReplies}) k
        join circle_threads th on th.id = 't' || t.n
        join scale_members m on m.circle_id = th.circle_id`,
    },
    {
      label: `${otherReplies} other replies`,
      sql: `insert into circle_posts (id, thread_id, circle_id, author_membership_id, is_opener, body, status, created_at)
        select 'r' || k, th.id, th.circle_id, m.ids[1 + (k % cardinality(m.ids))], false, ${paragraphs("k", "1 + k % 3")},
          case when k % 97 = 0 then 'held' when k % 89 = 0 then 'deleted' else 'visible' end,
          th.created_at + (k % 4000) * interval '7 minutes'
        from (select k, ${bigThreads} + ${skewed(Math.max(1, threads - bigThreads), 2.5)} as t from generate_series(1, ${otherReplies}) k) s
        join circle_threads th on th.id = 't' || s.t
        join scale_members m on m.circle_id = th.circle_id`,
    },
    {
      label: "stored HTML of every post",
      sql: `update circle_posts set body_html = '<p>' || replace(body, E'\\n\\n', E'</p>\\n<p>') || E'</p>\\n', body_html_version = 1`,
    },
    {
      label: "thread activity and reply counts",
      sql: `update circle_threads t set last_post_at = p.at, reply_count = p.replies
        from (select thread_id, max(created_at) at, (count(*) filter (where not is_opener and status = 'visible'))::int replies from circle_posts group by thread_id) p
        where p.thread_id = t.id`,
    },
    {
      label: "support reactions",
      sql: `insert into circle_post_supports (post_id, membership_id)
        select p.id, m.ids[1 + ((hashtext(p.id) & 65535) % cardinality(m.ids))] from circle_posts p join scale_members m on m.circle_id = p.circle_id
        where hashtext(p.id) % 3 = 0 on conflict do nothing`,
    },
    {
      label: `${c.resources} resources`,
      sql: `insert into resources (id, slug, title, summary, body, url, type, topics, audiences, countries, language, year, authors, publisher, status, created_at, updated_at)
        select 'res' || i, 'resource-' || i, initcap(${pick(WORDS, "i")} || ' ' || ${pick(WORDS, "i * 3 + 1")} || ': ' || ${pick(WORDS, "i * 7 + 2")} || ' and ' || ${pick(WORDS, "i * 13 + 5")}),
          ${pick(SENTENCES, "i")} || '.', ${paragraphs("i", "3")}, 'https://example.org/resource/' || i,
          ${pick(values(RESOURCE_TYPES), `${skewed(RESOURCE_TYPES.length, 2)} - 1 + i % 2`)},
          array[${pick(values(TOPICS), `${skewed(TOPICS.length, 2)} - 1`)}, ${pick(values(TOPICS), "i % 5")}],
          array[${pick(values(AUDIENCES), "i")}],
          case when i % 4 = 0 then '{}'::text[] else array[${pick(lit(["NZ", "AU", "CA", "GB", "US", "IE", "FR"]), `${skewed(7, 2)} - 1`)}] end,
          ${pick(lit(["en", "en", "en", "fr", "es", "mi", "de"]), "i")}, 2025 - ${skewed(30, 2)} + 1,
          array[${pick(FIRST, "i")} || ' ' || ${pick(LAST, "i / 3")}], 'Synthetic Press', case when i % 50 = 0 then 'withdrawn' else 'published' end,
          now() - (i % 1500) * interval '1 day', now() - (i % 1500) * interval '1 day'
        from generate_series(1, ${c.resources}) i`,
    },
    {
      label: `${c.learnings} learnings`,
      sql: `insert into learnings (id, author_id, slug, status, visibility, current_version_id, first_published_at, last_published_at, created_at, updated_at)
        select 'l' || i, 'u' || (1 + i % ${c.members}), 'learning-' || i, 'published', case when i % 5 = 0 then 'members' else 'public' end, 'lv' || i,
          now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day'
        from generate_series(1, ${c.learnings}) i`,
    },
    {
      label: "learning versions",
      sql: `insert into learning_versions (id, learning_id, version, title, setting, event_type, country, year, language, tags, sections, consent_basis, published_at)
        select 'lv' || i, 'l' || i, 1, 'What we learned about ' || ${pick(WORDS, "i")} || ' and ' || ${pick(WORDS, "i * 7 + 3")},
          ${pick(values(CARE_SETTINGS), `${skewed(CARE_SETTINGS.length, 2)} - 1`)}, ${pick(values(EVENT_TYPES), `${skewed(EVENT_TYPES.length, 2)} - 1`)},
          ${pick(lit(["NZ", "AU", "CA", "GB", "US", "IE"]), `${skewed(6, 2)} - 1`)}, 2025 - ${skewed(10, 2)} + 1, 'en', array[${pick(WORDS, "i")}],
          jsonb_build_object(${SECTIONS.filter((s) => s.required)
            .map((s, k) => `'${s.key}', ${paragraphs(`i + ${k}`, "2")}`)
            .join(", ")}),
          'obtained', now() - (i % 900) * interval '1 day'
        from generate_series(1, ${c.learnings}) i`,
    },
    {
      label: `${c.facilitators} facilitator profiles`,
      sql: `insert into facilitator_profiles (id, user_id, slug, display_name, bio, country, region, city, time_zone, languages, modalities, harm_types, settings, approaches,
          specialties, competency, processes_facilitated, organisation, co_facilitates, fee_kind, fee_currency, fee_min, fee_max, fee_unit, availability, contact_email,
          listed, verified_at, verified_until, created_at, updated_at)
        select 'fp' || i, 'u' || (${facilitatorStart} + i - 1), 'facilitator-' || i, u.display_name, ${paragraphs("i", "3")},
          ${pick(lit(["NZ", "AU", "CA", "GB", "US", "IE"]), `${skewed(6, 2)} - 1`)}, null, null, 'UTC',
          case when i % 3 = 0 then array['en', 'fr'] else array['en'] end,
          array[${pick(values(MODALITIES), "i")}, ${pick(values(MODALITIES), "i + 1")}],
          array[${pick(values(HARM_TYPES), `${skewed(HARM_TYPES.length, 2)} - 1`)}, ${pick(values(HARM_TYPES), "i % 4")}],
          array[${pick(values(CARE_SETTINGS), "i")}], array[${pick(values(APPROACHES), "i")}, ${pick(values(APPROACHES), "i / 3")}],
          array[${pick(values(HARM_TYPES), "i % 4")}, ${pick(values(CARE_SETTINGS), "i")}],
          ${pick(values(COMPETENCY_LEVELS), "i")}, i % 60, 'Synthetic Practice ' || (i % 40), i % 2 = 0,
          case when i % 4 = 0 then 'pro_bono' else 'range' end, case when i % 4 = 0 then null else 'NZD' end,
          case when i % 4 = 0 then null else 80 end, case when i % 4 = 0 then null else 160 end, case when i % 4 = 0 then null else 'per hour' end,
          ${pick(values(AVAILABILITY), "i")}, 'facilitator' || i || '@${SYNTHETIC_EMAIL_DOMAIN}', true,
          case when i % 10 < 7 then now() - (i % 300) * interval '1 day' end, case when i % 10 < 7 then now() + interval '200 days' end, now(), now()
        from generate_series(1, ${c.facilitators}) i join users u on u.id = 'u' || (${facilitatorStart} + i - 1)`,
    },
    {
      label: "directory search vectors",
      sql: `update facilitator_profiles set search_vector = setweight(to_tsvector('simple', display_name), 'A')
        || setweight(to_tsvector('simple', array_to_string(specialties, ' ')), 'B') || setweight(to_tsvector('simple', bio), 'C')`,
    },
    { label: "drop the lookup", sql: `drop table scale_members` },
  ];
}

/**
 * Runs the statements with circle_posts' triggers off (they keep counts and stored HTML one row at a time; the
 * statements above set both for all rows at once), and turns them back on whatever happens.
 */
export async function runStatements(db: Queryable, statements: Array<{ label: string; sql: string }>, log: (line: string) => void) {
  await db.execute(sql`alter table circle_posts disable trigger user`);
  try {
    await runEach(db, statements, log);
  } finally {
    await db.execute(sql`alter table circle_posts enable trigger user`);
  }
}

async function runEach(db: Queryable, statements: Array<{ label: string; sql: string }>, log: (line: string) => void) {
  for (const s of statements) {
    const started = Date.now();
    try {
      await db.execute(sql.raw(s.sql));
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new Error(`seed:scale stopped at "${s.label}": ${cause}`, { cause: error });
    }
    log(`  ${s.label.padEnd(40)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
