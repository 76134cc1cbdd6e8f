package io.camelzuora.examples.javadsl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZuoraJobsExampleTest {

    @Test
    void fetchesAndPrintsTheSampleJobFromTheEmbeddedSimulator() throws Exception {
        CompletableFuture<Exchange> fetched = new CompletableFuture<>();
        try (ZuoraTenant tenant = ZuoraTenant.fromEnvironment()) {
            assertThat(tenant.isSimulated()).isTrue();
            Main main = ZuoraJobsExample.createMain(tenant);
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void afterConfigure(BaseMainSupport configured) {
                    configured.getCamelContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                        @Override
                        public void notify(CamelEvent event) {
                            fetched.complete(((ExchangeCompletedEvent) event).getExchange());
                        }

                        @Override
                        public boolean isEnabled(CamelEvent event) {
                            return event instanceof ExchangeCompletedEvent;
                        }
                    });
                }
            });
            main.start();
            try {
                Exchange exchange = fetched.get(20, TimeUnit.SECONDS);
                assertThat(exchange.getException()).isNull();
                String json = exchange.getMessage().getBody(String.class);
                assertThat(json).contains("\"Id\":\"" + ZuoraSimulator.EXAMPLE_JOB_ID + "\"", "\"status\":\"failed\"",
                        "71012560");
                assertThat(exchange.getMessage().getHeader("CamelZuoraJobStatus")).isEqualTo("failed");
            } finally {
                main.stop();
            }
        }
    }
}
