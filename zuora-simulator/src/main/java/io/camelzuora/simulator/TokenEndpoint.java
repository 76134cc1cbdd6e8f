package io.camelzuora.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /oauth/token}: the OAuth 2.0 client-credentials grant. */
final class TokenEndpoint {

    static final String PATH = "/oauth/token";
    /** Zuora's AUTH rate limit class: token requests per minute from one IP. */
    static final int AUTH_LIMIT_PER_MINUTE = 100;

    private final TokenStore tokens;
    private final SimulatorClock clock;

    TokenEndpoint(TokenStore tokens, SimulatorClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request) {
        if (!"POST".equals(request.method())) {
            ObjectNode body = Json.object();
            body.put("message", "Use POST for " + PATH + ".");
            return ApiResponse.json(405, body).withHeader("Allow", "POST");
        }
        tokens.countRequest();
        Map<String, String> form = ApiRequest.parseParameters(new String(request.body(), StandardCharsets.UTF_8));
        if (!tokens.isClient(form.get("client_id"), form.get("client_secret"))) {
            ObjectNode body = Json.object();
            body.put("message", "Authentication error");
            return ApiResponse.json(401, body);
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            ObjectNode body = Json.object();
            body.put("message", "grant_type must be client_credentials.");
            return ApiResponse.json(400, body);
        }
        ObjectNode body = Json.object();
        body.put("access_token", tokens.issue(clock.now()));
        body.put("token_type", "bearer");
        body.put("expires_in", tokens.ttl().toSeconds());
        body.put("scope", "entity.sim tenant.sim user.sim platform.read platform.write");
        body.put("jti", Ids.hex32());
        return ApiResponse.json(200, body);
    }
}
