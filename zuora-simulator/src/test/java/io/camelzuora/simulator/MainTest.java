package io.camelzuora.simulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void runsAsAProcessAndServesTheSeededData() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"),
                ZuoraSimulator.class.getName(), "--port", "0", "--client-id", "cli", "--client-secret", "pw",
                "--speed", "10", "--seed-history", "3", "--seed-example")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String banner = out.readLine();
            Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(String.valueOf(banner));
            assertTrue(url.find(), "banner: " + banner);

            SimHttp http = new SimHttp(url.group(1));
            String token = SimHttp.json(http.token("cli", "pw")).get("access_token").asText();
            http.useToken(token);

            assertEquals(200, http.get("/objects/jobs/" + ZuoraSimulator.EXAMPLE_JOB_ID).statusCode());
            assertEquals(4, SimHttp.json(http.get("/objects/jobs")).get("count").asInt());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void parsesTheCommandLine() {
        LaunchOptions options = LaunchOptions.parse(new String[] {
                "--port", "9090", "--speed", "2.5", "--seed-example",
                "--records-per-second", "1500", "--discard-records" });

        assertEquals(new LaunchOptions(
                9090, ZuoraSimulator.DEFAULT_CLIENT_ID, ZuoraSimulator.DEFAULT_CLIENT_SECRET,
                2.5, 0, true, 1500, true), options);
        assertEquals(8080, LaunchOptions.parse(new String[0]).port());
        for (List<String> bad : List.of(List.of("--port"), List.of("--speed", "fast"), List.of("--colour", "red"),
                List.of("--records-per-second", "-1"))) {
            assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(bad.toArray(String[]::new)));
        }
    }
}
