package io.dateline.events.repository;

import io.dateline.events.service.CodedEvent;
import io.dateline.events.service.CodedEvent.MergeWindow;
import io.dateline.events.service.CodedEvent.Stored;
import io.dateline.events.service.DateSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the events of a page of new articles have written so far while their statements are still unsent: the
 * events inserted and the stored events filled, and the articles that mentioned each (counted, as the recount
 * after each article would, once the article is done). Later events see them as the candidate query would.
 */
public final class PageEvents {

    /** The order of PostgreSQL's uuid type (bytes compared unsigned), the order of the candidate query. */
    private static final Comparator<UUID> STORED_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    private static final int CANDIDATE_LIMIT = 50;

    private record Inserted(CodedEvent event, UUID id) {
    }

    private final List<Inserted> inserted = new ArrayList<>();
    private final Map<UUID, Stored> current = new HashMap<>();
    /** Per event touched: numArticles before the page, and the page's articles that mentioned it. */
    private final Map<UUID, Integer> before = new HashMap<>();
    private final Map<UUID, Set<UUID>> mentionedBy = new HashMap<>();
    private final Set<UUID> touched = new LinkedHashSet<>();

    void inserted(CodedEvent e, Stored stored) {
        inserted.add(new Inserted(e, stored.id()));
        changed(stored);
    }

    void changed(Stored stored) {
        current.put(stored.id(), stored);
        before.putIfAbsent(stored.id(), stored.numArticles());
    }

    void mentioned(UUID event, UUID article) {
        mentionedBy.computeIfAbsent(event, k -> new HashSet<>()).add(article);
        touched.add(event);
    }

    /** The events of an article are recounted once it is written: their numArticles as the recount leaves it. */
    public void articleDone() {
        for (UUID id : touched) {
            Stored s = current.get(id);
            int n = before.get(id) + mentionedBy.get(id).size();
            current.put(id, new Stored(s.id(), s.recipientKey(), s.locationId(), s.locationCountry(), s.locationName(),
                    s.mode(), s.span(), n));
        }
        touched.clear();
    }

    /** The candidates of {@code e} as the query would answer now: the ones found before, updated, plus own events. */
    List<Stored> candidates(CodedEvent e, List<Stored> foundBefore) {
        if (current.isEmpty()) {
            return foundBefore;
        }
        List<Stored> all = new ArrayList<>();
        foundBefore.forEach(s -> all.add(current.getOrDefault(s.id(), s)));
        for (Inserted own : inserted) {
            if (sameKeys(own.event(), e) && inWindow(own.event().span(), e.span())) {
                all.add(current.get(own.id()));
            }
        }
        all.sort(Comparator.comparing(Stored::id, STORED_ORDER));
        return all.size() > CANDIDATE_LIMIT ? all.subList(0, CANDIDATE_LIMIT) : all;
    }

    private static boolean sameKeys(CodedEvent a, CodedEvent b) {
        return a.type().equals(b.type()) && a.actorKey().equals(b.actorKey()) && a.negated() == b.negated()
                && a.modality().equals(b.modality());
    }

    /** The candidate query's date condition. */
    private static boolean inWindow(DateSpan stored, DateSpan wanted) {
        return stored != null
                && !stored.start().isBefore(wanted.start().minusDays(MergeWindow.LOOKBACK_DAYS))
                && !stored.start().isAfter(wanted.end().plusDays(MergeWindow.SLACK_DAYS))
                && !stored.end().isBefore(wanted.start().minusDays(MergeWindow.SLACK_DAYS));
    }
}
