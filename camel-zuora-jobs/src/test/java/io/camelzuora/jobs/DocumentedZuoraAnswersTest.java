package io.camelzuora.jobs;

import java.util.List;
import java.util.Map;

import io.camelzuora.jobs.exception.ZuoraPermissionException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.simulator.Fault;
import io.camelzuora.simulator.RecordedRequest;
import io.camelzuora.simulator.SimJob;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers Zuora documents: a 403 names the permission the operation needs, and a 409 to our own retry that carries the
 * job is the replay of the first attempt's result.
 */
class DocumentedZuoraAnswersTest extends ZuoraJobsTestSupport {

    private static final String SUBMIT = "/objects/jobs";
    private static final String FORBIDDEN = "{\"code\": 71013012, \"message\": \"Forbidden\"}";

    @ParameterizedTest(name = "{0} needs {3}")
    @CsvSource(delimiter = '|', value = {
            "getJob          | GET  | /objects/jobs/.*       | View Custom Objects",
            "listJobs        | GET  | /objects/jobs          | View Custom Objects",
            "submitJob?object=passenger&jobOperation=create | POST | /objects/jobs | Edit Custom Objects",
            "submitJob?object=passenger&jobOperation=delete | POST | /objects/jobs | Delete Custom Objects",
            "uploadFile      | POST | /objects/jobs/.*/files | Edit Custom Objects",
    })
    void a403NamesThePermissionTheOperationNeedsAndIsNotRetried(
            String operation, String method, String path,
            String permission) {
        SimJob job = simulator.createJob("passenger", "create");
        simulator.faults().on(method, path).respond(Fault.answer(403, FORBIDDEN, Map.of()));

        Exchange out = template.request("zuora-jobs:" + operation, e -> {
            e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, job.id());
            e.getMessage().setBody("name__c\nAda\n");
        });

        assertThat(out.getException()).isInstanceOf(ZuoraPermissionException.class)
                .hasMessageContaining("HTTP 403").hasMessageContaining("needs the Zuora permission " + permission);
        assertThat(((ZuoraPermissionException) out.getException()).getPermission()).startsWith(permission);
        assertThat(simulator.requests()).filteredOn(r -> r.status() == 403).hasSize(1);
        assertThat(simulator.requests()).filteredOn(r -> r.path().startsWith("/objects")).hasSize(1);
    }

    @Test
    void a409ThatCarriesTheJobIsTheReplayOfTheFirstAttemptAndTheCallSucceedsWithIt() {
        SimJob first = simulator.createJob("passenger", "create");
        simulator.faults().on("POST", SUBMIT).respond(Fault.dropConnection());
        simulator.faults().on("POST", SUBMIT).respond(Fault.answer(409, first.toJson(), Map.of()));

        Exchange out = template.request("zuora-jobs:submitJob?object=passenger&jobOperation=create", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(CustomObjectBulkJob.class).getId()).isEqualTo(first.id());
        List<RecordedRequest> submits = simulator.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals(SUBMIT)).toList();
        assertThat(submits).extracting(RecordedRequest::status).containsExactly(0, 409);
    }

    @Test
    void a409WithoutTheJobToOurRetryMeansStillRunningAndIsRetried() {
        simulator.faults().on("POST", SUBMIT).respond(Fault.dropAfterProcessing());
        simulator.faults().on("POST", SUBMIT).respond(Fault.status(409));

        Exchange out = template.request("zuora-jobs:submitJob?object=passenger&jobOperation=create", e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.jobs()).singleElement().satisfies(job -> assertThat(job.id())
                .isEqualTo(out.getMessage().getBody(CustomObjectBulkJob.class).getId()));
    }
}
