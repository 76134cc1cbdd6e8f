package io.camelzuora.jobs.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.camelzuora.jobs.WatchedJobIds;
import io.camelzuora.jobs.internal.client.InputChecks;
import io.camelzuora.jobs.internal.client.ZuoraJson;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobAction;
import io.camelzuora.jobs.model.JobNamespace;
import io.camelzuora.jobs.model.JobStatus;
import org.apache.camel.Converter;

/**
 * Turns a job or a load's result into JSON text or into a map of it, e.g. for {@code convertBodyTo(String.class)}; and
 * reads the typed options from their text: statuses, job operations and namespaces as Zuora spells them (in any case),
 * strictly, and {@code jobIds} from its text or the bean it references.
 */
@Converter(generateLoader = true)
public final class ZuoraJobsTypeConverters {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private ZuoraJobsTypeConverters() {
    }

    /** The job as Zuora's JSON, with Zuora's field names. */
    @Converter
    public static String toJson(CustomObjectBulkJob job) throws JsonProcessingException {
        return ZuoraJson.mapper().writeValueAsString(job);
    }

    /** A job status as Zuora spells it, e.g. {@code in_progress}. */
    @Converter
    public static JobStatus toJobStatus(String value) {
        return known(JobStatus.of(value), JobStatus.UNKNOWN, value, "job status",
                "accepted, pending, in_progress, completed, failed or cancelled");
    }

    /** A job operation as Zuora spells it: {@code create}, {@code update} or {@code delete}. */
    @Converter
    public static JobAction toJobAction(String value) {
        return known(JobAction.of(value), JobAction.UNKNOWN, value, "job operation", "create, update or delete");
    }

    /** A namespace as Zuora spells it: {@code default} or {@code com_zuora}. */
    @Converter
    public static JobNamespace toJobNamespace(String value) {
        for (JobNamespace namespace : JobNamespace.values()) {
            if (namespace.value().equalsIgnoreCase(value.trim())) {
                return namespace;
            }
        }
        throw new IllegalArgumentException(
                "Invalid namespace " + InputChecks.show(value) + ": use default (your"
                                           + " tenant's custom objects) or com_zuora (Zuora's)");
    }

    private static <E extends Enum<E>> E known(E parsed, E unknown, String value, String what, String valid) {
        if (parsed == unknown) {
            throw new IllegalArgumentException("Invalid " + what + " " + InputChecks.show(value) + ": use " + valid);
        }
        return parsed;
    }

    /**
     * The {@code jobIds} option from its text or the bean it references; one converter for every source type, so no
     * other converter can claim a collection or supplier before it.
     */
    @Converter
    public static WatchedJobIds toWatchedJobIds(Object value) {
        if (value instanceof String text) {
            return WatchedJobIds.of(text);
        }
        if (value instanceof Collection<?> ids) {
            return WatchedJobIds.of(ids);
        }
        if (value instanceof Supplier<?> supplier) {
            return WatchedJobIds.readEachPoll(supplier);
        }
        throw new IllegalArgumentException(
                "Option jobIds must be comma-separated job ids, or a reference (#bean) to a"
                                           + " Collection<String> or a Supplier<Collection<String>>; got "
                                           + value.getClass().getName());
    }

    /** The job as a map keyed by Zuora's field names. */
    @Converter
    public static Map<String, Object> toMap(CustomObjectBulkJob job) {
        return ZuoraJson.mapper().convertValue(job, MAP);
    }

    /** The load's result as JSON: the load, its parts and its refused records. */
    @Converter
    public static String toJson(BulkLoadResult result) throws JsonProcessingException {
        return ZuoraJson.mapper().writeValueAsString(result);
    }

    /** The load's result as a map of its JSON. */
    @Converter
    public static Map<String, Object> toMap(BulkLoadResult result) {
        return ZuoraJson.mapper().convertValue(result, MAP);
    }
}
