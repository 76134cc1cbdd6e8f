package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A poll fetches several jobs at once (fetchConcurrency), yet emits in the order of the ids, and a large poll emits as
 * it reads, a batch per hundred jobs.
 */
class WatchFetchConcurrencyTest extends WatchTestSupport {

    private List<String> createJobs(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimJob job = simulator.createJob("passenger", "delete");
            ids.add(job.id());
        }
        return ids;
    }

    @Test
    void fetchesSeveralJobsAtOnceAndEmitsInIdOrder() throws Exception {
        List<String> ids = createJobs(4);
        // every fetch stalls for a second: one after another, the fourth would arrive three seconds after the first
        simulator.faults().on("GET", "/objects/jobs/.*").times(4).respond(Fault.delay(Duration.ofSeconds(1)));
        startWatch(watchUri("fetchConcurrency=4&jobIds=" + String.join(",", ids)));

        assertThat(poll()).isEqualTo(4);

        List<Instant> arrivals = simulator.requests().stream().filter(r -> r.path().startsWith("/objects/jobs/"))
                .map(RecordedRequest::wallTime).sorted().toList();
        assertThat(arrivals).hasSize(4);
        assertThat(Duration.between(arrivals.get(0), arrivals.get(3))).isLessThan(Duration.ofMillis(900));
        assertThat(received(ids)).containsExactly("1:>accepted", "2:>accepted", "3:>accepted", "4:>accepted");
    }

    @Test
    void aFailedFetchEndsThePollAfterRecordingTheJobsBeforeIt() throws Exception {
        List<String> ids = createJobs(5);
        startWatch(watchUri("fetchConcurrency=3&maxRetries=0&jobIds=" + String.join(",", ids)));
        assertThat(poll()).isEqualTo(5);
        simulator.clock().advance(Duration.ofSeconds(3));
        simulator.faults().on("GET", "/objects/jobs/" + ids.get(2)).respond(Fault.status(500));

        assertThatThrownBy(this::poll).hasMessageContaining("500");

        assertThat(received(ids).subList(5, received(ids).size()))
                .containsExactly("1:accepted>in_progress", "2:accepted>in_progress");
        assertThat(poll()).isEqualTo(3);
        assertThat(received(ids).subList(7, received(ids).size()))
                .containsExactly("3:accepted>in_progress", "4:accepted>in_progress", "5:accepted>in_progress");
    }

    @Test
    void aLargePollEmitsAsItReadsInBatchesOfAHundredJobs() throws Exception {
        simulator.maxActiveJobs(300);
        List<String> ids = createJobs(250);
        List<Long> requestsSeenByEachBatchStart = new ArrayList<>();
        context.getRegistry().bind("ids", ids);
        startWatch(watchUri("jobIds=#ids"), new RouteBuilder() {
            @Override
            public void configure() {
                from(watchUri("jobIds=#ids")).routeId(ROUTE_ID).autoStartup(false)
                        .process(exchange -> {
                            if (exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class) == 0) {
                                requestsSeenByEachBatchStart.add(simulator.requestCount("GET", "/objects/jobs/.*"));
                            }
                        })
                        .to("mock:changes");
            }
        });

        assertThat(poll()).isEqualTo(250);

        assertThat(requestsSeenByEachBatchStart).containsExactly(100L, 200L, 250L);
        assertThat(changes.getReceivedExchanges().get(0)
                .getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isEqualTo(100);
        assertThat(received(ids).get(0)).isEqualTo("1:>accepted");
        assertThat(received(ids).get(249)).isEqualTo("250:>accepted");
    }
}
