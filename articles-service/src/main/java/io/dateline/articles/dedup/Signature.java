package io.dateline.articles.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A MinHash signature: the least hash of the text's word shingles under each of the scheme's hash functions. */
public final class Signature {

    private final long[] values;

    Signature(long[] values) {
        this.values = values;
    }

    long value(int i) {
        return values[i];
    }

    public int length() {
        return values.length;
    }

    /** Eight bytes per value, big-endian, for storing (e.g. a bytea column). */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }

    public static Signature fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return new Signature(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
