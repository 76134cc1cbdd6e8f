package io.camelzuora.jobs.internal.consumer;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelzuora.jobs.ZuoraJobsComponent;
import io.camelzuora.jobs.ZuoraJobsConstants;
import io.camelzuora.jobs.state.AtomicFileStateRepository;
import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;

/**
 * An application that watches every job of a simulator (discovery) with its state in an
 * {@link AtomicFileStateRepository}, and writes each change it receives as one line,
 * {@code <jobId> <previous>><status>}, to its output file before the exchange completes. It runs until it is killed.
 * <p>
 * Arguments, as {@code name=value}: {@code baseUrl}, {@code state} (the state file), {@code output}; optionally
 * {@code cluster} (a directory: the watch then runs as {@code master:} over a {@link FileLockClusterService} there,
 * with member id {@code node}) and {@code hangAfter} (the exchange that writes that line, counted from 1, never
 * completes: it is the exchange in flight when the test kills the application).
 */
public final class WatchNode {

    static final String STARTED = "watch node started";

    private WatchNode() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        run(options, new AtomicFileStateRepository(new File(options.get("state"))), null);
    }

    /** The {@code name=value} arguments. */
    public static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    /**
     * Runs the node with its state in {@code state}, under {@code master:} over {@code cluster} when that is given
     * (else as the {@code cluster} option says), until it is killed.
     */
    public static void run(
            Map<String, String> options, StateRepository<String, String> state,
            CamelClusterService cluster)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        ZuoraJobsComponent component = new ZuoraJobsComponent();
        component.getConfiguration().setBaseUrl(options.get("baseUrl"));
        component.getConfiguration().setClientId(ZuoraSimulator.DEFAULT_CLIENT_ID);
        component.getConfiguration().setClientSecret(ZuoraSimulator.DEFAULT_CLIENT_SECRET);
        component.getConfiguration().setRetryDelay(5);
        context.addComponent("zuora-jobs", component);
        context.getRegistry().bind("watchState", state);

        String uri = "zuora-jobs:watch?stateRepository=#watchState&initialDelay=0&delay=100";
        if (cluster != null) {
            context.addService(cluster);
            uri = "master:zuora-watch:" + uri;
        } else if (options.containsKey("cluster")) {
            FileLockClusterService files = new FileLockClusterService();
            files.setId(options.get("node"));
            files.setRoot(options.get("cluster"));
            files.setAcquireLockDelay(200, TimeUnit.MILLISECONDS);
            files.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
            files.setHeartbeatTimeoutMultiplier(3);
            context.addService(files);
            uri = "master:zuora-watch:" + uri;
        }
        ChangeLines lines = new ChangeLines(
                new File(options.get("output")),
                Integer.parseInt(options.getOrDefault("hangAfter", "0")));
        String from = uri;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("watch").process(lines::write);
            }
        });
        context.start();
        System.out.println(STARTED);
        new CountDownLatch(1).await();
    }

    /** The output file: each line is written with one unbuffered write, so it is on record as soon as it returns. */
    private static final class ChangeLines {

        private final FileOutputStream out;
        private final int hangAfter;
        private int written;

        ChangeLines(File file, int hangAfter) throws IOException {
            this.out = new FileOutputStream(file, true);
            this.hangAfter = hangAfter;
        }

        void write(Exchange exchange) throws IOException, InterruptedException {
            Message message = exchange.getMessage();
            String line = message.getHeader(ZuoraJobsConstants.JOB_ID, String.class) + ' '
                          + message.getHeader(ZuoraJobsConstants.JOB_PREVIOUS_STATUS, "", String.class) + '>'
                          + message.getHeader(ZuoraJobsConstants.JOB_STATUS, String.class) + '\n';
            out.write(line.getBytes(StandardCharsets.UTF_8));
            if (++written == hangAfter) {
                new CountDownLatch(1).await();
            }
        }
    }
}
