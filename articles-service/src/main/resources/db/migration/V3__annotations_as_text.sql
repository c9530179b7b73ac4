-- Annotations are stored and served whole, never queried inside: kept as the JSON text they were
-- written as, an insert no longer parses them into jsonb and a feed read no longer decodes them
-- (the feed sends them on as they are). Existing rows keep their content, in jsonb's spelling.
alter table article_annotations alter column annotations type text using annotations::text;
