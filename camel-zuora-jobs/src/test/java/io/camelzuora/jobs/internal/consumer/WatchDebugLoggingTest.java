package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.LogCapture;
import io.camelzuora.simulator.ZuoraSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** At DEBUG a watch poll logs what it did, and each call its job id and Zuora-Request-Id; never a secret. */
class WatchDebugLoggingTest extends WatchTestSupport {

    @Test
    void eachPollAndEachCallIsLoggedAtDebug() throws Exception {
        String job = simulator.createJob("passenger", "create").id();
        startWatch(watchUri("jobIds=" + job));
        String log;
        try (LogCapture capture = new LogCapture()) {
            poll();
            log = capture.text();
        }
        assertThat(log).containsPattern("GET /objects/jobs/\\{id} -> 200 \\[job: " + job + ", Zuora-Request-Id: [^,\\s]+,")
                .contains("observed 1 job(s), emitted 1 change(s); 1 job(s) tracked")
                .doesNotContain(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
    }
}
