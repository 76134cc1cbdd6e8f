package io.camelzuora.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.camelzuora.jobs.client.ZuoraApiException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.ErrorBodyShape;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and bad input, one row each: what we send (ids, headers, options) and what comes back (oversized, nested,
 * mistyped, compressed-bomb and non-JSON bodies). Every row must end in a clear exception that names the problem,
 * send no request when the bad input was ours, leak no secret, and leave the endpoint working for the next message.
 */
class HostileInputTest extends ZuoraJobsTestSupport {

    private static final String JOB = ZuoraSimulator.EXAMPLE_JOB_ID;
    private static final String ENDPOINT = "zuora-jobs:getJob?maxResponseSize=200000&maxRetries=1";
    private static final String JOB_PATH = "/objects/jobs/.*";

    /**
     * @param uri           the endpoint
     * @param headers       the message headers
     * @param serverFault   what the simulator does (for bad answers), or null
     * @param expected      the exception type
     * @param message       a fragment the message must contain
     * @param ourInput      whether the bad input was ours, so nothing may be sent
     */
    record Case(String uri, Map<String, Object> headers, Consumer<ZuoraSimulator> serverFault,
            Class<? extends Exception> expected, String message, boolean ourInput) {
    }

    static Stream<Arguments> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        ours(cases, "no job id at all", Map.of(), "set the header CamelZuoraJobId or the endpoint option jobId");
        ours(cases, "empty job id", Map.of(ZuoraJobsConstants.JOB_ID, ""), "UUID");
        ours(cases, "job id of spaces", Map.of(ZuoraJobsConstants.JOB_ID, "    "), "'    '");
        ours(cases, "path traversal", Map.of(ZuoraJobsConstants.JOB_ID, "../oauth/token"), "'../oauth/token'");
        ours(cases, "traversal after a UUID", Map.of(ZuoraJobsConstants.JOB_ID, JOB + "/../../oauth"), "UUID");
        ours(cases, "URL-encoded slash", Map.of(ZuoraJobsConstants.JOB_ID, "ed4b9701%2Fbafb-4976-8019-b08269430153"), "%2F");
        ours(cases, "CR/LF in the job id", Map.of(ZuoraJobsConstants.JOB_ID, JOB + "\r\nX-Injected: 1"), "\\u000d\\u000a");
        ours(cases, "37-character job id", Map.of(ZuoraJobsConstants.JOB_ID, JOB + "0"), "UUID");
        ours(cases, "10 KB job id", Map.of(ZuoraJobsConstants.JOB_ID, "f".repeat(10_240)), "10240 characters");
        ours(cases, "non-ASCII job id", Map.of(ZuoraJobsConstants.JOB_ID, "ëd4b9701-bafb-4976-8019-b08269430153"), "\\u00eb");
        ours(cases, "job id of another type", Map.of(ZuoraJobsConstants.JOB_ID, 42), "'42'");
        ours(cases, "65-character track id", withJob(ZuoraJobsConstants.TRACK_ID, "t".repeat(65)), "65 characters");
        ours(cases, "track id with a colon", withJob(ZuoraJobsConstants.TRACK_ID, "a:b"), "':'");
        ours(cases, "track id with a semicolon", withJob(ZuoraJobsConstants.TRACK_ID, "a;b"), "';'");
        ours(cases, "track id with quotes", withJob(ZuoraJobsConstants.TRACK_ID, "a\"b'c"), "'\"'");
        ours(cases, "header injection via track id",
                withJob(ZuoraJobsConstants.TRACK_ID, "x\r\nAuthorization: Bearer stolen"), "'\\u000d'");
        ours(cases, "non-ASCII track id", withJob(ZuoraJobsConstants.TRACK_ID, "trāck"), "'\\u0101'");
        ours(cases, "empty track id", withJob(ZuoraJobsConstants.TRACK_ID, ""), "0 characters");
        ours(cases, "operation header that does not exist", withJob(ZuoraJobsConstants.OPERATION, "dropTables"),
                "'dropTables'");
        ours(cases, "operation header with CR/LF", withJob(ZuoraJobsConstants.OPERATION, "getJob\r\n"), "\\u000d");

