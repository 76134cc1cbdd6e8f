package io.camelzuora.jobs.internal.consumer;

import java.time.Duration;

/**
 * How discovery pages the job list.
 *
 * @param pageSize          jobs per page of the incremental scan (1 to 100)
 * @param maxPages          the most pages one scan (or one status listing) reads
 * @param reconcileInterval how often the non-terminal statuses are listed to catch jobs the scan missed; zero for never
 * @param emitHistory       whether the baseline emits every existing job once instead of only the non-terminal ones
 */
record DiscoverySettings(int pageSize, int maxPages, Duration reconcileInterval, boolean emitHistory) {
}
