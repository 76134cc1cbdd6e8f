package io.camelzuora.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the YAML route of "Running a bulk load" exactly as the component documentation shows it. */
class BulkLoadYamlDocTest extends ZuoraJobsTestSupport {

    private static final Path DOC = Path.of("src/main/docs/zuora-jobs-component.adoc");

    private static final Path INBOX = Path.of("target", "bulk-load-inbox", UUID.randomUUID().toString()).toAbsolutePath();

    @Override
    protected void configure(ZuoraJobsConfiguration configuration) {
        super.configure(configuration);
        configuration.setAwaitInterval(20);
        configuration.setAwaitMaxInterval(50);
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("inbox", INBOX.toString());
        return properties;
    }

    @Test
    void theDocumentedYamlRouteLoadsAFile() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("bulk-load.yaml", documentedYaml()));
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("passengers.csv"), "name__c,age__c\nAda,36\nGrace,45\n");

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(
                () -> simulator.jobs().stream().anyMatch(j -> "in_progress".equals(j.status())));
        simulator.clock().advance(Duration.ofSeconds(10));

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(INBOX.resolve("done/passengers.csv")));
        assertThat(simulator.jobs()).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo("completed");
            assertThat(job.recordsProcessed()).isEqualTo(2L);
        });
        assertThat(simulator.records("passenger")).hasSize(2);
    }

    /** The first YAML block under "== Running a bulk load". */
    private static String documentedYaml() throws Exception {
        String doc = Files.readString(DOC);
        int section = doc.indexOf("== Running a bulk load");
        int block = doc.indexOf("[source,yaml]\n----\n", section);
        assertThat(section).isNotNegative();
        assertThat(block).isGreaterThan(section);
        int start = block + "[source,yaml]\n----\n".length();
        return doc.substring(start, doc.indexOf("\n----\n", start) + 1);
    }
}
