-- Articles: the current version of each article, every raw input it arrived as, its annotations,
-- its near-duplicate index and the feed.

-- The text-search configuration for an article's language (stemming where PostgreSQL has it).
create function article_search_config(language text) returns regconfig
    language sql immutable parallel safe as $$
    select case split_part(coalesce(language, ''), '-', 1)
        when 'en' then 'english'::regconfig  when 'de' then 'german'::regconfig
        when 'fr' then 'french'::regconfig   when 'es' then 'spanish'::regconfig
        when 'it' then 'italian'::regconfig  when 'pt' then 'portuguese'::regconfig
        when 'nl' then 'dutch'::regconfig    when 'ru' then 'russian'::regconfig
        when 'sv' then 'swedish'::regconfig  when 'da' then 'danish'::regconfig
        when 'no' then 'norwegian'::regconfig when 'fi' then 'finnish'::regconfig
        else 'simple'::regconfig end
$$;

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
    minhash         bytea,
    entity_ids      text[]      not null default '{}',
    duplicate_of    uuid references article (id) on delete set null,
    version         integer     not null default 1,
    ingested_at     timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    search          tsvector generated always as (
                        setweight(to_tsvector(article_search_config(language), coalesce(title, '')), 'A') ||
                        setweight(to_tsvector(article_search_config(language), text), 'B')) stored
);

-- An url identifies an article; without one, its content does.
create unique index article_url_key on article (url) where url is not null;
create unique index article_content_key on article (content_hash) where url is null;
create index article_search_idx on article using gin (search);
create index article_published_idx on article (published_at desc nulls last, id desc);
create index article_source_idx on article (source, published_at desc);
create index article_duplicate_idx on article (duplicate_of) where duplicate_of is not null;
create index article_entities_idx on article using gin (entity_ids);

-- Near-duplicate candidates: LSH bands of each article's MinHash signature.
create table article_band (
    band       smallint not null,
    hash       bigint   not null,
    article_id uuid     not null references article (id) on delete cascade
);
create index article_band_key_idx on article_band (band, hash);
create index article_band_article_idx on article_band (article_id);

-- The entity catalogue: canonical entities and the articles that mention them.
create table entity (
    id         text primary key,
    name       text        not null,
    type       varchar(16) not null,
    country    varchar(3),
    role       text,
    affiliation text,
    aliases    text[]      not null default '{}',
    first_seen timestamptz not null default now()
);
create index entity_name_idx on entity (lower(name) text_pattern_ops);
create index entity_type_idx on entity (type);

create table article_entity (
    article_id uuid    not null references article (id) on delete cascade,
    entity_id  text    not null references entity (id),
    mentions   integer not null,
    primary key (article_id, entity_id)
);
create index article_entity_entity_idx on article_entity (entity_id);

-- The text-understanding layers of the current version (sentences, entities, times, quotes,
-- quantities), as served by /articles/{id}/annotations and carried by the feed.
create table article_annotations (
    article_id  uuid    primary key references article (id) on delete cascade,
    version     integer not null,
    annotations jsonb   not null
);

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

-- The ordered change log that the events side reads. Writers insert their entry last, under a
-- transaction-scoped advisory lock, so entries commit in seq order (see docs/feed.md).
create table feed_entry (
    seq         bigint generated always as identity primary key,
    article_id  uuid        not null,
    kind        varchar(8)  not null check (kind in ('created', 'updated', 'deleted')),
    version     integer,
    recorded_at timestamptz not null default now()
);
create index feed_entry_article_idx on feed_entry (article_id);
