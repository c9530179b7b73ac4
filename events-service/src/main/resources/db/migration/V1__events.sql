-- Events: coded actions with their mentions, stories (clusters of articles), quotes, and the
-- position of the articles feed applied so far.

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
    story_id     uuid references story (id) on delete set null,
    lead         jsonb,
    applied_seq  bigint      not null
);
create index article_ref_story_idx on article_ref (story_id, published_at);

create table event (
    id                uuid primary key,
    type              varchar(16) not null,
    mode              varchar(32),
    actor_id          text,
    actor_name        text,
    actor_country     varchar(3),
    recipient_id      text,
    recipient_name    text,
    recipient_country varchar(3),
    location_id       text,
    location_name     text,
    location_country  varchar(3),
    event_date        date,
    date_granularity  varchar(8),
    quantity          jsonb,
    negated           boolean     not null default false,
    modality          varchar(16) not null default 'asserted'
                      check (modality in ('asserted', 'planned', 'considered', 'denied', 'hypothetical')),
    summary           text        not null,
    story_id          uuid references story (id) on delete set null,
    num_articles      integer     not null default 0,
    num_sources       integer     not null default 0,
    created_at        timestamptz not null default now()
);
-- Merge candidates are found by (type, actor, date window), never by scanning.
create index event_merge_idx on event (type, actor_id, event_date);
create index event_date_idx on event (event_date desc nulls last, id desc);
create index event_recipient_idx on event (recipient_id);
create index event_story_idx on event (story_id);

create table event_mention (
    event_id     uuid        not null references event (id) on delete cascade,
    article_id   uuid        not null references article_ref (article_id) on delete cascade,
    sentence     text        not null,
    sentence_index integer   not null,
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
    said_at        timestamptz
);
create index quote_speaker_idx on quote (speaker_id, said_at desc);
create index quote_article_idx on quote (article_id);

-- The last feed sequence applied, written in the same transaction as what it derived.
create table feed_position (
    feed       varchar(32) primary key,
    last_seq   bigint      not null,
    updated_at timestamptz not null default now()
);
insert into feed_position (feed, last_seq) values ('articles', 0);
