package io.camelzuora.jobs.internal.load;

import java.time.Instant;
import java.util.List;

/**
 * How far a load in flight has come, for the dev console and JMX.
 *
 * @param recordsRead data records read from the input so far
 * @param readingDone whether the whole input has been read (then {@code recordsRead} is the total)
 * @param recordsDone records of parts whose job has ended
 * @param runningJobs the jobs of parts submitted and not yet ended
 */
public record LoadProgress(String loadId, String object, String operation, Instant started, long recordsRead,
        boolean readingDone, long recordsDone, int partsSubmitted, List<String> runningJobs) {

    /** One line: id, object, records done of read, parts, running jobs. */
    public String describe() {
        return String.format("%s  %s (%s)  %d of %d%s records done  %d parts submitted  running jobs %s", loadId,
                object, operation, recordsDone, recordsRead, readingDone ? "" : "+ (reading)", partsSubmitted,
                runningJobs);
    }
}
