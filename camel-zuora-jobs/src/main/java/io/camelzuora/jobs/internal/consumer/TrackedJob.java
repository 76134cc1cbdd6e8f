package io.camelzuora.jobs.internal.consumer;

import io.camelzuora.jobs.model.JobStatus;

/**
 * What the watch remembers of one job, kept small because a watch may track many thousands of jobs: the last status it
 * emitted (or stored without emitting, under a status filter), when it first saw the job, and whether it has reported a
 * timeout or the job's disappearance. Never the whole job model.
 * <p>
 * It is stored in the state repository as one short line, {@code status|firstSeenEpochMillis|flags}, the status
 * {@linkplain #escape(String) escaped}.
 */
final class TrackedJob {

    private static final char TIMED_OUT = 't';
    private static final char GONE = 'g';

    private final String id;
    private String status;
    private final long firstSeen;
    private boolean timedOut;
    private boolean gone;

    TrackedJob(String id, long firstSeen) {
        this.id = id;
        this.firstSeen = firstSeen;
    }

    private TrackedJob(String id, String status, long firstSeen, boolean timedOut, boolean gone) {
        this.id = id;
        this.status = status;
        this.firstSeen = firstSeen;
        this.timedOut = timedOut;
        this.gone = gone;
    }

    /** The job as stored by {@link #encode()}, or {@code null} when {@code stored} is {@code null} or not ours. */
    static TrackedJob decode(String id, String stored) {
        String[] parts = WatchState.fields(stored, 3);
        if (parts == null) {
            return null;
        }
        try {
            String status = parts[0].isEmpty() ? null : canonical(unescape(parts[0]));
            return new TrackedJob(
                    id, status, Long.parseLong(parts[1]), parts[2].indexOf(TIMED_OUT) >= 0,
                    parts[2].indexOf(GONE) >= 0);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String encode() {
        StringBuilder flags = new StringBuilder(2);
        if (timedOut) {
            flags.append(TIMED_OUT);
        }
        if (gone) {
            flags.append(GONE);
        }
        return (status == null ? "" : escape(status)) + '|' + firstSeen + '|' + flags;
    }

    /**
     * A status as stored: {@code %} and the separator {@code |} percent-encoded, so that a status Zuora invents cannot
     * break the line. Zuora's own statuses have neither and are stored as they are.
     */
    static String escape(String status) {
        return status.indexOf('%') < 0 && status.indexOf('|') < 0
                ? status
                : status.replace("%", "%25").replace("|", "%7C");
    }

    static String unescape(String stored) {
        if (stored.indexOf('%') < 0) {
            return stored;
        }
        StringBuilder status = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            if (stored.startsWith("%7C", i)) {
                status.append('|');
                i += 2;
            } else if (stored.startsWith("%25", i)) {
                status.append('%');
                i += 2;
            } else {
                status.append(stored.charAt(i));
            }
        }
        return status.toString();
    }

    String id() {
        return id;
    }

    /** The last status stored for the job, {@code null} before its first change was delivered. */
    String status() {
        return status;
    }

    long firstSeen() {
        return firstSeen;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Whether the job needs no more requests: its stored status is terminal, or Zuora no longer knows it. */
    boolean finished() {
        return gone || JobStatus.of(status).isTerminal();
    }

    /** A copy that has moved to {@code newStatus}: applied to the tracker once its exchange succeeded. */
    TrackedJob withStatus(String newStatus) {
        return new TrackedJob(id, canonical(newStatus), firstSeen, timedOut, gone);
    }

    TrackedJob withTimedOut() {
        return new TrackedJob(id, status, firstSeen, true, gone);
    }

    TrackedJob withGone() {
        return new TrackedJob(id, status, firstSeen, timedOut, true);
    }

    /**
     * The status as stored and compared: known statuses in Zuora's spelling as one shared string instance, so thousands
     * of trackers do not each hold a copy; unknown ones as Zuora sent them.
     */
    static String canonical(String status) {
        JobStatus known = JobStatus.of(status);
        return status == null ? null : known == JobStatus.UNKNOWN ? status : known.value();
    }
}
