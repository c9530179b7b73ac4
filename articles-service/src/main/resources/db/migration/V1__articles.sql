-- Articles: the current version of each article, every raw input it arrived as, and the feed.

create table article (
    id              uuid primary key,
    url             text,
    source          text,
    title           text,
    published_at    timestamptz,
    language        varchar(12),
    text            text        not null,
    dateline_place  text,
    dateline_agency text,
    authors         text[]      not null default '{}',
    content_hash    varchar(64) not null,
    duplicate_of    uuid references article (id) on delete set null,
    version         integer     not null default 1,
    ingested_at     timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    search          tsvector generated always as (
                        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                        setweight(to_tsvector('simple', text), 'B')) stored
);

-- An url identifies an article; without one, its content does.
create unique index article_url_key on article (url) where url is not null;
create unique index article_content_key on article (content_hash) where url is null;
create index article_search_idx on article using gin (search);
create index article_published_idx on article (published_at desc nulls last, id desc);
create index article_source_idx on article (source, published_at desc);
create index article_duplicate_idx on article (duplicate_of) where duplicate_of is not null;

-- Every input exactly as received, so everything can be derived again later.
create table article_version (
    article_id   uuid        not null references article (id) on delete cascade,
    version      integer     not null,
    content_type text        not null,
    raw          text        not null,
    content_hash varchar(64) not null,
    received_at  timestamptz not null default now(),
    primary key (article_id, version)
);

-- The ordered change log that the events side reads. `txid` lets a reader see only entries of
-- transactions older than every transaction still running, so a late commit of a lower `seq`
-- can never be skipped (see docs/feed.md).
create table feed_entry (
    seq         bigint generated always as identity primary key,
    article_id  uuid        not null,
    kind        varchar(8)  not null check (kind in ('created', 'updated', 'deleted')),
    version     integer,
    txid        xid8        not null default pg_current_xact_id(),
    recorded_at timestamptz not null default now()
);
create index feed_entry_article_idx on feed_entry (article_id);
