package io.camelzuora.benchmarks;

import io.camelzuora.jobs.model.BulkLoadResult;
import org.apache.camel.builder.RouteBuilder;

/** {@code direct:load -> zuora-jobs:load}: the file as the body, the part size the only option. */
final class ComponentLoad implements LoadContender {

    static final String NAME = "zuora-jobs:load";

    private final LoadCamel camel;

    ComponentLoad(String baseUrl, int partSize) throws Exception {
        camel = new LoadCamel(baseUrl, new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load").to("zuora-jobs:load?object=passenger&jobOperation=create&partSize=" + partSize);
            }
        });
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void load(LoadInput input) {
        BulkLoadResult result = camel.template().requestBody("direct:load", input.file().toFile(), BulkLoadResult.class);
        if (!result.isCompleted() || result.getRecordsRead() != input.records()) {
            throw new GroundTruthException(
                    NAME + " read " + result.getRecordsRead() + " of " + input.records()
                                           + " records: " + result);
        }
    }

    @Override
    public LoadCamel camel() {
        return camel;
    }
}
