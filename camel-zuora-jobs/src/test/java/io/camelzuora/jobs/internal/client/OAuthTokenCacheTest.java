package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.exception.ZuoraAuthenticationException;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuthTokenCacheTest {

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private final MutableClock clock = new MutableClock();
    private HttpTransport transport;
    private OAuthTokenCache cache;

    @BeforeEach
    void start() {
        simulator.start();
        transport = new HttpTransport(Duration.ofSeconds(5), null, 80);
        cache = cache(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
    }

    private OAuthTokenCache cache(String secret) {
        return new OAuthTokenCache(
                transport, URI.create(simulator.baseUrl() + "/oauth/token"),
                ZuoraSimulator.DEFAULT_CLIENT_ID, secret, new RetryPolicy(2, Duration.ofMillis(1), Duration.ofSeconds(1)),
                Duration.ofSeconds(5), clock);
    }

    @AfterEach
    void stop() {
        transport.close();
        simulator.close();
    }

    @Test
    void renewsShortlyBeforeExpiry() {
        simulator.tokenTtl(Duration.ofSeconds(3600));
        String first = cache.token();

        clock.advance(Duration.ofSeconds(3539));
        assertThat(cache.token()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(2));
        String second = cache.token();

        assertThat(second).isNotEqualTo(first);
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
        assertThat(cache.fetchCount()).isEqualTo(2);
    }

    @Test
    void sixtyFourConcurrentCallersCauseOneTokenRequestPerExpiry() throws Exception {
        simulator.tokenTtl(Duration.ofSeconds(100));
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            for (int round = 0; round < 3; round++) {
                List<Callable<String>> callers = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    callers.add(cache::token);
                }
                Set<String> tokens = new HashSet<>();
                for (Future<String> token : pool.invokeAll(callers)) {
                    tokens.add(token.get());
                }
                assertThat(tokens).hasSize(1);
                clock.advance(Duration.ofSeconds(100));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(simulator.tokenRequestCount()).isEqualTo(3);
    }

    @Test
    void aRejectedTokenIsRenewedOnlyOnceForManyCallers() {
        String first = cache.token();

        assertThat(cache.renew(first)).isTrue();
        String second = cache.token();
        assertThat(cache.renew(first)).isTrue();

        assertThat(cache.token()).isEqualTo(second).isNotEqualTo(first);
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void keepsTheCurrentTokenWhenAnEarlyRenewalFails() {
        simulator.tokenTtl(Duration.ofSeconds(3600));
        String first = cache.token();
        simulator.faults().on("POST", "/oauth/token").times(3).respond(Fault.status(503));

        clock.advance(Duration.ofSeconds(3580));

        assertThat(cache.token()).isEqualTo(first);
    }

    @Test
    void wrongCredentialsFailClearlyWithoutTheSecret() {
        OAuthTokenCache wrong = cache("wrong-secret-value");

        assertThatThrownBy(wrong::token).isInstanceOf(ZuoraAuthenticationException.class)
                .hasMessageContaining("clientId and clientSecret").hasMessageNotContaining("wrong-secret-value");
        assertThat(wrong.toString()).doesNotContain("wrong-secret-value");
    }

    @Test
    void aRefreshUnderWayNeverStallsCallersWhileTheCurrentTokenIsValid() throws Exception {
        simulator.tokenTtl(Duration.ofSeconds(3600));
        String first = cache.token();
        clock.advance(Duration.ofSeconds(3580));
        simulator.faults().on("POST", "/oauth/token").respond(Fault.delay(Duration.ofSeconds(1)));

        CompletableFuture<String> refreshing = CompletableFuture.supplyAsync(cache::token);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> simulator.faults().injectedCount() == 1);

        assertThat(cache.token()).as("not waiting for the refresh under way").isEqualTo(first);
        assertThat(refreshing.get(5, TimeUnit.SECONDS)).isNotEqualTo(first);
        assertThat(cache.token()).isEqualTo(refreshing.get());
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailedFetchIsNotRepeatedByEveryCallerButTriedAgainAfterABackoff() {
        simulator.faults().on("POST", "/oauth/token").times(3).respond(Fault.status(500));

        assertThatThrownBy(cache::token).hasMessageContaining("HTTP 500");
        long afterFirstCaller = simulator.requestCount("POST", "/oauth/token");
        for (int caller = 0; caller < 10; caller++) {
            assertThatThrownBy(cache::token).hasMessageContaining("HTTP 500").hasMessageContaining("no new attempt before");
        }
        assertThat(simulator.requestCount("POST", "/oauth/token")).isEqualTo(afterFirstCaller);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token()).isNotBlank();
    }

    @Test
    void hostileHangingTokenEndpointIsBoundedByTheRequestTimeoutAndTheNextFetchWorks() {
        OAuthTokenCache bounded = new OAuthTokenCache(
                transport, URI.create(simulator.baseUrl() + "/oauth/token"),
                ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET,
                new RetryPolicy(0, Duration.ofMillis(1), Duration.ofSeconds(1)), Duration.ofMillis(300), clock);
        simulator.faults().on("POST", "/oauth/token").respond(Fault.delay(Duration.ofSeconds(3)));

        assertThatThrownBy(bounded::token).hasMessageContaining("request timeout of 300 ms");

        clock.advance(Duration.ofSeconds(1));
        assertThat(bounded.token()).isNotBlank();
    }

    @Test
    void closingAbortsAFetchWaitingForAHangingTokenEndpoint() throws Exception {
        OAuthTokenCache slow = new OAuthTokenCache(
                transport, URI.create(simulator.baseUrl() + "/oauth/token"),
                ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET,
                new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(5)), Duration.ofSeconds(30), clock);
        simulator.faults().on("POST", "/oauth/token").respond(Fault.delay(Duration.ofSeconds(20)));
        CompletableFuture<String> waiting = CompletableFuture.supplyAsync(slow::token);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> simulator.faults().injectedCount() == 1);

        slow.close();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(waiting::isDone);
        assertThat(waiting).isCompletedExceptionally();
    }

    @ParameterizedTest(name = "expires_in {0} is kept {1} s")
    @CsvSource(delimiter = '|', value = {
            "0 | 1", "-3600 | 1", "1e30 | 86400", "99999999999 | 86400",
            "\"soon\" | 3600", "null | 3600", "(absent) | 3600", "\"600\" | 600" })
    void hostileExpiresInIsKeptWithinItsRangeWithOneFetchPerExpiry(String expiresIn, long keptSeconds) {
        String body = expiresIn.equals("(absent)")
                ? "{\"access_token\": \"t1\"}"
                : "{\"access_token\": \"t1\", \"expires_in\": " + expiresIn + "}";
        simulator.faults().on("POST", "/oauth/token").times(2)
                .respond(Fault.answer(200, body, java.util.Map.of()));

        assertThat(cache.token()).isEqualTo("t1");
        Duration early = Duration.ofSeconds(keptSeconds).dividedBy(10);
        clock.advance(Duration.ofSeconds(keptSeconds).minus(early.compareTo(Duration.ofMinutes(1)) > 0
                ? Duration.ofMinutes(1) : early).minusMillis(1));
        assertThat(cache.token()).isEqualTo("t1");
        assertThat(simulator.requestCount("POST", "/oauth/token")).isEqualTo(1);

        clock.advance(Duration.ofMillis(2));
        cache.token();
        assertThat(simulator.requestCount("POST", "/oauth/token")).isEqualTo(2);
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
