-- Fills the events database as if feed entries :n0..:n1 had been applied, with batched inserts: one
-- article_ref, three events (each with one mention), one quote, three entity counts and one story-log
-- entry (40 random terms) per article, eight articles per story, then moves the mark to :n1. The
-- values follow FeedBench's synthetic happenings (150 actors, 6 event types, dates over 2021-2023), so
-- really applied articles afterwards meet filled events in their merge lookups.
-- Usage: psql -v n0=1 -v n1=10000 -f fill.sql
\set ON_ERROR_STOP on
begin;
insert into story (id, title, first_seen, last_seen, num_articles, num_sources)
select md5('fill-story' || h)::uuid, 'Filled story ' || h, d, d + interval '1 day', 8, 6
from (select h, timestamptz '2021-01-01 00:00Z' + ((h * 1095 / 12500) % 1095) * interval '1 day' d
      from generate_series(:n0 / 8, :n1 / 8) h) x
on conflict (id) do nothing;

insert into article_ref (article_id, version, source, title, published_at, story_id, lead, applied_seq)
select md5('fill-article' || n)::uuid, 1, 'source' || (n % 40) || '.example', 'Filled article ' || n,
       timestamptz '2021-01-01 08:00Z' + (((n / 8) * 1095 / 12500) % 1095) * interval '1 day',
       md5('fill-story' || (n / 8))::uuid, '{"who": "filled", "what": "filled"}'::jsonb, n
from generate_series(:n0, :n1) n;

insert into event (id, type, mode, actor_key, actor_id, actor_name, actor_type, recipient_key, recipient_id,
                   recipient_name, event_date, event_date_end, date_value, date_granularity, negated, modality,
                   summary, story_id, num_articles, num_sources, created_seq)
select md5('fill-event' || n || ':' || k)::uuid,
       (array['MOBILIZE', 'ACCUSE', 'CONSULT', 'SANCTION', 'ASSAULT', 'REJECT'])[1 + (n + k) % 6], null,
       'country:X' || ((n * 7 + k) % 150), 'country:X' || ((n * 7 + k) % 150), 'Actor ' || ((n * 7 + k) % 150), 'COUNTRY',
       'country:X' || ((n * 11 + k) % 150), 'country:X' || ((n * 11 + k) % 150), 'Recipient ' || ((n * 11 + k) % 150),
       d, d, d::text, 'DAY', false, 'asserted', 'Filled event ' || n || ' ' || k,
       md5('fill-story' || (n / 8))::uuid, 1, 1, n
from (select n, k, date '2021-01-01' + (((n / 8) * 1095 / 12500) % 1095)::int d
      from generate_series(:n0, :n1) n, generate_series(0, 2) k) x;

insert into event_mention (event_id, article_id, sentence, sentence_index, applied_seq)
select md5('fill-event' || n || ':' || k)::uuid, md5('fill-article' || n)::uuid, 'Filled sentence ' || k, k, n
from generate_series(:n0, :n1) n, generate_series(0, 2) k;

insert into entity (id, name, type) select 'country:X' || i, 'Actor ' || i, 'COUNTRY' from generate_series(0, 149) i
on conflict (id) do nothing;
insert into article_entity (article_id, entity_id, mentions)
select md5('fill-article' || n)::uuid, 'country:X' || ((n * 7 + k) % 150), 2
from generate_series(:n0, :n1) n, generate_series(0, 2) k on conflict do nothing;

insert into quote (id, article_id, speaker_id, speaker_name, text, start_offset, end_offset, sentence_index, indirect, said_at)
select md5('fill-quote' || n)::uuid, md5('fill-article' || n)::uuid, 'person:p' || (n % 400), 'Speaker ' || (n % 400),
       'Filled quote ' || n, 0, 10, 11, true, timestamptz '2021-01-01 08:00Z' + (((n / 8) * 1095 / 12500) % 1095) * interval '1 day'
from generate_series(:n0, :n1) n;

insert into story_log (seq, step, article_id, title, published_at, terms)
select n, 1, md5('fill-article' || n)::uuid, 'Filled article ' || n,
       timestamptz '2021-01-01 08:00Z' + (((n / 8) * 1095 / 12500) % 1095) * interval '1 day',
       (select jsonb_object_agg('w' || ((n / 8 * 31 + t * 97 + (n % 8) * (t % 3)) % 5000), 1 + t % 3)
        from generate_series(1, 40) t)
from generate_series(:n0, :n1) n;

update feed_position set last_seq = :n1, updated_at = now() where feed = 'articles';
commit;
analyze;
