package io.camelzuora.jobs;

import java.util.concurrent.atomic.LongAdder;

import io.camelzuora.jobs.client.ApiRequest;
import io.camelzuora.jobs.client.RequestObserver;

/** Counts the HTTP requests an endpoint's client sends, retries included, for management. */
final class RequestCounter implements RequestObserver {

    private final LongAdder sent = new LongAdder();

    @Override
    public void beforeRequest(ApiRequest request) {
        sent.increment();
    }

    long sent() {
        return sent.sum();
    }
}
