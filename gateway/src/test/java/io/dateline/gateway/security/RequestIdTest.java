package io.dateline.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void madeIdsAreVersion4UuidsAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = AccessControl.newRequestId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(seen.add(id)).as("repeated %s", id).isTrue();
        }
    }

    @Test
    void keysHashTheSameOnEveryCall() {
        assertThat(ApiKeys.sha256Hex("local-dev-key"))
                .isEqualTo("ed5a18fb8f807f996d649e379d3f35f39c543a91bdbf88c492f2ebd10d4df86c")
                .isEqualTo(ApiKeys.sha256Hex("local-dev-key"));
    }
}
