package io.camelzuora.examples.yamldsl;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.camelzuora.examples.support.ExampleTenant;
import io.camelzuora.simulator.StatusTransition;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML routes' bulk load against the embedded simulator running 10 times faster than the wall clock: the watch
 * route reports the job's statuses up to {@code failed} and fetches the one failed row.
 */
class YamlDslExampleTest {

    @Test
    void runsTheLoadAndReportsItsLifecycleAndFailedRows() throws Exception {
        List<String> statuses = new CopyOnWriteArrayList<>();
        CompletableFuture<Exchange> ended = new CompletableFuture<>();
        try (ExampleTenant tenant = ExampleTenant.fromEnvironment(10)) {
            assertThat(tenant.isSimulated()).isTrue();
            Main main = YamlDslExample.createMain(tenant);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterConfigure(BaseMainSupport configured) {
                    configured.getCamelContext().getManagementStrategy()
                            .addEventNotifier(new WatchExchanges(statuses, ended));
                }
            });
            main.start();
            try {
                Exchange last = ended.get(60, TimeUnit.SECONDS);
                assertThat(last.getException()).isNull();
                assertThat(last.getMessage().getBody(List.class)).as("the failed rows").hasSize(1);

                List<String> truth = tenant.simulator().transitions().stream().map(StatusTransition::to).toList();
                assertThat(truth).containsExactly("pending", "in_progress", "failed");
                assertThat(statuses).isSubsetOf(truth).endsWith("failed")
                        .isSortedAccordingTo((a, b) -> Integer.compare(truth.indexOf(a), truth.indexOf(b)));
            } finally {
                main.stop();
            }
        }
    }

    /** The status of each exchange the watch emitted (not the split's parts), and the one of the terminal status. */
    private static final class WatchExchanges extends EventNotifierSupport {

        private final List<String> statuses;
        private final CompletableFuture<Exchange> ended;

        WatchExchanges(List<String> statuses, CompletableFuture<Exchange> ended) {
            this.statuses = statuses;
            this.ended = ended;
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof ExchangeCompletedEvent completed
                   && "watch".equals(completed.getExchange().getFromRouteId())
                   && completed.getExchange().getProperty(ExchangePropertyKey.SPLIT_INDEX) == null
                   && completed.getExchange().getMessage().getHeader("CamelZuoraJobStatus") != null;
        }

        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((ExchangeCompletedEvent) event).getExchange();
            statuses.add(exchange.getMessage().getHeader("CamelZuoraJobStatus", String.class));
            if (exchange.getMessage().getHeader("CamelZuoraJobTerminal", false, Boolean.class)) {
                ended.complete(exchange);
            }
        }
    }
}
