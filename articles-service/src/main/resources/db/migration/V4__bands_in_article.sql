-- Near-duplicate candidates: an article's LSH band keys in one array column under a GIN index,
-- instead of one article_band row per band (42 heap rows, 84 b-tree entries and 42 foreign-key
-- checks per article). A band's key already mixes in the band's number (MinHash.bandKeys), so
-- sharing any key means sharing a band.
alter table article add column bands bigint[] not null default '{}';
update article a set bands = b.keys
    from (select article_id, array_agg(hash order by band) as keys from article_band group by article_id) b
    where b.article_id = a.id;
drop table article_band;
-- Written straight into the index tree, without a pending list: every ingest group looks
-- candidates up, and each lookup would read the whole pending list.
create index article_bands_idx on article using gin (bands) with (fastupdate = off);
