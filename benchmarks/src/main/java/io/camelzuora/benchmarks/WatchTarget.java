package io.camelzuora.benchmarks;

import java.time.Duration;
import java.util.List;

/**
 * What a watch contender watches and how.
 *
 * @param bearerToken a valid token, for contenders that do not fetch their own
 * @param jobIds      the jobs to watch, or {@code null} to discover them from the job list
 */
record WatchTarget(String baseUrl, String bearerToken, List<String> jobIds, Duration pollDelay) {
}
