package io.dateline.articles.repository;

import io.dateline.articles.repository.ArticleStore.ArticleRecord;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * New article rows as one statement: each column an array, unnested into rows. One insert per
 * group instead of one per article, so the server starts one executor (and plans the search
 * vector's expression once) and the client encodes one message. Per-row arrays (authors, entity
 * keys, band keys) travel flattened, each row taking its slice.
 */
final class ArticleRows {

    static final String INSERT = """
            insert into article (id, url, source, title, published_at, language, text, dateline_place,
                dateline_agency, authors, content_hash, minhash, entity_ids, duplicate_of, bands)
            select r.id, r.url, r.source, r.title, r.published_at, r.language, r.text, r.place, r.agency,
                   ($10::text[])[r.authors_from:r.authors_to], r.content_hash, r.minhash,
                   ($13::text[])[r.keys_from:r.keys_to], r.duplicate_of, ($15::bigint[])[r.bands_from:r.bands_to]
            from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[],
                        $8::text[], $9::text[], $11::text[], $12::bytea[], $14::uuid[],
                        $16::int[], $17::int[], $18::int[], $19::int[], $20::int[], $21::int[])
                 as r(id, url, source, title, published_at, language, text, place, agency, content_hash, minhash,
                      duplicate_of, authors_from, authors_to, keys_from, keys_to, bands_from, bands_to)
            on conflict do nothing returning id""";

    private final List<UUID> ids = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<OffsetDateTime> published = new ArrayList<>();
    private final List<String> languages = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final List<Buffer> minhashes = new ArrayList<>();
    private final List<UUID> originals = new ArrayList<>();
    private final Slices<String> authors = new Slices<>();
    private final Slices<String> entityKeys = new Slices<>();
    private final Slices<Long> bands = new Slices<>();

    void add(UUID id, ArticleRecord a) {
        ids.add(id);
        urls.add(a.url());
        sources.add(a.source());
        titles.add(a.title());
        published.add(a.publishedAt());
        languages.add(a.language());
        texts.add(a.text());
        places.add(a.datelinePlace());
        agencies.add(a.datelineAgency());
        hashes.add(a.contentHash());
        minhashes.add(a.minhash() == null ? null : Buffer.buffer(a.minhash()));
        originals.add(a.duplicateOf());
        authors.add(a.authors());
        entityKeys.add(a.entityKeys());
        List<Long> keys = new ArrayList<>(a.bands().length);
        for (long key : a.bands()) {
            keys.add(key);
        }
        bands.add(keys);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    Tuple tuple() {
        return Tuple.tuple(List.of()).addValue(ids.toArray(UUID[]::new)).addValue(urls.toArray(String[]::new))
                .addValue(sources.toArray(String[]::new)).addValue(titles.toArray(String[]::new))
                .addValue(published.toArray(OffsetDateTime[]::new)).addValue(languages.toArray(String[]::new))
                .addValue(texts.toArray(String[]::new)).addValue(places.toArray(String[]::new))
                .addValue(agencies.toArray(String[]::new)).addValue(authors.values().toArray(String[]::new))
                .addValue(hashes.toArray(String[]::new)).addValue(minhashes.toArray(Buffer[]::new))
                .addValue(entityKeys.values().toArray(String[]::new)).addValue(originals.toArray(UUID[]::new))
                .addValue(bands.values().toArray(Long[]::new))
                .addValue(authors.from()).addValue(authors.to())
                .addValue(entityKeys.from()).addValue(entityKeys.to())
                .addValue(bands.from()).addValue(bands.to());
    }

    /** Lists laid end to end, with each one's 1-based bounds (from > to for an empty one). */
    private static final class Slices<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> from = new ArrayList<>();
        private final List<Integer> to = new ArrayList<>();

        void add(List<T> list) {
            from.add(values.size() + 1);
            values.addAll(list);
            to.add(values.size());
        }

        List<T> values() {
            return values;
        }

        Integer[] from() {
            return from.toArray(Integer[]::new);
        }

        Integer[] to() {
            return to.toArray(Integer[]::new);
        }
    }
}
