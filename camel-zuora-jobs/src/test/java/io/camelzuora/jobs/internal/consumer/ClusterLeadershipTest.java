package io.camelzuora.jobs.internal.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The leadership of a watch that is not under {@code master:}. */
class ClusterLeadershipTest {

    @Test
    void aWatchThatIsNotUnderMasterAlwaysLeads() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:tick?delay=-1").routeId("tick").to("log:tick");
                }
            });
            context.start();

            ClusterLeadership leadership = ClusterLeadership.of(context, context.getEndpoint("timer:tick?delay=-1"));

            assertThat(leadership.isLeader()).isTrue();
            leadership.release();
        }
    }
}
