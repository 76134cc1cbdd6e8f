package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import io.camelzuora.jobs.exception.ZuoraRateLimitException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestPacerTest {

    private static final ApiRequest REQUEST = new ApiRequest("GET", URI.create("https://rest.zuora.com/objects/jobs"),
            Map.of(), null, null, null, true, "GET /objects/jobs");

    private final FakeTime time = new FakeTime();

    @Test
    void spendsTheBudgetThenSpacesRequestsEvenly() {
        RequestPacer pacer = new RequestPacer(60, time, time::sleep);

        for (int i = 0; i < 60; i++) {
            pacer.acquire(REQUEST, Duration.ofSeconds(30));
        }
        assertThat(time.sleeps).isEmpty();

        pacer.acquire(REQUEST, Duration.ofSeconds(30));
        pacer.acquire(REQUEST, Duration.ofSeconds(30));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void refusesAtOnceWhenTheWaitIsTooLongAndKeepsThePermit() {
        RequestPacer pacer = new RequestPacer(1, time, time::sleep);
        pacer.acquire(REQUEST, Duration.ofSeconds(1));

        assertThatThrownBy(() -> pacer.acquire(REQUEST, Duration.ofSeconds(1)))
                .isInstanceOf(ZuoraRateLimitException.class).hasMessageContaining("not sent")
                .hasMessageContaining("maxRequestsPerMinute")
                .satisfies(e -> assertThat(((ZuoraRateLimitException) e).getRetryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(time.sleeps).isEmpty();

        time.now = time.now.plusSeconds(60);
        pacer.acquire(REQUEST, Duration.ofSeconds(1));
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void pausesUntilTheResetWhenZuorasRemainingRequestsRunLow() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);

        pacer.afterResponse(REQUEST, response("2250000, 50000;w=60, 27000000;w=86400", "20000", "7"));
        pacer.acquire(REQUEST, Duration.ofSeconds(30));
        assertThat(time.sleeps).isEmpty();

        pacer.afterResponse(REQUEST, response("2250000, 50000;w=60, 27000000;w=86400", "499", "7"));
        pacer.acquire(REQUEST, Duration.ofSeconds(30));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void ignoresMissingOrUnreadableHeaders() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);

        pacer.afterResponse(REQUEST, response(null, "0", "9"));
        pacer.afterResponse(REQUEST, response("lots", "none", "soon"));
        pacer.acquire(REQUEST, Duration.ofSeconds(30));

        assertThat(time.sleeps).isEmpty();
    }

    private static RawResponse response(String limit, String remaining, String reset) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (limit != null) {
            headers.put("ratelimit-limit", limit);
        }
        headers.put("ratelimit-remaining", remaining);
        headers.put("ratelimit-reset", reset);
        return new RawResponse(200, headers, new byte[0]);
    }

    private static final class FakeTime extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");
        private final List<Duration> sleeps = new ArrayList<>();

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
