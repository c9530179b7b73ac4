package io.dateline.articles.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every country (names, official and former names, demonyms, capitals and seats of government),
 * international organisations, places and well-known people, loaded once from nlp/countries.tsv,
 * nlp/organisations.tsv, nlp/locations.tsv and nlp/people.tsv, and matched with a {@link SurfaceTrie}.
 */
final class Gazetteer {

    private final SurfaceTrie<GazetteerEntry> trie = new SurfaceTrie<>();
    private final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final Map<String, String> countryIds = new HashMap<>();

    Gazetteer() {
        loadCountries();
        loadOrganisations();
        loadLocations();
        loadPeople();
    }

    /** The entry for an entity id ("country:DNK", "nato"), or null. */
    GazetteerEntry entry(String id) {
        return byId.get(id);
    }

    /** The country id ("country:RUS") of an alpha-3 code, or null. */
    String countryId(String alpha3) {
        return countryIds.get(alpha3);
    }

    /** Forms starting at {@code from}, each with its end, shortest first. */
    List<Match> formsAt(CharSequence text, int from, int limit) {
        List<Match> found = new ArrayList<>(2);
        trie.walk(text, from, limit, (end, entry) -> found.add(new Match(from, end, entry)));
        return found;
    }

    record Match(int start, int end, GazetteerEntry entry) {
    }

    private void loadCountries() {
        for (String[] row : Lexicon.rows("nlp/countries.tsv", 6)) {
            String code = row[0];
            String id = "country:" + code;
            countryIds.put(code, id);
            GazetteerEntry name = new GazetteerEntry(id, row[1], EntityType.COUNTRY, code, null, null, GazetteerEntry.Kind.NAME, false);
            byId.put(id, name);
            add(row[1], name);
            Lexicon.list(row[2]).forEach(form -> add(form, name));
            Lexicon.list(row[3]).forEach(form -> add(form, kind(name, GazetteerEntry.Kind.DEMONYM)));
            Lexicon.list(row[4]).forEach(form -> add(form, kind(name, GazetteerEntry.Kind.CAPITAL)));
            Lexicon.list(row[5]).forEach(form -> add(form, kind(name, GazetteerEntry.Kind.METONYM)));
        }
    }

    private void loadOrganisations() {
        for (String[] row : Lexicon.rows("nlp/organisations.tsv", 6)) {
            String country = row[5].isEmpty() ? null : row[5];
            GazetteerEntry name = new GazetteerEntry(row[0], row[1], EntityType.valueOf(row[2]), country, null, null,
                    GazetteerEntry.Kind.NAME, false);
            byId.put(row[0], name);
            add(row[1], name);
            Lexicon.list(row[3]).forEach(form -> add(form, name));
            GazetteerEntry contextual = new GazetteerEntry(row[0], row[1], name.type(), country, null, null, GazetteerEntry.Kind.NAME, true);
            Lexicon.list(row[4]).forEach(form -> add(form, contextual));
        }
    }

    private void loadLocations() {
        for (String[] row : Lexicon.rows("nlp/locations.tsv", 4)) {
            String id = "location:" + row[0];
            String country = row[3].isEmpty() ? null : row[3];
            GazetteerEntry name = new GazetteerEntry(id, row[1], EntityType.LOCATION, country, null, null, GazetteerEntry.Kind.NAME, false);
            byId.put(id, name);
            add(row[1], name);
            Lexicon.list(row[2]).forEach(form -> add(form, name));
        }
    }

    private void loadPeople() {
        for (String[] row : Lexicon.rows("nlp/people.tsv", 5)) {
            String id = "person:" + Slugs.of(row[0]);
            String country = row[2].isEmpty() ? null : row[2];
            String affiliation = !row[4].isEmpty() ? row[4] : country == null ? null : "country:" + country;
            GazetteerEntry name = new GazetteerEntry(id, row[0], EntityType.PERSON, country,
                    row[3].isEmpty() ? null : row[3], affiliation, GazetteerEntry.Kind.NAME, false);
            byId.put(id, name);
            add(row[0], name);
            Lexicon.list(row[1]).forEach(form -> add(form, name));
        }
    }

    private static GazetteerEntry kind(GazetteerEntry e, GazetteerEntry.Kind kind) {
        return new GazetteerEntry(e.id(), e.name(), e.type(), e.country(), e.role(), e.affiliation(), kind, false);
    }

    /** The first entry for a form wins: files are ordered so that countries come first. */
    private void add(String form, GazetteerEntry entry) {
        trie.putIfAbsent(form, entry);
    }
}
