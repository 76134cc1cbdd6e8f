package io.camelzuora.jobs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.camelzuora.jobs.exception.ZuoraApiException;
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
 * Hostile and bad input, one row each: what we send (ids, headers, page sizes, job requests, CSV files) and what comes
 * back (oversized, nested, mistyped, compressed-bomb, non-JSON and empty bodies). Every row must end in a clear
 * exception that names the problem, send no request when the bad input was ours, leak no secret, and leave the endpoint
 * working for the next message.
 */
class HostileInputTest extends ZuoraJobsTestSupport {

    private static final String JOB = ZuoraSimulator.EXAMPLE_JOB_ID;
    private static final String ENDPOINT = "zuora-jobs:getJob?maxResponseSize=200000&maxRetries=1";
    private static final String JOB_PATH = "/objects/jobs/.*";
    private static final String LIST = "zuora-jobs:listJobs";
    private static final String SUBMIT = "zuora-jobs:submitJob";
    private static final String UPLOAD = "zuora-jobs:uploadFile";
    private static final int FIFTEEN_MB = 15 * 1024 * 1024;

    /**
     * @param uri         the endpoint
     * @param body        the message body, or null
     * @param headers     the message headers
     * @param serverFault what the simulator does (for bad answers), or null
     * @param expected    the exception type
     * @param message     a fragment the message must contain
     * @param ourInput    whether the bad input was ours, so nothing may be sent
     */
    record Case(String uri, Object body, Map<String, Object> headers, Consumer<ZuoraSimulator> serverFault,
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
        oursAt(cases, "pageSize 0", LIST, null, Map.of(ZuoraJobsConstants.PAGE_SIZE, 0),
                "Invalid pageSize 0 from header CamelZuoraPageSize: Zuora accepts 1 to 100");
        oursAt(cases, "pageSize 101", LIST, null, Map.of(ZuoraJobsConstants.PAGE_SIZE, 101), "Invalid pageSize 101");
        oursAt(cases, "pageSize -1", LIST, null, Map.of(ZuoraJobsConstants.PAGE_SIZE, "-1"), "Invalid pageSize -1");
        oursAt(cases, "pageSize that is not a number", LIST, null, Map.of(ZuoraJobsConstants.PAGE_SIZE, "abc"),
                "Invalid pageSize 'abc' from header CamelZuoraPageSize");
        oursAt(cases, "a number as the job request", SUBMIT, 42, Map.of(),
                "The message body is a java.lang.Integer, not a job request");
        oursAt(cases, "a list as the job request", SUBMIT, List.of("passenger", "create"), Map.of(), "not a job request");
        oursAt(cases, "JSON of the wrong shape", SUBMIT, "{\"object\": {\"name\": \"passenger\"}, \"operation\": \"create\"}",
                Map.of(), "Cannot read the message body as a SubmitJobRequest");
        oursAt(cases, "a JSON array as the job request", SUBMIT, "[{\"object\": \"passenger\"}]", Map.of(),
                "Cannot read the message body as a SubmitJobRequest");
        oursAt(cases, "a job request without namespace", SUBMIT, Map.of("object", "passenger", "operation", "create"),
                Map.of(), "Invalid namespace (none) in the job request from the message body");
        oursAt(cases, "an unknown job operation", SUBMIT,
                Map.of("namespace", "default", "object", "passenger", "operation", "merge"), Map.of(),
                "Invalid job operation 'merge' in the job request from the message body");
        String olderThanOne = "{\"field\": \"age__c\", \"operator\": \"GT\", \"value\": 1}";
        oursAt(cases, "a delete filter of three conditions", SUBMIT, deleteWhere(olderThanOne, olderThanOne, olderThanOne),
                Map.of(), "has 3 conditions; Zuora takes 1 or 2");
        oursAt(cases, "a filter operator Zuora does not have", SUBMIT,
                deleteWhere("{\"field\": \"age__c\", \"operator\": \"NE\", \"value\": 1}"), Map.of(),
                "Invalid operator 'NE'");
        oursAt(cases, "a CSV one byte over 15 MB", UPLOAD, new byte[FIFTEEN_MB + 1], Map.of(ZuoraJobsConstants.JOB_ID, JOB),
                "is " + (FIFTEEN_MB + 1) + " bytes; Zuora takes at most " + FIFTEEN_MB + " bytes (15 MB)");
        oursAt(cases, "a CSV that is not UTF-8", UPLOAD, "name__c\nRen\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1),
                Map.of(ZuoraJobsConstants.JOB_ID, JOB), "is not UTF-8: byte 0xE9");

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
        theirs(cases, "an error status with no body", s -> twice(s, Fault.emptyBody(500)), ZuoraApiException.class,
                "HTTP 500: (empty body)");
        return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsClearlyAndTheEndpointGoesOn(String name, Case c) throws Exception {
        simulator.seedExampleJob();
        if (c.serverFault() != null) {
            c.serverFault().accept(simulator);
        }

        Exchange out = template.request(c.uri(), e -> {
            e.getMessage().setHeaders(new java.util.HashMap<>(c.headers()));
            e.getMessage().setBody(c.body());
        });

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
        CustomObjectBulkJob next = template.requestBodyAndHeaders(c.uri(), null,
                Map.of(ZuoraJobsConstants.OPERATION, "getJob", ZuoraJobsConstants.JOB_ID, JOB), CustomObjectBulkJob.class);
        assertThat(next.getId()).isEqualTo(JOB);
    }

    private java.util.List<String> sentTokens() {
        return simulator.requests().stream().map(r -> r.header("Authorization")).filter(h -> h != null)
                .map(h -> h.substring("Bearer ".length())).distinct().toList();
    }

    private static void ours(Map<String, Case> cases, String name, Map<String, Object> headers, String message) {
        oursAt(cases, name, ENDPOINT, null, headers, message);
    }

    private static void oursAt(
            Map<String, Case> cases, String name, String uri, Object body, Map<String, Object> headers,
            String message) {
        cases.put(name, new Case(uri, body, headers, null, IllegalArgumentException.class, message, true));
    }

    /** A delete job request as JSON text, its filter made of {@code conditions}. */
    private static String deleteWhere(String... conditions) {
        return "{\"namespace\": \"default\", \"object\": \"passenger\", \"operation\": \"delete\", \"filter\": {\"conditions\": ["
               + String.join(", ", conditions) + "]}}";
    }

    private static void theirs(
            Map<String, Case> cases, String name, Consumer<ZuoraSimulator> fault,
            Class<? extends Exception> expected, String message) {
        cases.put(name, new Case(ENDPOINT, null, Map.of(ZuoraJobsConstants.JOB_ID, JOB), fault, expected, message, false));
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
