package io.dateline.events.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.lang.reflect.Array;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Inserts many rows with one statement: each column goes as one array parameter and unnest turns them back into
 * rows, in the given order. PostgreSQL then plans and runs one statement instead of one per row, and the rows
 * travel in one message. A jsonb column's values go as their JSON text.
 */
final class ColumnBatch {

    private static final Map<String, Class<?>> TYPES = Map.of("uuid", UUID.class, "text", String.class,
            "int", Integer.class, "bigint", Long.class, "bool", Boolean.class, "timestamptz", OffsetDateTime.class,
            "jsonb", String.class);

    private final String sql;
    private final Class<?>[] types;

    /** {@code columns} as "name type" with a type of {@link #TYPES}; {@code tail} follows the select (e.g. on conflict). */
    ColumnBatch(String table, String tail, String... columns) {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        StringJoiner arrays = new StringJoiner(", ");
        this.types = new Class<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            String[] nameType = columns[i].split(" ");
            boolean json = nameType[1].equals("jsonb");
            names.add(nameType[0]);
            values.add(json ? nameType[0] + "::jsonb" : nameType[0]);
            arrays.add("$" + (i + 1) + "::" + (json ? "text" : nameType[1]) + "[]");
            types[i] = TYPES.get(nameType[1]);
        }
        this.sql = "insert into " + table + " (" + names + ") select " + values + " from unnest(" + arrays + ") as r("
                + names + ") " + tail;
    }

    /** Rows as tuples of the columns' values, in column order. */
    Uni<Void> insert(SqlConnection conn, List<Tuple> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> columns = new ArrayList<>(types.length); // mutable: the client may convert values in place
        for (int c = 0; c < types.length; c++) {
            Object column = Array.newInstance(types[c], rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Array.set(column, r, rows.get(r).getValue(c));
            }
            columns.add(column);
        }
        return conn.preparedQuery(sql).execute(Tuple.wrap(columns)).replaceWithVoid();
    }

    String sql() {
        return sql;
    }
}
