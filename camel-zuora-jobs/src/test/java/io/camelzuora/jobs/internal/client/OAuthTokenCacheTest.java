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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.camelzuora.jobs.exception.ZuoraAuthenticationException;

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
        return new OAuthTokenCache(transport, URI.create(simulator.baseUrl() + "/oauth/token"),
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
