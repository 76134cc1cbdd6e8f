package io.camelzuora.jobs.internal.client;

import java.time.Instant;

/**
 * A hold on requests that Zuora's answers asked for and that is still in force.
 *
 * @param until  when requests may go again
 * @param reason the header that asked for it, as received (control characters removed), e.g. {@code Retry-After: 30}
 */
public record ServerHold(Instant until, String reason) {
}
