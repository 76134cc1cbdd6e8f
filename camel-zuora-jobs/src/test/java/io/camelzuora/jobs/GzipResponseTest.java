package io.camelzuora.jobs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.camelzuora.jobs.internal.client.CallOptions;
import io.camelzuora.jobs.internal.client.ZuoraResponse;
import io.camelzuora.jobs.model.JobPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GzipResponseTest extends ZuoraJobsTestSupport {

    @Test
    void inflatesGzippedResponses() throws Exception {
        simulator.seedHistory(40, 7);
        HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + "/objects/jobs?pageSize=40"))
                .header("Authorization", "Bearer " + simulator.issueToken())
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(raw.headers().firstValue("Content-Encoding")).hasValue("gzip");

        ZuoraJobsEndpoint endpoint = context.getEndpoint("zuora-jobs:getJob", ZuoraJobsEndpoint.class);
        endpoint.start();
        ZuoraResponse<JobPage> page = endpoint.getClient().listJobs(40, null, null, CallOptions.NONE);

        assertThat(page.body().getJobs()).hasSize(40);
        assertThat(page.body().getJobs().get(0).getId()).hasSize(36);
    }
}
