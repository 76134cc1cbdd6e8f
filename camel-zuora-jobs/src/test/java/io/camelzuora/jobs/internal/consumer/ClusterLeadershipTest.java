package io.camelzuora.jobs.internal.consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code master:} namespace a watch runs under, and the leadership of a watch that is not under one. */
class ClusterLeadershipTest {

    @Test
    void readsTheNamespaceOfAMasterUri() {
        assertThat(MasterRoute.namespace("master:zuora-watch:zuora-jobs:watch?delay=100")).isEqualTo("zuora-watch");
        assertThat(MasterRoute.namespace("master://zuora-watch:zuora-jobs://watch")).isEqualTo("zuora-watch");
        assertThat(MasterRoute.namespace("zuora-jobs://watch?delay=100")).isNull();
        assertThat(MasterRoute.namespace("master:")).isNull();
        assertThat(MasterRoute.namespace(null)).isNull();
    }

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
