package io.camelzuora.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelzuora.simulator.ZuoraSimulator;

/**
 * The Zuora simulator in a JVM of its own, for the load workload: parsing gigabytes of uploads and keeping their rows
 * while jobs run would otherwise count as the contenders' heap and CPU. Its jobs process at a fixed rate per job, and
 * it counts the records it creates instead of keeping them.
 */
final class SimulatorProcess implements AutoCloseable {

    private static final Pattern BASE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String baseUrl;

    private SimulatorProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static SimulatorProcess start(double recordsPerSecond) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                java, "-Xmx2g", "-XX:+UseParallelGC", "-cp",
                System.getProperty("java.class.path"), ZuoraSimulator.class.getName(), "--port", "0",
                "--records-per-second", String.valueOf(recordsPerSecond), "--discard-records")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(
                new InputStreamReader(
                        process.getInputStream(),
                        StandardCharsets.UTF_8));
        String banner = output.readLine();
        Matcher url = BASE_URL.matcher(String.valueOf(banner));
        if (!url.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("The simulator did not start: " + banner);
        }
        Thread drain = new Thread(() -> output.lines().forEach(line -> {
        }), "simulator-output");
        drain.setDaemon(true);
        drain.start();
        return new SimulatorProcess(process, url.group(1));
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
