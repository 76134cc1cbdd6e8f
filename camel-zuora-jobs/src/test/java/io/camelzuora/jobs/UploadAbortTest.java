package io.camelzuora.jobs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import io.camelzuora.jobs.exception.InvalidCsvException;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.simulator.Fault;
import org.apache.camel.Exchange;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload sends exactly what was checked: when the bytes stop being what may be sent (not UTF-8 past the first 64 KB,
 * over 15 MB, a file that changed size, a stream that fails), the HTTP exchange is aborted so the server never sees a
 * complete request, and the job still takes the next, good upload.
 */
class UploadAbortTest extends ZuoraJobsTestSupport {

    private static final String UPLOAD = "zuora-jobs:uploadFile";
    private static final String FILES = "/objects/jobs/[^/]+/files";
    private static final String HEADER = "name__c\n";

    private String pendingJob() {
        return simulator.createJob("passenger", "create").id();
    }

    private Exchange upload(String jobId, Object body) {
        return template.request(UPLOAD, e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, jobId);
            e.getMessage().setBody(body);
        });
    }

    /** A CSV of valid rows up to {@code size} bytes, with {@code bad} written at {@code at} when it is not null. */
    private static byte[] csv(int size, Integer at, byte bad) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = 100; i < size; i += 100) {
            bytes[i] = '\n';
        }
        if (at != null) {
            bytes[at] = bad;
        }
        return bytes;
    }

    private void assertNothingArrivedAndTheJobTakesAGoodFile(String job) {
        assertThat(simulator.requestCount("POST", FILES)).as("no complete upload reached the server").isZero();
        assertThat(simulator.job(job).status()).isEqualTo("pending");
        assertThat(upload(job, HEADER + "Renée\n").getException()).isNull();
        assertThat(simulator.job(job).status()).isNotEqualTo("pending");
    }

    @Test
    void aStreamThatStopsBeingUtf8PastTheCheckedStartAbortsTheExchange() {
        String job = pendingJob();
        InputStream stream = new ByteArrayInputStream(csv(200_000, 150_000, (byte) 0xE9));

        Exchange out = upload(job, stream);

        assertThat(out.getException()).isInstanceOf(InvalidCsvException.class).hasMessageContaining("not UTF-8");
        assertNothingArrivedAndTheJobTakesAGoodFile(job);
    }

    @Test
    void bytesThatStopBeingUtf8PastTheCheckedStartAbortTheExchange() {
        String job = pendingJob();

        Exchange out = upload(job, csv(200_000, 150_000, (byte) 0xFF));

        assertThat(out.getException()).isInstanceOf(InvalidCsvException.class).hasMessageContaining("not UTF-8");
        assertNothingArrivedAndTheJobTakesAGoodFile(job);
    }

    @Test
    void aStreamOverFifteenMegabytesAbortsTheExchange() {
        String job = pendingJob();

        Exchange out = upload(job, new ByteArrayInputStream(csv(15 * 1024 * 1024 + 10, null, (byte) 0)));

        assertThat(out.getException()).isInstanceOf(InvalidCsvException.class).hasMessageContaining("15 MB");
        assertNothingArrivedAndTheJobTakesAGoodFile(job);
    }

    @Test
    void aStreamThatFailsWhileSentAbortsTheExchange() {
        String job = pendingJob();
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() {
                if (sent++ < 100_000) {
                    return sent == 1 ? 'n' : 'a';
                }
                throw new IllegalStateException("the disk went away");
            }
        };

        Exchange out = upload(job, failing);

        assertThat(out.getException()).hasStackTraceContaining("the disk went away");
        assertNothingArrivedAndTheJobTakesAGoodFile(job);
    }

    @Test
    void aFileThatGrowsBetweenTheCheckAndTheSendAbortsTheExchange(@TempDir Path dir) throws Exception {
        String job = pendingJob();
        Path file = dir.resolve("passengers.csv");
        Files.write(file, csv(10_000, null, (byte) 0));
        // the first token is fetched after the file was checked: hold it so the file can change in between
        simulator.faults().on("POST", "/oauth/token").respond(Fault.delay(Duration.ofMillis(500)));

        CompletableFuture<Exchange> out = template.asyncSend(UPLOAD, e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, job);
            e.getMessage().setBody(file.toFile());
        });
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> simulator.faults().injectedCount() == 1);
        Files.write(file, "b,more rows\n".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);

        assertThat(out.get().getException()).isInstanceOf(InvalidCsvException.class)
                .hasMessageContaining("changed while it was sent").hasMessageContaining("10000 bytes when checked");
        assertNothingArrivedAndTheJobTakesAGoodFile(job);
    }

    @Test
    void a401DuringAStreamedUploadRenewsTheTokenAndAsksForTheUploadAgainInsteadOfSendingAnEmptyBody() {
        String job = pendingJob();
        simulator.faults().on("POST", FILES).respond(Fault.revokeTokens());

        Exchange out = upload(job, new ByteArrayInputStream((HEADER + "Ada\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("send the upload again");
        assertThat(simulator.requestCount("POST", FILES)).as("not re-sent with an empty body").isEqualTo(1);
        assertThat(simulator.job(job).status()).isEqualTo("pending");
        Exchange again = upload(job, new ByteArrayInputStream((HEADER + "Ada\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(again.getException()).isNull();
        assertThat(simulator.tokenRequestCount()).isEqualTo(2);
    }
}
