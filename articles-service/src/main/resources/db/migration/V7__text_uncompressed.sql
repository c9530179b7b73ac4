-- An article's text and its raw input are some 4 kB each. Above 2 kB PostgreSQL tried pglz on
-- every row, which was about 7 % of its CPU at ingest. With a row target near the page size they
-- stay inline as written: the text is kept in the row (storage main) while the tsvector, the other
-- large column, goes out of line first when a row is still too big. Only much longer texts are
-- compressed. Rows already stored keep their form; both read the same.
alter table article set (toast_tuple_target = 8160);
alter table article alter column text set storage main;
alter table article_version set (toast_tuple_target = 8160);
