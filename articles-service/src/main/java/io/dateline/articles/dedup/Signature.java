package io.dateline.articles.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A MinHash signature: the least hash of the text's word shingles under each of the scheme's hash functions,
 * and how many distinct shingles the text has (to estimate containment as well as Jaccard similarity).
 */
public final class Signature {

    private final long shingles;
    private final long[] values;

    Signature(long shingles, long[] values) {
        this.shingles = shingles;
        this.values = values;
    }

    public long shingles() {
        return shingles;
    }

    long value(int i) {
        return values[i];
    }

    public int length() {
        return values.length;
    }

    /** The shingle count then the values, eight bytes each, big-endian, for storing (e.g. a bytea column). */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate((values.length + 1) * Long.BYTES);
        buffer.putLong(shingles);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }

    public static Signature fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long shingles = buffer.getLong();
        long[] values = new long[bytes.length / Long.BYTES - 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return new Signature(shingles, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && shingles == s.shingles && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(shingles) + Arrays.hashCode(values);
    }
}
