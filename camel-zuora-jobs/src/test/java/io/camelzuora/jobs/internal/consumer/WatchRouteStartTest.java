package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.ZuoraJobsTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Misused endpoints fail when their route starts, with a message that says what to do. */
class WatchRouteStartTest extends ZuoraJobsTestSupport {

    private void addRoute(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    @Test
    void aConsumerOnAProducerOperationFails() {
        assertThatThrownBy(() -> addRoute("zuora-jobs:getJob", "mock:out"))
                .satisfies(failure -> assertThat(rootCause(failure))
                        .hasMessageContaining("zuora-jobs:getJob is a producer operation")
                        .hasMessageContaining("zuora-jobs:watch"));
    }

    @Test
    void aProducerOnWatchFails() {
        assertThatThrownBy(() -> addRoute("direct:in", "zuora-jobs:watch"))
                .satisfies(failure -> assertThat(rootCause(failure))
                        .hasMessageContaining("zuora-jobs:watch is a consumer: use it in from(...)"));
    }

    @Test
    void aJobIdThatIsNotAUuidFails() {
        assertThatThrownBy(() -> addRoute("zuora-jobs:watch?jobIds=ed4b9701-bafb-4976-8019-b08269430153,nope", "mock:out"))
                .satisfies(failure -> assertThat(rootCause(failure))
                        .hasMessageContaining("Invalid job id 'nope' from option jobIds"));
    }

    @Test
    void aJobIdsBeanOfTheWrongTypeFails() {
        context.getRegistry().bind("wrong", 42);
        assertThatThrownBy(() -> addRoute("zuora-jobs:watch?jobIds=#wrong", "mock:out"))
                .satisfies(failure -> assertThat(rootCause(failure)).hasMessageContaining("Option jobIds must be"));
    }
}
