package io.camelzuora.jobs.internal.consumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.exception.ZuoraJobNotFoundException;
import io.camelzuora.jobs.model.JobRowError;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The watch options, each on its own: filters, includeErrors, jobTimeout, maxMessagesPerPoll, 404s, bean ids. */
class WatchOptionsTest extends WatchTestSupport {

    private final List<String> ids = new ArrayList<>();

    private String submit(String object, String operation) {
        String id = simulator.createJob(object, operation).id();
        ids.add(id);
        return id;
    }

    @Test
    void statusFilterEmitsOnlyThoseStatusesButRecordsTheOthers() throws Exception {
        String create = submit("passenger", "create");
        simulator.scheduleStatus(create, Duration.ofSeconds(1), "in_progress");
        startWatch(watchUri("jobIds=" + create + "&statusFilter=completed,failed"));

        assertThat(poll()).isZero();
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isZero();
        simulator.clock().advance(Duration.ofSeconds(10));
        assertThat(poll()).isEqualTo(1);

        assertThat(received(ids)).containsExactly("1:in_progress>completed");
    }

    @Test
    void objectAndOperationFiltersChooseTheJobs() throws Exception {
        simulator.defineObject("cargo", "weight__c");
        startWatch(watchUri("objectFilter=cargo&operationFilter=delete"));
        assertThat(poll()).isZero();

        submit("passenger", "delete");
        submit("cargo", "create");
        String wanted = submit("cargo", "delete");
        assertThat(poll()).isEqualTo(1);
        simulator.clock().advance(Duration.ofSeconds(20));
        simulator.clearRequests();
        assertThat(poll()).isEqualTo(1);
        assertThat(simulator.requestCount("GET", "/objects/jobs/.*")).as("filtered-out jobs are not requested").isZero();

        assertThat(received(ids)).containsExactly("3:>accepted", "3:accepted>completed");
        assertThat(wanted).isEqualTo(ids.get(2));
    }

    @Test
    void includeErrorsAttachesTheRowErrorsOfFinishedJobs() throws Exception {
        String failing = submit("passenger", "create");
        String clean = submit("passenger", "create");
        startWatch(watchUri("jobIds=" + failing + "," + clean + "&includeErrors=true"));
        assertThat(poll()).isEqualTo(2);

        upload(failing, "name__c,age__c\nAda,36\n,20\nBob,old\n");
        upload(clean, "name__c\nAda\n");
        simulator.clock().advance(Duration.ofSeconds(10));
        assertThat(poll()).isEqualTo(2);

        assertThat(received(ids)).containsExactly("1:>pending", "2:>pending", "1:pending>failed", "2:pending>completed");
        List<Exchange> exchanges = changes.getReceivedExchanges();
        assertThat(exchanges.get(0).getMessage().getHeaders()).doesNotContainKey(ZuoraJobsConstants.JOB_ERRORS);
        List<?> errors = exchanges.get(2).getMessage().getHeader(ZuoraJobsConstants.JOB_ERRORS, List.class);
        assertThat(errors).hasSize(2).allMatch(JobRowError.class::isInstance);
        assertThat(((JobRowError) errors.get(0)).getRow()).isEqualTo(3);
        assertThat(exchanges.get(3).getMessage().getHeader(ZuoraJobsConstants.JOB_ERRORS, List.class)).isEmpty();
    }

