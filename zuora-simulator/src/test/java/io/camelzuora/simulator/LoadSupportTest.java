package io.camelzuora.simulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What loads of many jobs need from the simulator: time in proportion to a file's rows, busy slots, the peak. */
class LoadSupportTest extends SimulatorTestSupport {

    @Test
    void aFileTakesItsRowsAtTheRatePerJob() {
        zuora.recordsPerSecond(2);
        String small = submitted();
        String large = submitted();
        http.upload(small, "name__c\nA\nB\n");
        http.upload(large, "name__c\nA\nB\nC\nD\nE\nF\n");

        zuora.clock().advance(Duration.ofMillis(999));
        assertEquals("in_progress", status(small));
        zuora.clock().advance(Duration.ofMillis(1));
        assertEquals("completed", status(small));
        zuora.clock().advance(Duration.ofMillis(1999));
        assertEquals("in_progress", status(large));
        zuora.clock().advance(Duration.ofMillis(1));
        assertEquals("completed", status(large));
        assertEquals(3000, SimHttp.json(http.get("/objects/jobs/" + large)).get("processingTime").asInt());
    }

    @Test
    void otherIntegrationsHoldSlotsUntilTheirTimeIsUp() {
        List<SimJob> held = zuora.occupySlots(4, Duration.ofSeconds(30));
        assertEquals(4, held.size());
        assertTrue(held.stream().allMatch(j -> j.createdById().equals(ZuoraSimulator.OTHER_INTEGRATION_USER_ID)));

        String ours = submitted();
        assertEquals("pending", status(ours));
        String refused = SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
        assertEquals("failed", status(refused));

        zuora.clock().advance(Duration.ofSeconds(30));
        assertTrue(held.stream().allMatch(j -> status(j.id()).equals("completed")));
        assertEquals("pending", status(submitted()));
        assertEquals(2, zuora.peakActiveJobs());
    }

    @Test
    void discardedRecordsAreCheckedAndCountedButNotStored() {
        zuora.keepCreatedRecords(false);
        String job = submitted();
        http.upload(job, "name__c,age__c\nA,1\nB,two\nC,3\n");
        zuora.clock().advance(Duration.ofSeconds(5));

        assertEquals("failed", status(job));
        assertEquals(1, SimHttp.json(http.get("/objects/jobs/" + job + "/errors")).get("errors").size());
        assertEquals(2, zuora.discardedRecordCount());
        assertTrue(zuora.records("passenger").isEmpty());
    }

    private String submitted() {
        return SimHttp.json(http.submit(SimHttp.submitBody("create"))).get("Id").asText();
    }

    private String status(String id) {
        return SimHttp.json(http.get("/objects/jobs/" + id)).get("status").asText();
    }
}
