-- A stored tsvector does not compress (a list of distinct lexemes and positions: 3.7 kB stored of
-- 3.7 kB), but PostgreSQL tried pglz on every article's before moving it out of line. Stored out
-- of line uncompressed at once.
alter table article alter column search set storage external;
