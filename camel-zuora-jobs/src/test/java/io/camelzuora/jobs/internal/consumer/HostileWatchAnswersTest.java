package io.camelzuora.jobs.internal.consumer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelzuora.jobs.LogCapture;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.state.AtomicFileStateRepository;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The watch treats Zuora's answers as untrusted input: jobs it cannot trust are skipped with a WARN and counted, the
 * other jobs' changes arrive exactly once, what is stored never depends on the server's text, history is read a few
 * pages per poll, and a cursor that comes back ends the walk with a clear error.
 */
class HostileWatchAnswersTest extends WatchTestSupport {

    private static final String LIST = "/objects/jobs";
    private static final String OTHER_UUID = "0b7e9a54-1c55-4e0a-9d7b-6a2f4f5c7e11";

    private final List<String> ids = new ArrayList<>();

    private SimJob submit() {
        SimJob job = simulator.createJob("passenger", "create");
        ids.add(job.id());
        return job;
    }

    private static String page(String cursor, String... jobs) {
        return "{\"count\": " + jobs.length + ", \"cursor\": " + (cursor == null ? "null" : "\"" + cursor + "\"")
               + ", \"jobs\": [" + String.join(", ", jobs) + "]}";
    }

    private static String job(String id, String status) {
        return "{\"Id\": \"" + id + "\", \"CreatedDate\": \"2026-01-01T00:00:00Z\", \"namespace\": \"default\","
               + " \"object\": \"passenger\", \"operation\": \"create\", \"status\": \"" + status + "\"}";
    }

    @Test
    void hostileJobIdsNullEntriesAndControlCharacterStatusesInTheListAreSkippedAndTheOthersDeliveredOnce()
            throws Exception {
        startWatch(watchUri(""));
        assertThat(poll()).isZero();
        SimJob real = submit();
        simulator.faults().on("GET", LIST).respond(Fault.answer(200, page(null, job("../../oauth/token", "pending"),
                "null", job(OTHER_UUID, "pend\\u001b[2Jing"), job(OTHER_UUID + ",x|y", "pending"), real.toJson()),
                Map.of()));

        try (LogCapture log = new LogCapture()) {
            assertThat(poll()).isEqualTo(1);
            assertThat(log.text()).contains("WARN").contains("'../../oauth/token'").contains("a null entry")
                    .doesNotContain("\u001b");
        }

        assertThat(consumer.getSkippedAnswerCount()).isEqualTo(4);
        assertThat(received(ids)).containsExactly("1:>pending");
        simulator.scheduleStatus(real.id(), java.time.Duration.ZERO, "cancelled");
        assertThat(poll()).isEqualTo(1);
        assertThat(poll()).isZero();
        assertThat(received(ids)).containsExactly("1:>pending", "1:pending>cancelled");
        assertThat(consumer.trackedJobs()).extracting(WatchedJob::id).doesNotContain(OTHER_UUID);
    }

    @Test
    void hostileFetchedJobWithAControlCharacterStatusIsSkippedAndTheOtherWatchedJobStillDelivered() throws Exception {
        SimJob first = submit();
        SimJob second = submit();
        startWatch(watchUri("jobIds=" + first.id() + "," + second.id()));
        simulator.faults().on("GET", "/objects/jobs/" + first.id())
                .respond(Fault.answer(200, job(first.id(), "pending\\r\\nINFO forged line"), Map.of()));

        assertThat(poll()).isEqualTo(1);
        assertThat(received(ids)).containsExactly("2:>pending");
        assertThat(consumer.getSkippedAnswerCount()).isEqualTo(1);

        assertThat(poll()).isEqualTo(1);
        assertThat(poll()).isZero();
        assertThat(received(ids)).containsExactly("2:>pending", "1:>pending");
    }

