package io.dateline.gateway.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The relay reads a page's last seq from its tail to ask for the next page before applying this one. */
class FeedPageTailTest {

    private static long tail(String page) {
        return FeedRelay.lastSeqOf(page.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLastSeqWrittenAfterTheEntriesIsFound() {
        assertThat(tail("{\"entries\":[{\"seq\":41,\"text\":\"\\\"lastSeq\\\":7\"},{\"seq\":42}],\"lastSeq\":42}"))
                .isEqualTo(42);
        assertThat(tail("{\"entries\":[],\"lastSeq\":1234567890123}")).isEqualTo(1234567890123L);
    }

    @Test
    void aPageWithoutOneAtItsTailGivesNone() {
        assertThat(tail("{\"lastSeq\":42,\"entries\":[" + "{\"seq\":1},".repeat(20) + "{\"seq\":2}]}")).isEqualTo(-1);
        assertThat(tail("{\"lastSeq\":}")).isEqualTo(-1);
        assertThat(tail("")).isEqualTo(-1);
    }
}
