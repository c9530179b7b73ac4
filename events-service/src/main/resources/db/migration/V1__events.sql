-- Events: coded actions with their mentions, stories (clusters of articles), quotes, entities, and the
-- position of the articles feed applied so far. Everything here is derived from the feed: a replay from
-- zero (POST /admin/reset, then the relay) rebuilds it.

create table story (
    id           uuid primary key,
    title        text        not null,
    first_seen   timestamptz not null,
    last_seen    timestamptz not null,
    num_articles integer     not null default 0,
    num_sources  integer     not null default 0
);
create index story_last_seen_idx on story (last_seen desc, id desc);

-- What the events side knows of an article: enough to compose answers without asking articles.
create table article_ref (
    article_id   uuid primary key,
    version      integer     not null,
    source       text,
    title        text,
    published_at timestamptz,
    story_id     uuid,
    lead         jsonb,
    applied_seq  bigint      not null
);
create index article_ref_story_idx on article_ref (story_id, published_at);

-- Every change of the story index in applied order: an article withdrawn from its story (step 0, terms
-- null) or assigned with the term counts it used (step 1). The in-memory StoryIndex is rebuilt from it at
-- startup, so clustering continues exactly as if the service had never stopped.
create table story_log (
    seq          bigint      not null,
    step         smallint    not null,
    article_id   uuid        not null,
    story_id     uuid,
    title        text        not null,
    published_at timestamptz not null,
    terms        jsonb,
    primary key (seq, step)
);

-- The entity catalogue: what annotations and event participants named, by canonical id.
create table entity (
    id      text primary key,
    name    text not null,
    type    varchar(16),
    country varchar(3),
    aliases jsonb
);
create index entity_name_idx on entity (lower(name), id);

create table article_entity (
    article_id uuid    not null references article_ref (article_id) on delete cascade,
    entity_id  text    not null,
    mentions   integer not null,
    primary key (article_id, entity_id)
);
create index article_entity_entity_idx on article_entity (entity_id);

create table event (
    id                uuid primary key,
    type              varchar(16) not null,
    mode              varchar(32),
    -- actor_key: the actor's entity id, the sorted ids of a compound, else "name:<lower name>"; "" when none.
    actor_key         text        not null,
    actor_id          text,
    actor_name        text,
    actor_type        varchar(16),
    actor_country     varchar(3),
    recipient_key     text,
    recipient_id      text,
    recipient_name    text,
    recipient_country varchar(3),
    location_id       text,
    location_name     text,
    location_country  varchar(3),
    event_date        date,
    event_date_end    date,
    date_value        varchar(16),
    date_granularity  varchar(8),
    sort_date         date generated always as (coalesce(event_date, date '0001-01-01')) stored,
    quantity          jsonb,
    negated           boolean     not null default false,
    modality          varchar(16) not null default 'asserted'
                      check (modality in ('asserted', 'planned', 'considered', 'denied', 'hypothetical')),
    reported_by_id    text,
    reported_by_name  text,
    reported_by_country varchar(3),
    summary           text        not null,
    story_id          uuid,
    num_articles      integer     not null default 0,
    num_sources       integer     not null default 0,
    created_seq       bigint      not null
);
-- Merge candidates are found by (type, actor, date window), never by scanning.
create index event_merge_idx on event (type, actor_key, event_date);
create index event_date_idx on event (sort_date desc, id desc);
create index event_actor_idx on event (actor_id, sort_date);
create index event_recipient_idx on event (recipient_id, sort_date);
create index event_location_idx on event (location_id);
create index event_story_idx on event (story_id);
create index event_summary_fts on event using gin (to_tsvector('english', summary));

create table event_mention (
    event_id       uuid    not null references event (id) on delete cascade,
    article_id     uuid    not null references article_ref (article_id) on delete cascade,
    sentence       text    not null,
    sentence_index integer not null,
    applied_seq    bigint  not null,
    primary key (event_id, article_id, sentence_index)
);
create index event_mention_article_idx on event_mention (article_id);

create table quote (
    id             uuid primary key,
    article_id     uuid        not null references article_ref (article_id) on delete cascade,
    speaker_id     text,
    speaker_name   text        not null,
    text           text        not null,
    start_offset   integer     not null,
    end_offset     integer     not null,
    sentence_index integer     not null,
    indirect       boolean     not null default false,
    said_at        timestamptz,
    sort_at        timestamptz generated always as (coalesce(said_at, timestamptz '0001-01-01 00:00Z')) stored
);
create index quote_speaker_idx on quote (speaker_id, sort_at desc);
create index quote_time_idx on quote (sort_at desc, id desc);
create index quote_article_idx on quote (article_id);
create index quote_text_fts on quote using gin (to_tsvector('english', text));

-- The last feed sequence applied, written in the same transaction as what it derived.
create table feed_position (
    feed       varchar(32) primary key,
    last_seq   bigint      not null,
    updated_at timestamptz not null default now()
);
insert into feed_position (feed, last_seq) values ('articles', 0);
