package io.camelzuora.simulator;

import java.time.Instant;

/**
 * One status change the simulator made to a job: the ground truth a watcher can be checked against.
 *
 * @param jobId the job's Id
 * @param from  the status before the change, {@code null} when the job was created
 * @param to    the status after the change
 * @param at    the simulator-clock time the change took effect
 */
public record StatusTransition(String jobId, String from, String to, Instant at) {
}
