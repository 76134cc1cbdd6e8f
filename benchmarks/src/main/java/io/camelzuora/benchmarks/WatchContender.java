package io.camelzuora.benchmarks;

import org.apache.camel.CamelContext;

/** One way to watch jobs for status changes, as a user would write it. */
interface WatchContender {

    /** The id of the route that watches; added with auto-startup off, so the harness starts it when ready. */
    String ROUTE_ID = "watch";

    String name();

    /**
     * Adds the watching route to {@code camel}: it must send every status change it detects (the job as the body) to
     * {@code detections}, and call {@code cycles} at the beginning and the end of every poll.
     */
    void addTo(CamelContext camel, WatchTarget target, Detections detections, CycleMeter cycles) throws Exception;
}
