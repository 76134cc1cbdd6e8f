package io.camelzuora.jobs.internal.consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code master:} namespace a route's URI names. */
class MasterRouteTest {

    @Test
    void readsTheNamespaceOfAMasterUri() {
        assertThat(MasterRoute.namespace("master:zuora-watch:zuora-jobs:watch?delay=100")).isEqualTo("zuora-watch");
        assertThat(MasterRoute.namespace("master://zuora-watch:zuora-jobs://watch")).isEqualTo("zuora-watch");
        assertThat(MasterRoute.namespace("zuora-jobs://watch?delay=100")).isNull();
        assertThat(MasterRoute.namespace("master:")).isNull();
        assertThat(MasterRoute.namespace(null)).isNull();
    }
}
