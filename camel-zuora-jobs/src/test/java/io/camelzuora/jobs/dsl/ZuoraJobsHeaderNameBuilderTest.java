package io.camelzuora.jobs.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.ZuoraJobsBuilders;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.ZuoraJobsHeaderNameBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header names of the typed builder against the component's catalogue: one method per header, named as Camel names
 * them ({@code CamelZuoraJobStatus} is {@code zuoraJobStatus()}).
 */
class ZuoraJobsHeaderNameBuilderTest {

    @Test
    void namesEveryHeaderOfTheCatalogue() throws Exception {
        ZuoraJobsHeaderNameBuilder names = new ZuoraJobsBuilders() {
        }.zuoraJobs();
        Map<String, String> byMethod = new TreeMap<>();
        for (Method method : ZuoraJobsHeaderNameBuilder.class.getDeclaredMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() == String.class) {
                byMethod.put(method.getName(), (String) method.invoke(names));
            }
        }
        assertThat(byMethod.values()).containsExactlyInAnyOrderElementsOf(catalogueHeaders());
        assertThat(byMethod).containsEntry("zuoraJobStatus", ZuoraJobsConstants.JOB_STATUS)
                .containsEntry("zuoraTrackId", ZuoraJobsConstants.TRACK_ID);
    }

    private static List<String> catalogueHeaders() throws IOException {
        List<String> headers = new ArrayList<>();
        try (InputStream in = ZuoraJobsHeaderNameBuilderTest.class.getClassLoader()
                .getResourceAsStream("META-INF/io/camelzuora/jobs/zuora-jobs.json")) {
            new ObjectMapper().readTree(in).get("headers").fieldNames().forEachRemaining(headers::add);
        }
        return headers;
    }
}
