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

import io.camelzuora.jobs.exception.ZuoraRateLimitException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestPacerTest {

    private static final ApiRequest REQUEST = new ApiRequest(
            "GET", URI.create("https://rest.zuora.com/objects/jobs"),
            Map.of(), null, null, null, true, "GET /objects/jobs", null);
    private static final ServerWaits WAITS = new ServerWaits(Duration.ofMinutes(5));

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

        pacer.afterResponse(response("2250000, 50000;w=60, 27000000;w=86400", "20000", "7"), WAITS);
        pacer.acquire(REQUEST, Duration.ofSeconds(30));
        assertThat(time.sleeps).isEmpty();

        pacer.afterResponse(response("2250000, 50000;w=60, 27000000;w=86400", "499", "7"), WAITS);
        pacer.acquire(REQUEST, Duration.ofSeconds(30));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void ignoresMissingOrUnreadableHeaders() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);

        pacer.afterResponse(response(null, "0", "9"), WAITS);
        pacer.afterResponse(response("lots", "none", "soon"), WAITS);
        pacer.acquire(REQUEST, Duration.ofSeconds(30));

        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void anAbsurdRateLimitResetHoldsRequestsNoLongerThanMaxRetryAfter() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);

        pacer.afterResponse(response("2250000, 50000;w=60, 2250000;w=3600, 27000000;w=86400", "0",
                "99999999999999999999999"), WAITS);

        assertThat(pacer.hold().until()).isEqualTo(time.now.plus(Duration.ofMinutes(5)));
        assertThat(pacer.hold().reason()).contains("RateLimit-Reset: 99999999999999999999999");
        pacer.clearHold();
        assertThat(pacer.hold()).isNull();
    }

    @Test
    void aTooManyRequestsAnswerWithRetryAfterPutsNoHoldOfItsLongerResetOnOtherRequests() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);
        RawResponse tooMany = new RawResponse(
                429, Map.of("retry-after", "1", "ratelimit-limit", "100, 100;w=60",
                        "ratelimit-remaining", "0", "ratelimit-reset", "50"),
                new byte[0]);

        pacer.afterResponse(tooMany, WAITS);
        pacer.acquire(REQUEST, Duration.ofSeconds(2));

        assertThat(pacer.hold()).isNull();
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void headerValuesTooLargeForANumberAreIgnoredNotThrown() {
        RequestPacer pacer = new RequestPacer(0, time, time::sleep);

        pacer.afterResponse(response("99999999999999999999999;w=60", "99999999999999999999999", "7"), WAITS);
        pacer.afterResponse(response("50000;w=60", "-1", "-5"), WAITS);
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
