package io.camelzuora.jobs.internal.load;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.camelzuora.jobs.ZuoraJobsConfiguration;
import io.camelzuora.jobs.internal.client.ZuoraJobsClient;
import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * Starts the loads of one producer and stops those still in flight when it stops. It owns no thread of its own: the
 * loads run on the scheduler it is given.
 */
public final class LoadRunner {

    private static final Pattern LOAD_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final BulkLoads loads;
    private final Set<BulkLoad> inFlight = ConcurrentHashMap.newKeySet();

    public LoadRunner(BulkLoads loads) {
        this.loads = loads;
    }

    /** The load id given in a header, checked; or a new one when none is given. */
    public static String loadId(String given, String source) {
        if (given == null) {
            return UUID.randomUUID().toString();
        }
        if (!LOAD_ID.matcher(given).matches()) {
            throw new IllegalArgumentException(
                    "The " + source + " is '" + given + "'; a load id is 1 to 100 letters,"
                                               + " digits, '.', '_' or '-' (it becomes part of each job's"
                                               + " Idempotency-Key)");
        }
        return given;
    }

    /**
     * Starts loading the message body's records; {@code onResult} or {@code onFailure} is called once, later, from a
     * scheduler thread.
     *
     * @param resuming whether the load id was given rather than generated
     */
    public void start(
            String loadId, boolean resuming, Message message, ZuoraJobsConfiguration configuration,
            ZuoraJobsClient client, String trackId, ScheduledExecutorService scheduler,
            Consumer<BulkLoadResult> onResult, Consumer<RuntimeException> onFailure)
            throws InvalidPayloadException {
        LoadSettings settings = LoadSettings.of(configuration);
        RecordSource source = LoadInputs.of(message, settings.partSize());
        BulkLoad[] self = new BulkLoad[1];
        BulkLoad load = new BulkLoad(
                loadId, settings, resuming, source, client, trackId, loads, scheduler,
                result -> {
                    inFlight.remove(self[0]);
                    onResult.accept(result);
                },
                failure -> {
                    inFlight.remove(self[0]);
                    onFailure.accept(failure);
                });
        self[0] = load;
        inFlight.add(load);
        load.start();
    }

    /** Stops every load in flight: their jobs still accepted or pending are cancelled and their exchanges fail. */
    public void stopAll(String reason) {
        for (BulkLoad load : List.copyOf(inFlight)) {
            load.abort(reason, null);
        }
    }
}
