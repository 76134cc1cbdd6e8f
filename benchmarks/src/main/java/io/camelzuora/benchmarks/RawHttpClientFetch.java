package io.camelzuora.benchmarks;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/** The floor: a pooled Apache HttpClient 5 (classic) and Jackson, no Camel, no retries, a token obtained once. */
final class RawHttpClientFetch implements FetchContender {

    static final String NAME = "raw HttpClient 5";

    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CloseableHttpClient http;
    private final String jobsUrl;
    private final String authorization;

    RawHttpClientFetch(String baseUrl, String bearerToken, int maxConnections) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .build())
                .build();
        this.jobsUrl = baseUrl + "/objects/jobs/";
        this.authorization = "Bearer " + bearerToken;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fetchStatus(String jobId) throws IOException {
        HttpGet get = new HttpGet(jobsUrl + jobId);
        get.addHeader("Authorization", authorization);
        get.addHeader("Accept", "application/json");
        return http.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("GET " + get.getRequestUri() + " answered " + response.getCode());
            }
            return mapper.readValue(response.getEntity().getContent(), CustomObjectBulkJob.class).getStatus();
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
