package io.camelzuora.jobs.client;

/**
 * Zuora refused the credentials: the token endpoint rejected the client id and secret, or an API call answered 401
 * even with a freshly fetched token (or with a static access token, which cannot be renewed).
 */
public class ZuoraAuthenticationException extends ZuoraApiException {

    ZuoraAuthenticationException(ApiFailure failure) {
        super(failure);
    }
}
