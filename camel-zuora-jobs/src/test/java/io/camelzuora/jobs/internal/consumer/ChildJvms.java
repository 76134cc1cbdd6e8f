package io.camelzuora.jobs.internal.consumer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts test programs in JVMs of their own, on the test's classpath, and makes sure none outlives the test: close it
 * in an {@code @AfterEach}. A program is killed the way a crash would end it: {@link #kill(Process)} sends SIGKILL.
 */
public final class ChildJvms implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();

    /** Starts {@code mainClass} with {@code args}; what it prints (stdout and stderr) goes to {@code console}. */
    public Process start(Class<?> mainClass, Path console, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=log4j2-child.properties",
                        "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
        processes.add(process);
        return process;
    }

    /** Kills the program at once, as a crash would (SIGKILL on Linux), and waits until it is gone. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Process " + process.pid() + " did not end after SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            if (process.isAlive()) {
                kill(process);
            }
        }
        processes.clear();
    }
}
