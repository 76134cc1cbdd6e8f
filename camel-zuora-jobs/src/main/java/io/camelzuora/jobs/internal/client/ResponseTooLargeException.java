package io.camelzuora.jobs.internal.client;

import java.io.IOException;

/** A response body (after inflating) exceeded the configured cap; reading stopped at the cap. */
final class ResponseTooLargeException extends IOException {

    ResponseTooLargeException(long cap) {
        super("the response body exceeds the maximum of " + cap + " bytes (option maxResponseSize)");
    }
}
