package io.camelzuora.jobs.internal;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.camelzuora.jobs.internal.client.ZuoraJson;
import io.camelzuora.jobs.model.BulkLoadResult;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.Converter;

/**
 * Turns a job or a load's result into JSON text or into a map of it, e.g. for {@code convertBodyTo(String.class)}.
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
