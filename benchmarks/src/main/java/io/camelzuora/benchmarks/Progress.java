package io.camelzuora.benchmarks;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** What the harness is doing, on standard output, so a long run shows it is alive. */
final class Progress {

    private Progress() {
    }

    static void say(String format, Object... args) {
        System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
        System.out.flush();
    }
}
