package io.camelzuora.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** A small HTTP client for the simulator's own tests: real requests over the loopback. */
final class SimHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String token;

    SimHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Fetches a token with the default client and uses it from now on. */
    SimHttp authenticate() {
        HttpResponse<String> response = token(ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        this.token = json(response).get("access_token").asText();
        return this;
    }

    SimHttp useToken(String token) {
        this.token = token;
        return this;
    }

    HttpResponse<String> token(String clientId, String clientSecret) {
        String form = "client_id=" + clientId + "&client_secret=" + clientSecret + "&grant_type=client_credentials";
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> submit(String json) {
        return send(request("/objects/jobs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> upload(String jobId, String csv) {
        return send(request("/objects/jobs/" + jobId + "/files").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    HttpResponse<String> cancel(String jobId) {
        return send(request("/objects/jobs/" + jobId + "/cancel").method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String submitBody(String operation) {
        return "{\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"" + operation + "\"}";
    }
}
