package io.dateline.events.repository;

import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Builds a where clause from optional conditions; each {@code ?} in a condition becomes the next $n. */
final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds the condition when every value is present; repeated {@code ?} take the same value each. */
    SqlFilter add(String condition, Object... given) {
        for (Object v : given) {
            if (v == null) {
                return this;
            }
        }
        StringBuilder sql = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                values.add(given[Math.min(next, given.length - 1)]);
                next++;
                sql.append('$').append(values.size());
            } else {
                sql.append(c);
            }
        }
        conditions.add("(" + sql + ")");
        return this;
    }

    /** The next parameter's placeholder for a value used outside the where clause (e.g. limit). */
    String param(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Tuple tuple() {
        return Tuple.from(values);
    }
}