    @Test
    void hostileAnswerAboutAnotherJobThanTheOneFetchedIsSkippedAndNeverEmittedOrStored() throws Exception {
        SimJob watched = submit();
        startWatch(watchUri("jobIds=" + watched.id()));
        simulator.faults().on("GET", "/objects/jobs/" + watched.id())
                .respond(Fault.answer(200, job(OTHER_UUID, "completed"), Map.of()));

        assertThat(poll()).isZero();
        assertThat(consumer.getSkippedAnswerCount()).isEqualTo(1);
        assertThat(consumer.trackedJobs()).extracting(WatchedJob::id).doesNotContain(OTHER_UUID);

        assertThat(poll()).isEqualTo(1);
        assertThat(received(ids)).containsExactly("1:>pending");
    }

    @Test
    void hostileStatusWithTheStateSeparatorsIsStoredEncodedAndNotEmittedAgainAfterARestart(@TempDir Path dir)
            throws Exception {
        SimJob job = submit();
        context.getRegistry().bind("state", new AtomicFileStateRepository(dir.resolve("watch.state").toFile()));
        startWatch(watchUri("jobIds=" + job.id() + "&stateRepository=#state"));
        simulator.faults().on("GET", "/objects/jobs/" + job.id()).times(3)
                .respond(Fault.answer(200, job(job.id(), "done|0|g,%7C"), Map.of()));

        assertThat(poll()).isEqualTo(1);
        assertThat(changes.getReceivedExchanges().get(0).getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS))
                .isEqualTo("done|0|g,%7C");
        restartWatch();

        assertThat(poll()).isZero();
        assertThat(consumer.trackedJobs()).singleElement()
                .satisfies(tracked -> assertThat(tracked.status()).isEqualTo("done|0|g,%7C"));
    }

    @Test
    void historyIsReadAtMostDiscoveryMaxPagesPerPollAndCarriesOnAtTheNext() throws Exception {
        simulator.seedHistory(250, 7);
        startWatch(watchUri("emitHistory=true&discoveryMaxPages=1"));

        assertThat(poll()).isEqualTo(100);
        assertThat(poll()).isEqualTo(100);
        assertThat(poll()).isEqualTo(50);
        assertThat(poll()).isZero();

        Set<String> emitted = new HashSet<>();
        for (Exchange exchange : changes.getReceivedExchanges()) {
            emitted.add(exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID, String.class));
        }
        assertThat(emitted).hasSize(250);
    }

    @Test
    void hostileCursorSeenBeforeInTheSameWalkEndsItWithAClearErrorAndTheWatchGoesOn() throws Exception {
        SimJob real = submit();
        // the newest job, then the first page of the history, then the page after it hands back the same cursor
        simulator.faults().on("GET", LIST).times(3).respond(Fault.answer(200, page(real.id(), real.toJson()), Map.of()));
        startWatch(watchUri("emitHistory=true"));

        assertThatThrownBy(this::poll).isInstanceOf(ZuoraApiException.class)
                .hasMessageContaining("returned the cursor '" + real.id() + "' a second time in the same walk");
        assertThat(received(ids)).containsExactly("1:>pending");

        simulator.scheduleStatus(real.id(), java.time.Duration.ZERO, "cancelled");
        assertThat(poll()).isEqualTo(1);
        assertThat(received(ids)).containsExactly("1:>pending", "1:pending>cancelled");
    }

    @Test
    void withIncludeErrorsAChangesErrorsAreFetchedWhenItsExchangeIsBuiltNotAllBeforeTheFirst() throws Exception {
        SimJob first = submit();
        SimJob second = submit();
        simulator.scheduleStatus(first.id(), java.time.Duration.ZERO, "failed");
        simulator.scheduleStatus(second.id(), java.time.Duration.ZERO, "failed");
        simulator.clock().advance(java.time.Duration.ofSeconds(1));
        List<Long> errorCallsBeforeEach = new ArrayList<>();
        String uri = watchUri("jobIds=" + first.id() + "," + second.id() + "&includeErrors=true");
        startWatch(uri, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE_ID).autoStartup(false)
                        .process(e -> errorCallsBeforeEach.add(simulator.requestCount("GET", "/objects/jobs/.*/errors")))
                        .to("mock:changes");
            }
        });

        assertThat(poll()).isEqualTo(2);

        assertThat(errorCallsBeforeEach).containsExactly(1L, 2L);
    }
}
