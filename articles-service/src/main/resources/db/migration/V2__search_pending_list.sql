-- New rows' search terms wait in the GIN index's pending list until it is merged, and every
-- search reads that whole list. A small list (512 kB rather than 4 MB) keeps searches fast while
-- articles stream in, for a little more work per insert.
alter index article_search_idx set (gin_pending_list_limit = 512);
