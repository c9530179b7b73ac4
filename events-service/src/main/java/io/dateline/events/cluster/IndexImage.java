package io.dateline.events.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A StoryIndex as bytes: frequencies, stories (kept members with their vectors, centroid sums, counts, title),
 * postings in their order, the latest time seen and the assignment count. Terms and story ids are written once
 * and referred to by number. Reading it back gives an index that assigns exactly as the written one would.
 */
final class IndexImage {

    private static final int FORMAT = 1;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private IndexImage() {
    }

    static byte[] write(StoryIndex index) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            new IndexImage().writeTo(index, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryIndex read(byte[] image, StorySettings settings) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(image))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(settings.toString())) {
                return null;
            }
            return new IndexImage().readFrom(in, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTo(StoryIndex index, DataOutputStream out) throws IOException {
        // names first: every term and story id the body refers to by number
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 16);
        DataOutputStream b = new DataOutputStream(body);
        writeBody(index, b);
        b.flush();
        out.writeInt(FORMAT);
        out.writeUTF(index.settings().toString());
        out.writeInt(names.size());
        for (String name : names) {
            writeString(out, name);
        }
        body.writeTo(out);
    }

    private void writeBody(StoryIndex index, DataOutputStream b) throws IOException {
        DocumentFrequencies f = index.frequencies();
        b.writeLong(f.documents());
        Map<String, Integer> counts = f.counts();
        b.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.writeInt(number(e.getKey()));
            b.writeInt(e.getValue());
        }
        writeInstant(b, index.latest());
        b.writeLong(index.assigned());
        b.writeInt(index.storiesById().size());
        for (Story s : index.storiesById().values()) {
            writeStory(s, b);
        }
        b.writeInt(index.postings().size());
        for (Map.Entry<String, LinkedHashSet<String>> e : index.postings().entrySet()) {
            b.writeInt(number(e.getKey()));
            b.writeInt(e.getValue().size());
            for (String story : e.getValue()) {
                b.writeInt(number(story));
            }
        }
    }

    private void writeStory(Story s, DataOutputStream b) throws IOException {
        b.writeInt(number(s.id()));
        writeString(b, s.title());
        writeInstant(b, s.firstSeen());
        writeInstant(b, s.lastSeen());
        b.writeInt(s.size());
        writeWeights(s.centroidSums(), b);
        List<Story.Member> members = s.members();
        b.writeInt(members.size());
        for (Story.Member m : members) {
            writeString(b, m.articleId());
            writeString(b, m.title());
            writeInstant(b, m.publishedAt());
            writeWeights(m.vector().weights(), b);
        }
    }

    private StoryIndex readFrom(DataInputStream in, StorySettings settings) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            names.add(readString(in));
        }
        long documents = in.readLong();
        int terms = in.readInt();
        Map<String, Integer> counts = new HashMap<>(terms * 2);
        for (int i = 0; i < terms; i++) {
            counts.put(names.get(in.readInt()), in.readInt());
        }
        StoryIndex index = new StoryIndex(settings, new DocumentFrequencies(documents, counts));
        index.resume(readInstant(in), in.readLong());
        int stories = in.readInt();
        for (int i = 0; i < stories; i++) {
            Story s = readStory(in, settings);
            index.storiesById().put(s.id(), s);
        }
        int postings = in.readInt();
        for (int i = 0; i < postings; i++) {
            String term = names.get(in.readInt());
            int size = in.readInt();
            LinkedHashSet<String> list = new LinkedHashSet<>();
            for (int k = 0; k < size; k++) {
                list.add(names.get(in.readInt()));
            }
            index.postings().put(term, list);
        }
        return index;
    }

    private Story readStory(DataInputStream in, StorySettings settings) throws IOException {
        String id = names.get(in.readInt());
        String title = readString(in);
        Instant first = readInstant(in);
        Instant last = readInstant(in);
        int size = in.readInt();
        Map<String, Double> centroid = readWeights(in);
        int n = in.readInt();
        List<Story.Member> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String article = readString(in);
            String memberTitle = readString(in);
            Instant at = readInstant(in);
            members.add(new Story.Member(article, memberTitle, at, TermVector.resume(readWeights(in))));
        }
        return Story.resume(id, title, first, last, size, centroid, members, settings);
    }

    private void writeWeights(Map<String, Double> weights, DataOutputStream b) throws IOException {
        b.writeInt(weights.size());
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            b.writeInt(number(e.getKey()));
            b.writeDouble(e.getValue());
        }
    }

    /** In the order written (a vector's: heaviest first). */
    private LinkedHashMap<String, Double> readWeights(DataInputStream in) throws IOException {
        int n = in.readInt();
        LinkedHashMap<String, Double> weights = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            weights.put(names.get(in.readInt()), in.readDouble());
        }
        return weights;
    }

    private int number(String name) {
        Integer known = numbers.get(name);
        if (known != null) {
            return known;
        }
        numbers.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    private static void writeInstant(DataOutputStream b, Instant t) throws IOException {
        b.writeBoolean(t != null);
        if (t != null) {
            b.writeLong(t.getEpochSecond());
            b.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private static void writeString(DataOutputStream b, String s) throws IOException {
        byte[] utf8 = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        b.writeInt(utf8.length);
        b.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