        theirs(cases, "a body larger than maxResponseSize", s -> fault(s, Fault.hugeBody(1_000_000)),
                ZuoraApiException.class, "maxResponseSize");
        theirs(cases, "a gzip bomb (small on the wire, huge inflated)", s -> fault(s, Fault.hugeBody(20_000_000)),
                ZuoraApiException.class, "maxResponseSize");
        theirs(cases, "JSON nested 10,000 levels", s -> fault(s, Fault.deeplyNested(10_000)),
                ZuoraApiException.class, "not a Zuora response");
        theirs(cases, "an array where a job is expected", s -> twice(s, Fault.wrongType()),
                ZuoraApiException.class, "could not be read as JSON");
        theirs(cases, "malformed JSON every time", s -> twice(s, Fault.malformedJson()),
                ZuoraApiException.class, "could not be read as JSON");
        theirs(cases, "truncated JSON every time", s -> twice(s, Fault.truncatedJson()),
                ZuoraApiException.class, "could not be read as JSON");
        theirs(cases, "corrupt gzip every time", s -> twice(s, Fault.corruptGzip()), ZuoraApiException.class,
                "ZipException");
        theirs(cases, "an HTML error page", s -> twice(s, Fault.htmlPage(502)), ZuoraApiException.class,
                "(HTML page: 502 Bad Gateway)");
        theirs(cases, "a flat Zuora error body", s -> fault(s, Fault.status(400)), ZuoraApiException.class,
                "HTTP 400: ");
        theirs(cases, "a v1 Zuora error body", s -> {
            s.errorBodyShape(ErrorBodyShape.V1);
            fault(s, Fault.status(403));
        }, ZuoraApiException.class, "HTTP 403: ");
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsClearlyAndTheEndpointGoesOn(String name, Case c) throws Exception {
        simulator.seedExampleJob();
        if (c.serverFault() != null) {
            c.serverFault().accept(simulator);
        }

        Exchange out = template.request(c.uri(), e -> e.getMessage().setHeaders(new java.util.HashMap<>(c.headers())));

        assertThat(out.getException()).as(name).isInstanceOf(c.expected()).hasMessageContaining(c.message());
        String text = stackText(out.getException());
        assertThat(text).doesNotContain(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        for (String token : sentTokens()) {
            assertThat(text).doesNotContain(token);
        }
        if (c.ourInput()) {
            assertThat(simulator.requests()).as("requests sent for bad input").isEmpty();
        }

        simulator.faults().clear();
        simulator.errorBodyShape(ErrorBodyShape.FLAT);
        CustomObjectBulkJob next = template.requestBodyAndHeader(c.uri(), null, ZuoraJobsConstants.JOB_ID, JOB,
                CustomObjectBulkJob.class);
        assertThat(next.getId()).isEqualTo(JOB);
    }

    private java.util.List<String> sentTokens() {
        return simulator.requests().stream().map(r -> r.header("Authorization")).filter(h -> h != null)
                .map(h -> h.substring("Bearer ".length())).distinct().toList();
    }

    private static void ours(Map<String, Case> cases, String name, Map<String, Object> headers, String message) {
        cases.put(name, new Case(ENDPOINT, headers, null, IllegalArgumentException.class, message, true));
    }

    private static void theirs(Map<String, Case> cases, String name, Consumer<ZuoraSimulator> fault,
                               Class<? extends Exception> expected, String message) {
        cases.put(name, new Case(ENDPOINT, Map.of(ZuoraJobsConstants.JOB_ID, JOB), fault, expected, message, false));
    }

    private static Map<String, Object> withJob(String header, Object value) {
        return Map.of(ZuoraJobsConstants.JOB_ID, JOB, header, value);
    }

    private static void fault(ZuoraSimulator simulator, Fault fault) {
        simulator.faults().on("GET", JOB_PATH).respond(fault);
    }

    private static void twice(ZuoraSimulator simulator, Fault fault) {
        simulator.faults().on("GET", JOB_PATH).times(2).respond(fault);
    }

    private static String stackText(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
