package io.camelzuora.jobs.client;

/**
 * Sees every HTTP attempt the client makes, for metrics and client-side rate limiting. Implementations must be
 * thread-safe and fast; they must not throw.
 */
public interface RequestObserver {

    RequestObserver NONE = new RequestObserver() {
    };

    /** Called before each attempt is sent. */
    default void beforeRequest(ApiRequest request) {
    }

    /** Called with each response that arrived (successful or not). */
    default void afterResponse(ApiRequest request, RawResponse response) {
    }
}
