package io.camelzuora.jobs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import io.camelzuora.jobs.exception.InvalidCsvException;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.model.FilterCondition;
import io.camelzuora.jobs.model.FilterOperator;
import io.camelzuora.jobs.model.JobFilter;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests Zuora would refuse are refused by the component first, with no request sent, naming what is wrong. */
class InvalidRequestsTest extends ZuoraJobsTestSupport {

    @TempDir
    Path dir;

    /** Without stream caching a stream body reaches the producer unread, as a large upload should. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setStreamCaching(false);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:noObject").to("zuora-jobs:submitJob?jobOperation=create");
                from("direct:delete").to("zuora-jobs:submitJob?object=passenger&jobOperation=delete");
                from("direct:create").to("zuora-jobs:submitJob?object=passenger&jobOperation=create");
                from("direct:body").to("zuora-jobs:submitJob");
                from("direct:upload").to("zuora-jobs:uploadFile");
            }
        };
    }

    @Test
    void aJobWithoutObjectIsRefused() {
        assertRefused(template.request("direct:noObject", e -> {
        }), "has no object");
    }

    @Test
    void threeFilterConditionsAreRefused() {
        FilterCondition condition = new FilterCondition("age__c", FilterOperator.GT, 1);
        assertRefused(template.request("direct:delete", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_FILTER,
                JobFilter.of(condition, condition, condition))), "has 3 conditions; Zuora takes 1 or 2");
    }

    @Test
    void anUnknownOperatorIsRefused() {
        assertRefused(template.request("direct:delete", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_FILTER,
                "[{\"field\":\"age__c\",\"operator\":\"NE\",\"value\":3}]")),
                "Invalid operator 'NE' in condition 1", "use one of EQ, GT, LT, GE, LE");
    }

    @Test
    void aFilterOnACreateJobIsRefused() {
        assertRefused(template.request("direct:create", e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_FILTER,
                JobFilter.of(new FilterCondition("age__c", FilterOperator.EQ, 3)))), "only delete jobs take a filter");
    }

    @Test
    void aBadRequestInTheBodyIsRefused() {
        assertRefused(template.request("direct:body", e -> e.getMessage().setBody(
                Map.of("namespace", "tenant", "object", "passenger", "operation", "create"))),
                "Invalid namespace 'tenant' in the job request from the message body", "use default or com_zuora");
        assertRefused(template.request("direct:body", e -> e.getMessage().setBody("{\"object\": [1]}")),
                "Cannot read the message body as a SubmitJobRequest");
    }

    @Test
    void aTwentyMegabyteCsvFileIsRefused() throws Exception {
        SimJob job = simulator.createJob("passenger", "create");
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024);
        }

        assertRefused(upload(job, big.toFile()), "is 20971520 bytes; Zuora takes at most 15728640 bytes (15 MB)");
        assertThat(simulator.job(job.id()).status()).isEqualTo("pending");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        SimJob job = simulator.createJob("passenger", "create");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "name__c\nRen\u00e9e\n".getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(upload(job, latin1), "is not UTF-8: byte 0xE9 at offset 11 (line 2)");
    }

    @Test
    void aStreamIsCheckedWhileSentAndAbortedAtTheFirstBadByte() {
        SimJob job = simulator.createJob("passenger", "create");
        byte[] goodStart = ("name__c\n" + "Ada\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        InputStream stream = new SequenceInputStream(
                new ByteArrayInputStream(goodStart),
                new ByteArrayInputStream(new byte[] { 'R', (byte) 0xE9, '\n' }));

        Exchange out = upload(job, stream);

        assertThat(out.getException()).isInstanceOf(InvalidCsvException.class)
                .hasMessageContaining("byte 0xE9 at offset " + (goodStart.length + 1) + " (line 40002)");
        assertThat(simulator.job(job.id()).status()).isEqualTo("pending");
        assertThat(simulator.requests()).noneMatch(r -> r.path().endsWith("/files") && r.status() == 200);
    }

    @Test
    void aStreamPastFifteenMegabytesIsAborted() {
        SimJob job = simulator.createJob("passenger", "create");
        long sixteenMegabytes = 16L * 1024 * 1024;
        InputStream generated = new InputStream() {
            private long left = sixteenMegabytes;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };

        Exchange out = upload(job, generated);

        assertThat(out.getException()).isInstanceOf(InvalidCsvException.class)
                .hasMessageContaining("is larger than 15728640 bytes (15 MB)").hasMessageContaining("aborted");
        assertThat(simulator.job(job.id()).status()).isEqualTo("pending");
    }

    @Test
    void aStreamIsNotRetriedButAFileIs() throws Exception {
        SimJob first = simulator.createJob("passenger", "create");
        simulator.faults().on("POST", "/objects/jobs/.*/files").times(1).respond(Fault.status(503));

        Exchange fromStream = upload(first, new ByteArrayInputStream("name__c\nAda\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(fromStream.getException()).isInstanceOf(ZuoraApiException.class).hasMessageContaining("503");
        assertThat(simulator.requestCount("POST", "/objects/jobs/.*/files")).isEqualTo(1);

        simulator.faults().on("POST", "/objects/jobs/.*/files").times(1).respond(Fault.status(503));
        Path csv = Files.writeString(dir.resolve("ok.csv"), "name__c\nAda\n");
        Exchange fromFile = upload(first, csv);

        assertThat(fromFile.getException()).isNull();
        assertThat(simulator.requestCount("POST", "/objects/jobs/.*/files")).isEqualTo(3);
        assertThat(simulator.job(first.id()).status()).isEqualTo("in_progress");
    }

    private Exchange upload(SimJob job, Object body) {
        return template.request("direct:upload", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, job.id());
            e.getMessage().setBody(body);
        });
    }

    private void assertRefused(Exchange out, String... messageParts) {
        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class);
        for (String part : messageParts) {
            assertThat(out.getException()).hasMessageContaining(part);
        }
        assertThat(simulator.requestCount("POST", "/objects/.*")).isZero();
        assertThat(simulator.requestCount("PATCH", ".*")).isZero();
    }
}
