package io.camelzuora.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcurrencyTest {

    @Test
    void serves64ConcurrentClientsOverTenThousandJobs() throws Exception {
        try (ZuoraSimulator zuora = new ZuoraSimulator().maxActiveJobs(100_000)) {
            String baseUrl = zuora.start();
            zuora.seedHistory(10_000, 11);
            List<String> active = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                active.add(zuora.createJob("passenger", "delete").id());
            }
            String token = zuora.issueToken();
            ExecutorService clients = Executors.newFixedThreadPool(64);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int client = 0; client < 64; client++) {
                    int offset = client;
                    results.add(clients.submit(() -> {
                        SimHttp http = new SimHttp(baseUrl).useToken(token);
                        int ok = 0;
                        for (int call = 0; call < 50; call++) {
                            HttpResponse<String> response
                                    = http.get("/objects/jobs/" + active.get((offset * 50 + call) % active.size()));
                            ok += response.statusCode() == 200 ? 1 : 0;
                        }
                        return ok;
                    }));
                }
                zuora.clock().advance(Duration.ofSeconds(10));
                int ok = 0;
                for (Future<Integer> result : results) {
                    ok += result.get();
                }
                assertEquals(64 * 50, ok);
            } finally {
                clients.shutdownNow();
            }
            assertEquals(500, active.stream().filter(id -> zuora.job(id).status().equals("completed")).count());
        }
    }
}
