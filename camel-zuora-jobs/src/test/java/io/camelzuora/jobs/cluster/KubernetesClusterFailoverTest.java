package io.camelzuora.jobs.cluster;

import java.util.HashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import org.apache.camel.component.kubernetes.KubernetesConfiguration;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (pods) run the watch under {@code master:} over camel-kubernetes' cluster service, contending for one Lease
 * on a Kubernetes API server (fabric8's mock, in CRUD mode: it stores what it is sent), with their state in PostgreSQL
 * through a {@code JdbcStateRepository}.
 */
@Timeout(120)
class KubernetesClusterFailoverTest extends ClusterTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(KubernetesClusterFailoverTest.class);
    private static final String NAMESPACE = "zuora";
    private static final Map<String, String> LABELS = Map.of("app", "zuora-watch");

    private KubernetesMockServer apiServer;
    private KubernetesClient kubernetes;

    @BeforeEach
    void startApiServer() {
        apiServer = new KubernetesMockServer(
                new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        apiServer.init();
        kubernetes = apiServer.createClient();
    }

    @AfterEach
    void stopApiServer() {
        closeNodes();
        kubernetes.close();
        apiServer.destroy();
    }

    /** A running, ready pod of the application, as the kubelet would report it. */
    private void startPod(String name) {
        Pod pod = new PodBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).withLabels(LABELS)
                .endMetadata()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                .endCondition().endStatus()
                .build();
        kubernetes.pods().inNamespace(NAMESPACE).resource(pod).create();
    }

    /**
     * The cluster service of a pod, built from a {@link KubernetesConfiguration} (made with no arguments, the service
     * ignores its own master URL and namespace), with leases short enough for a test.
     */
    private KubernetesClusterService lease(String pod) {
        KubernetesConfiguration configuration = new KubernetesConfiguration();
        configuration.setMasterUrl(kubernetes.getMasterUrl().toString());
        configuration.setNamespace(NAMESPACE);
        KubernetesClusterService service = new KubernetesClusterService(configuration);
        service.setId(pod);
        service.setPodName(pod);
        service.setKubernetesResourcesNamespace(NAMESPACE);
        service.setClusterLabels(LABELS);
        service.setLeaseDurationMillis(3000);
        service.setRenewDeadlineMillis(2000);
        service.setRetryPeriodMillis(500);
        return service;
    }

    @Test
    void whenTheLeadingPodGoesAwayTheOtherTakesTheLeaseAndTheOldLeadersLateWriteIsRefused() throws Throwable {
        startPod("watch-0");
        startPod("watch-1");
        PausedLeader nodes = startPausedLeader("watch-0", lease("watch-0"), "watch-1", lease("watch-1"));
        assertThat(kubernetes.leases().inNamespace(NAMESPACE).list().getItems()).as("one Lease for the watch")
                .singleElement().satisfies(lease -> assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("watch-0"));

        long takeover = failOver(nodes, PATIENCE,
                () -> kubernetes.pods().inNamespace(NAMESPACE).withName("watch-0").delete());

        assertThat(kubernetes.leases().inNamespace(NAMESPACE).list().getItems()).singleElement()
                .satisfies(lease -> assertThat(lease.getSpec().getHolderIdentity()).isEqualTo("watch-1"));
        LOG.info("Kubernetes failover: the standby delivered its first change {} ms after the leader's pod went away",
                takeover);
    }
}
