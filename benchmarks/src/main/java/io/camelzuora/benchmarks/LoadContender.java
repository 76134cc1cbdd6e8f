package io.camelzuora.benchmarks;

import java.util.List;

import io.camelzuora.jobs.model.CustomObjectBulkJob;

/** A way to load a large CSV into Zuora through parts of at most 15 MB and at most 5 open jobs. */
interface LoadContender extends AutoCloseable {

    /** Creates a contender against the tenant at {@code baseUrl}, splitting into parts of {@code partSize} bytes. */
    interface Factory {
        LoadContender create(String baseUrl, int partSize) throws Exception;
    }

    String name();

    /**
     * Loads the input and returns once every part's job has ended.
     *
     * @throws GroundTruthException when the contender saw a record refused or a part fail
     */
    void load(LoadInput input) throws Exception;

    /** The Camel context the contender runs in. */
    LoadCamel camel();

    /** Every job of the tenant, to check and time the load by. */
    default List<CustomObjectBulkJob> jobs() {
        return camel().jobs();
    }

    @Override
    default void close() throws Exception {
        camel().close();
    }
}
