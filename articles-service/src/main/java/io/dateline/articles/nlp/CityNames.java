package io.dateline.articles.nlp;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cities and towns from nlp/cities.tsv (GeoNames places of 50,000 inhabitants or more), looked up by
 * their exact surface form, accented or plain ("Medellín", "Medellin"). A hash lookup per candidate
 * span: the list is too long for the gazetteer's trie and is only asked about capitalised words.
 */
final class CityNames {

    /** One city: its name as the list spells it, ISO-3 country, population. */
    record City(String name, String country, int population) {
    }

    private final Map<String, City> byForm = new HashMap<>(16_384);
    private int maxWords = 1;

    CityNames() {
        for (String[] row : Lexicon.rows("nlp/cities.tsv", 3)) {
            City city = new City(row[0], alpha3(row[1]), Integer.parseInt(row[2]));
            add(row[0], city);
            add(plain(row[0]), city);
        }
    }

    /** The city a span of text names exactly, or null. */
    City named(String form) {
        return byForm.get(form);
    }

    /** The most words a city name has. */
    int maxWords() {
        return maxWords;
    }

    private void add(String form, City city) {
        if (byForm.putIfAbsent(form, city) == null) {
            maxWords = Math.max(maxWords, form.split(" ").length);
        }
    }

    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String alpha3(String alpha2) {
        if (alpha2.equals("XK")) {
            return "XKX";
        }
        try {
            return new Locale("", alpha2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }
}
