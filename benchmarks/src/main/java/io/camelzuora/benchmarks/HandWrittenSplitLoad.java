package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelzuora.jobs.ZuoraJobsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The route a user writes today: split the file with a streaming tokenizer into groups of as many lines as fit in a
 * part, put the header back on each group, and hand the groups over a queue of one to a route that takes one of 5
 * permits (Zuora's limit of open jobs), submits a job, uploads the group, awaits the job and returns the permit. The
 * queue's consumer waits for a permit before taking the next group, so the file is never read far ahead. (Consumers
 * alone cannot bound the jobs: {@code awaitJob} frees its thread while it waits.)
 */
final class HandWrittenSplitLoad implements LoadContender {

    static final String NAME = "split + submit/upload/await";
    private static final String PARTS = "seda:parts?size=1&blockWhenFull=true";

    private final LoadCamel camel;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final Semaphore openJobs = new Semaphore(LoadSchedule.SLOTS);
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    HandWrittenSplitLoad(String baseUrl, int partSize) throws Exception {
        int linesPerPart = (partSize - LoadInput.HEADER.length() - 1) / LoadInput.RECORD_BYTES;
        camel = new LoadCamel(baseUrl, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load")
                        .split().tokenize("\n", linesPerPart, true).streaming()
                            .transform(body().prepend(LoadInput.HEADER + "\n"))
                            .process(exchange -> sent.incrementAndGet())
                            .to(PARTS)
                        .end();

                from(PARTS)
                        .process(exchange -> openJobs.acquire())
                        .doTry()
                        .setVariable("part", body())
                        .to("zuora-jobs:submitJob?object=passenger&jobOperation=create")
                        .setBody(variable("part"))
                        .removeVariable("part")
                        .to("zuora-jobs:uploadFile")
                        .to("zuora-jobs:awaitJob")
                        .process(exchange -> requireCompleted(exchange))
                        .doCatch(Exception.class)
                        .process(exchange -> failures.add(String.valueOf(exchange.getProperty(
                                Exchange.EXCEPTION_CAUGHT))))
                        .doFinally()
                        .process(exchange -> {
                            openJobs.release();
                            ended.incrementAndGet();
                        })
                        .end();
            }
        });
    }

    private void requireCompleted(Exchange exchange) {
        String status = exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_STATUS, String.class);
        if (!"completed".equals(status)) {
            failures.add("job " + exchange.getMessage().getHeader(ZuoraJobsConstants.JOB_ID) + " ended " + status);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(LoadInput input) throws InterruptedException {
        camel.template().sendBody("direct:load", input.file().toFile());
        Waits.until(() -> ended.get() == sent.get(), Duration.ofHours(1), "the last parts' jobs to end");
        if (!failures.isEmpty()) {
            throw new GroundTruthException(NAME + ": " + failures.size() + " parts failed, first: " + failures.peek());
        }
    }

    @Override
    public LoadCamel camel() {
        return camel;
    }
}
