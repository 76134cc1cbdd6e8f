package io.camelzuora.jobs.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.ZuoraJobsTestSupport;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.AdvancedZuoraJobsEndpointBuilder;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.ZuoraJobsBuilders;
import io.camelzuora.jobs.dsl.ZuoraJobsEndpointBuilderFactory.ZuoraJobsEndpointBuilder;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed builder against the component's own catalogue (its generated JSON): one method per endpoint option, on the
 * basic or the advanced builder as the option's label says, taking the option's type and text; and a route written with
 * it works.
 */
class ZuoraJobsEndpointBuilderTest extends ZuoraJobsTestSupport {

    private static final Set<String> BUILDER_PLUMBING = Set.of("advanced", "basic");

    @Test
    void hasOneMethodPerEndpointOptionWithTheOptionsTypes() throws IOException {
        Map<String, JsonNode> options = endpointOptions();
        assertThat(optionMethods(ZuoraJobsEndpointBuilder.class)).as("basic options")
                .isEqualTo(names(options, false));
        assertThat(optionMethods(AdvancedZuoraJobsEndpointBuilder.class)).as("advanced options")
                .isEqualTo(names(options, true));
        for (Map.Entry<String, JsonNode> option : options.entrySet()) {
            Class<?> builder = isAdvanced(option.getValue())
                    ? AdvancedZuoraJobsEndpointBuilder.class
                    : ZuoraJobsEndpointBuilder.class;
            Set<String> parameterTypes = Arrays.stream(builder.getDeclaredMethods())
                    .filter(m -> m.getName().equals(option.getKey()))
                    .map(m -> m.getParameterTypes()[0].getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(parameterTypes).as("parameter types of %s", option.getKey())
                    .isEqualTo(expectedParameterTypes(option.getValue()));
        }
    }

    @Test
    void buildsTheUriTheOptionsSay() {
        ZuoraJobsEndpointBuilder builder = new Routes().zuoraJobs("getJob")
                .jobId(ZuoraSimulator.EXAMPLE_JOB_ID).maxRetries(1)
                .advanced().requestTimeout("5s").basic();
        assertThat(builder.getRawUri()).startsWith("zuora-jobs://getJob?")
                .contains("jobId=" + ZuoraSimulator.EXAMPLE_JOB_ID, "maxRetries=1", "requestTimeout=5s");
        ZuoraJobsEndpoint endpoint = (ZuoraJobsEndpoint) builder.resolve(context);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(5_000L);
        assertThat(endpoint.getConfiguration().getMaxRetries()).isEqualTo(1);
    }

    @Test
    void aRouteWrittenWithTheBuilderFetchesAJob() {
        simulator.seedExampleJob();
        CustomObjectBulkJob job = template.requestBody("direct:fetch", null, CustomObjectBulkJob.class);
        assertThat(job.getId()).isEqualTo(ZuoraSimulator.EXAMPLE_JOB_ID);
    }

    @Test
    void aRouteWrittenWithTheBuilderLoadsACsv() {
        simulator.recordsPerSecond(200).clock().runInRealTime(20);
        BulkLoadResult result = template.requestBody("direct:load", "name__c\nAda\nGrace\nLinus\n", BulkLoadResult.class);
        assertThat(result.getStatus()).isEqualTo("completed");
        assertThat(result.getRecordsRead()).isEqualTo(3);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new Routes();
    }

    /** An application's route builder, with the zuora-jobs builders mixed in. */
    static class Routes extends EndpointRouteBuilder implements ZuoraJobsBuilders {
        @Override
        public void configure() {
            from(direct("fetch"))
                    .to(zuoraJobs("getJob").jobId(ZuoraSimulator.EXAMPLE_JOB_ID).advanced().connectTimeout("2s"));
            from(direct("load"))
                    .to(zuoraJobs("load").object("passenger").jobOperation("create").partSize(200)
                            .maxConcurrentJobs(2).loadTimeout("1m").awaitInterval("10ms").awaitMaxInterval("50ms"));
        }
    }

    private static Set<String> optionMethods(Class<?> builder) {
        return Arrays.stream(builder.getDeclaredMethods())
                .map(Method::getName)
                .filter(name -> !BUILDER_PLUMBING.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Map<String, JsonNode> options, boolean advanced) {
        return options.entrySet().stream()
                .filter(e -> isAdvanced(e.getValue()) == advanced)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isAdvanced(JsonNode option) {
        return List.of(option.get("label").asText().split(",")).contains("advanced");
    }

    /**
     * Each option takes its own type (erased), and text (placeholders, bean references, {@code 10s}); a multi-value
     * option takes a key (text) and a value, or a map.
     */
    private static Set<String> expectedParameterTypes(JsonNode option) {
        String javaType = option.get("javaType").asText().replaceAll("<.*>", "");
        Set<String> types = new TreeSet<>();
        types.add(String.class.getName());
        types.add(option.get("type").asText().equals("duration") ? "long" : javaType);
        return types;
    }

    private static Map<String, JsonNode> endpointOptions() throws IOException {
        Map<String, JsonNode> options = new LinkedHashMap<>();
        try (InputStream in = ZuoraJobsEndpointBuilderTest.class.getClassLoader()
                .getResourceAsStream("META-INF/io/camelzuora/jobs/zuora-jobs.json")) {
            new ObjectMapper().readTree(in).get("properties").fields().forEachRemaining(e -> {
                if (e.getValue().get("kind").asText().equals("parameter")) {
                    options.put(e.getKey(), e.getValue());
                }
            });
        }
        return options;
    }
}