    private void upload(String jobId, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/objects/jobs/" + jobId + "/files"))
                .header("Authorization", "Bearer " + simulator.issueToken())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void jobTimeoutEmitsOneExtraExchangeAndKeepsWatching() throws Exception {
        String stuck = submit("passenger", "create");
        startWatch(watchUri("jobIds=" + stuck + "&jobTimeout=30000"));
        assertThat(poll()).isEqualTo(1);

        simulator.clock().advance(Duration.ofSeconds(29));
        assertThat(poll()).isZero();
        simulator.clock().advance(Duration.ofSeconds(1));
        assertThat(poll()).isEqualTo(1);
        simulator.clock().advance(Duration.ofMinutes(5));
        assertThat(poll()).isZero();
        simulator.scheduleStatus(stuck, Duration.ZERO, "cancelled");
        assertThat(poll()).isEqualTo(1);

        assertThat(received(ids)).containsExactly("1:>pending", "1:pending>pending", "1:pending>cancelled");
        List<Exchange> exchanges = changes.getReceivedExchanges();
        assertThat(exchanges.get(1).getMessage().getHeader(ZuoraJobsConstants.JOB_TIMED_OUT)).isEqualTo(true);
        assertThat(exchanges.get(2).getMessage().getHeaders()).doesNotContainKey(ZuoraJobsConstants.JOB_TIMED_OUT);
    }

    @Test
    void maxMessagesPerPollSpreadsABatchOverPolls() throws Exception {
        simulator.seedHistory(5, 1);
        List<String> history = simulator.jobs().stream().map(SimJob::id).toList();
        startWatch(watchUri("maxMessagesPerPoll=2&jobIds=" + String.join(",", history)));

        assertThat(List.of(poll(), poll(), poll(), poll())).containsExactly(2, 2, 1, 0);
        List<Exchange> exchanges = changes.getReceivedExchanges();
        assertThat(exchanges).hasSize(5);
        assertThat(exchanges.get(0).getProperty(Exchange.BATCH_SIZE)).isEqualTo(2);
        assertThat(exchanges.get(0).getProperty(Exchange.BATCH_INDEX)).isEqualTo(0);
        assertThat(exchanges.get(1).getProperty(Exchange.BATCH_COMPLETE)).isEqualTo(true);
        assertThat(exchanges.get(4).getProperty(Exchange.BATCH_SIZE)).isEqualTo(1);
        assertThat(exchanges.stream().map(e -> e.getMessage().getHeader(ZuoraJobsConstants.JOB_ID)).distinct())
                .hasSize(5);
    }

    @Test
    void aDeletedJobIsReportedOnceThroughTheBridgedErrorHandlerAndDropped() throws Exception {
        String doomed = submit("passenger", "create");
        String uri = watchUri("jobIds=" + doomed + "&bridgeErrorHandler=true");
        startWatch(uri, new RouteBuilder() {
            @Override
            public void configure() {
                onException(ZuoraJobNotFoundException.class).handled(true).to("mock:gone");
                from(uri).routeId(ROUTE_ID).autoStartup(false).to("mock:changes");
            }
        });
        MockEndpoint gone = getMockEndpoint("mock:gone");
        assertThat(poll()).isEqualTo(1);

        simulator.deleteJob(doomed);
        assertThat(poll()).isZero();
        simulator.clearRequests();
        assertThat(poll()).isZero();

        assertThat(gone.getReceivedExchanges()).hasSize(1);
        assertThat(gone.getReceivedExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(ZuoraJobNotFoundException.class);
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();
    }

    @Test
    void aFailingExchangeIsEmittedAgainAndStoredOnlyOnceItSucceeds() throws Exception {
        String job = submit("passenger", "create");
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        List<String> attempts = new CopyOnWriteArrayList<>();
        String uri = watchUri("jobIds=" + job + "&stateRepository=#state");
        startWatch(uri, new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE_ID).autoStartup(false)
                        .process(exchange -> {
                            attempts.add(exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class));
                            if (attempts.size() == 1) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        })
                        .to("mock:changes");
            }
        });

        assertThat(poll()).isEqualTo(1);
        assertThat(state.getState(job)).isNull();
        assertThat(poll()).isEqualTo(1);
        assertThat(state.getState(job)).startsWith("pending|");
        assertThat(poll()).isZero();

        assertThat(attempts).containsExactly("pending", "pending");
        assertThat(received(ids)).containsExactly("1:>pending");
    }

    @Test
    void idsFromABeanOfTwoThousandAndFromASupplierReadEachPoll() throws Exception {
        simulator.seedHistory(2_000, 9);
        List<String> history = simulator.jobs().stream().map(SimJob::id).toList();
        context.getRegistry().bind("history", history);
        assertThat(context.getRegistry().lookupByName("history")).isSameAs(history);
        startWatch(watchUri("jobIds=#history"));

        assertThat(poll()).isEqualTo(2_000);
        simulator.clearRequests();
        assertThat(poll()).isZero();
        assertThat(simulator.requestCount(null, "/objects/jobs.*")).isZero();
    }

    @Test
    void aSupplierOfIdsIsReadOnEveryPoll() throws Exception {
        List<String> watched = new CopyOnWriteArrayList<>();
        watched.add(submit("passenger", "create"));
        Supplier<List<String>> supplier = () -> watched;
        context.getRegistry().bind("ids", supplier);
        startWatch(watchUri("jobIds=#ids"));
        assertThat(poll()).isEqualTo(1);

        watched.add(submit("passenger", "delete"));
        assertThat(poll()).isEqualTo(1);

        assertThat(received(ids)).containsExactly("1:>pending", "2:>accepted");
    }
}
