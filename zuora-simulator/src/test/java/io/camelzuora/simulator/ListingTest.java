package io.camelzuora.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ListingTest extends SimulatorTestSupport {

    @Test
    void pagesNewestFirstWithACursorUntilTheEnd() {
        List<String> seeded = zuora.seedHistory(60, 7).stream().map(SimJob::id).toList();
        List<String> newestFirst = new ArrayList<>(seeded);
        java.util.Collections.reverse(newestFirst);

        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = SimHttp.json(http.get("/objects/jobs?pageSize=25" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("jobs").forEach(job -> listed.add(job.get("Id").asText()));
            assertEquals(page.get("jobs").size(), page.get("count").asInt());
            cursor = page.has("cursor") ? page.get("cursor").asText() : null;
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(newestFirst, listed);
    }

    @Test
    void filtersOnOneStatus() {
        List<SimJob> seeded = zuora.seedHistory(40, 3);
        long failed = seeded.stream().filter(job -> job.status().equals("failed")).count();

        JsonNode page = SimHttp.json(http.get("/objects/jobs?status=failed&pageSize=100"));

        assertEquals(failed, page.get("count").asInt());
        page.get("jobs").forEach(job -> assertEquals("failed", job.get("status").asText()));
        assertFalse(page.has("cursor"));
    }

    @Test
    void defaultsTo25AndRefusesBadPageSizesAndCursors() {
        zuora.seedHistory(30, 1);

        assertEquals(25, SimHttp.json(http.get("/objects/jobs")).get("count").asInt());
        assertEquals(400, http.get("/objects/jobs?pageSize=0").statusCode());
        assertEquals(400, http.get("/objects/jobs?pageSize=101").statusCode());
        assertEquals(400, http.get("/objects/jobs?cursor=00000000-0000-4000-8000-000000000000").statusCode());
    }

    @Test
    void anEmptyTenantListsNoJobsAndNoCursor() {
        assertEquals("{\"count\":0,\"jobs\":[]}", http.get("/objects/jobs").body());
    }
}
