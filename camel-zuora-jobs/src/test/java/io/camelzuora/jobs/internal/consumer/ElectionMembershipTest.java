package io.camelzuora.jobs.internal.consumer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a node that dropped out of a leader election enters it again. */
class ElectionMembershipTest {

    @Test
    void aNodeNeverListedIsLeftAlone() {
        ElectionMembership.Presence presence = new ElectionMembership.Presence();

        assertThat(checks(presence, false, 200)).isEmpty();
    }

    @Test
    void aListedNodeMissingOnTwoChecksInARowRejoins() {
        ElectionMembership.Presence presence = new ElectionMembership.Presence();
        assertThat(presence.shouldRejoin(true)).isFalse();

        assertThat(presence.shouldRejoin(false)).isFalse();
        assertThat(presence.shouldRejoin(true)).as("listed again: the count starts over").isFalse();
        assertThat(presence.shouldRejoin(false)).isFalse();
        assertThat(presence.shouldRejoin(false)).isTrue();
    }

    @Test
    void eachAttemptThatDoesNotBringItBackDoublesTheChecksBeforeTheNextUpTo64() {
        ElectionMembership.Presence presence = new ElectionMembership.Presence();
        presence.shouldRejoin(true);

        assertThat(checks(presence, false, 2 + 4 + 8 + 16 + 32 + 64 + 64 + 64))
                .containsExactly(2, 6, 14, 30, 62, 126, 190, 254);
        presence.shouldRejoin(true);
        assertThat(checks(presence, false, 2)).as("back in the election: the next drop is acted on at once")
                .containsExactly(2);
    }

    @Test
    void aStoppedRouteForgetsThatTheNodeWasListed() {
        ElectionMembership.Presence presence = new ElectionMembership.Presence();
        presence.shouldRejoin(true);
        presence.forget();

        assertThat(checks(presence, false, 10)).isEmpty();
    }

    /**
     * The checks (counted from 1) after which the node rejoined, of {@code count} checks that all saw {@code listed}.
     */
    private static List<Integer> checks(ElectionMembership.Presence presence, boolean listed, int count) {
        List<Integer> rejoinedAfter = new ArrayList<>();
        for (int check = 1; check <= count; check++) {
            if (presence.shouldRejoin(listed)) {
                rejoinedAfter.add(check);
            }
        }
        return rejoinedAfter;
    }
}
