package io.camelzuora.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobStatus;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** listJobs: one page with its cursor, or every page lazily in a streaming split. */
@SuppressWarnings("deprecation")
class ListJobsTest extends ZuoraJobsTestSupport {

    private final Set<String> seen = new HashSet<>();
    private final AtomicInteger visits = new AtomicInteger();
    private final AtomicInteger requestsWhenFirstSeen = new AtomicInteger(-1);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:all")
                        .to("zuora-jobs:listJobs?allPages=true&pageSize=100")
                        .split(body()).streaming()
                        .process(e -> visit(e.getMessage().getBody(CustomObjectBulkJob.class)));
                from("direct:page").to("zuora-jobs:listJobs?pageSize=10");
            }
        };
    }

    private void visit(CustomObjectBulkJob job) {
        synchronized (seen) {
            seen.add(job.getId());
        }
        visits.incrementAndGet();
        requestsWhenFirstSeen.compareAndSet(-1, (int) simulator.requestCount("GET", "/objects/jobs"));
    }

    @Test
    void streamsAThousandJobsEachOncePageByPage() {
        List<SimJob> history = simulator.seedHistory(1_000, 7);

        Exchange out = template.request("direct:all", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(visits.get()).isEqualTo(1_000);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(history.stream().map(SimJob::id).toList());
        assertThat(simulator.requestCount("GET", "/objects/jobs")).isEqualTo(10);
        assertThat(requestsWhenFirstSeen.get()).as("pages are fetched as the split needs them").isEqualTo(1);
    }

    @Test
    void returnsOnePageAndTheCursorOfTheNext() {
        simulator.seedHistory(15, 3);

        Exchange first = template.request("direct:page", e -> {
        });
        @SuppressWarnings("unchecked")
        List<CustomObjectBulkJob> page = first.getMessage().getBody(List.class);
        String cursor = first.getMessage().getHeader(ZuoraJobsConstants.NEXT_CURSOR, String.class);
        assertThat(page).hasSize(10);
        assertThat(cursor).isEqualTo(page.get(9).getId());

        Exchange second = template.request("direct:page",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.CURSOR, cursor));
        @SuppressWarnings("unchecked")
        List<CustomObjectBulkJob> rest = second.getMessage().getBody(List.class);
        assertThat(rest).hasSize(5);
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(ZuoraJobsConstants.NEXT_CURSOR);
    }

    @Test
    void filtersByStatusFromTheHeader() {
        simulator.seedHistory(50, 11);

        Exchange out = template.request("direct:page", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.STATUS_FILTER, "cancelled");
            e.getMessage().setHeader(ZuoraJobsConstants.PAGE_SIZE, 100);
        });

        @SuppressWarnings("unchecked")
        List<CustomObjectBulkJob> jobs = out.getMessage().getBody(List.class);
        assertThat(jobs).isNotEmpty().allSatisfy(job -> assertThat(job.getStatus()).isEqualTo("cancelled"));
        assertThat(simulator.requests().get(simulator.requests().size() - 1).query())
                .contains("pageSize=100").contains("status=cancelled");
    }

    @Test
    void filtersByTheTypedStatusOfTheRenamedHeaderOverTheFormerOne() {
        simulator.seedHistory(50, 11);

        Exchange out = template.request("direct:page", e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.STATUS, JobStatus.COMPLETED);
            e.getMessage().setHeader(ZuoraJobsConstants.STATUS_FILTER, "cancelled");
            e.getMessage().setHeader(ZuoraJobsConstants.PAGE_SIZE, 100);
        });

        @SuppressWarnings("unchecked")
        List<CustomObjectBulkJob> jobs = out.getMessage().getBody(List.class);
        assertThat(jobs).isNotEmpty().allSatisfy(job -> assertThat(job.getStatus()).isEqualTo("completed"));
    }

    @Test
    void refusesAStatusHeaderZuoraDoesNotKnowWithoutARequest() {
        int before = simulator.requests().size();

        Exchange out = template.request("direct:page", e -> e.getMessage().setHeader(ZuoraJobsConstants.STATUS, "open"));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid job status 'open' from header CamelZuoraStatus");
        assertThat(simulator.requests()).hasSize(before);
    }
}
