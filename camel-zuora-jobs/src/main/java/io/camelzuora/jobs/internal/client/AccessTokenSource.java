package io.camelzuora.jobs.internal.client;

/** Where the bearer token of each call comes from. */
public interface AccessTokenSource {

    /** The token to send now, fetching one first if needed. */
    String token();

    /**
     * Zuora answered 401 to this token. Returns whether a different token can be had (the call is then retried once
     * with it); a static token cannot be renewed.
     */
    boolean renew(String rejectedToken);
}
