package io.camelzuora.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthTest {

    private final ZuoraSimulator zuora = new ZuoraSimulator();
    private SimHttp http;

    @BeforeEach
    void start() {
        http = new SimHttp(zuora.start());
    }

    @AfterEach
    void stop() {
        zuora.close();
    }

    @Test
    void issuesABearerTokenToARegisteredClient() {
        HttpResponse<String> response = http.token(ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET);

        assertEquals(200, response.statusCode());
        JsonNode body = SimHttp.json(response);
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(3599, body.get("expires_in").asInt());
        assertTrue(body.get("access_token").asText().length() >= 32);
        assertTrue(body.has("scope") && body.has("jti"));
        assertEquals(1, zuora.tokenRequestCount());
    }

    @Test
    void refusesAWrongClientWithAuthenticationError() {
        HttpResponse<String> response = http.token(ZuoraSimulator.DEFAULT_CLIENT_ID, "wrong");

        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"Authentication error\"}", response.body());
    }

    @Test
    void apiCallsNeedAValidBearerToken() {
        HttpResponse<String> missing = http.get("/objects/jobs");
        HttpResponse<String> wrong = http.useToken("not-a-token").get("/objects/jobs");

        for (HttpResponse<String> response : java.util.List.of(missing, wrong)) {
            assertEquals(401, response.statusCode());
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElseThrow());
            assertEquals("{\"message\":\"Authentication error\"}", response.body());
        }
    }

    @Test
    void tokensExpireOnTheSimulatorClock() {
        zuora.tokenTtl(Duration.ofSeconds(60));
        http.authenticate();
        assertEquals(200, http.get("/objects/jobs").statusCode());

        zuora.clock().advance(Duration.ofSeconds(59));
        assertEquals(200, http.get("/objects/jobs").statusCode());

        zuora.clock().advance(Duration.ofSeconds(1));
        assertEquals(401, http.get("/objects/jobs").statusCode());
    }

    @Test
    void revokedTokensAnswer401ButStaticTokensNeverExpire() {
        zuora.addStaticToken("static-token");
        String issued = zuora.issueToken();
        zuora.clock().advance(Duration.ofDays(30));
        assertEquals(200, http.useToken("static-token").get("/objects/jobs").statusCode());
        assertEquals(401, http.useToken(issued).get("/objects/jobs").statusCode());

        zuora.revokeAllTokens();

        assertEquals(401, http.useToken("static-token").get("/objects/jobs").statusCode());
    }

    @Test
    void additionalClientsCanBeRegistered() {
        zuora.registerClient("other", "s3cret");

        assertEquals(200, http.token("other", "s3cret").statusCode());
    }

    @Test
    void theTokenEndpointIsRateLimitedAsZuorasAuthClass() {
        zuora.tokenRateLimitPerMinute(3);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.token(ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET)
                    .statusCode());
        }

        HttpResponse<String> limited = http.token(ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());

        zuora.clock().advance(Duration.ofMinutes(1));
        assertEquals(200, http.token(ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET)
                .statusCode());
    }
}
