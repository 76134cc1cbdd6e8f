package io.camelzuora.jobs.exception;

/**
 * Zuora refused the credentials: the token endpoint rejected the client id and secret, or an API call answered 401 even
 * with a freshly fetched token (or with a static access token, which cannot be renewed).
 */
public class ZuoraAuthenticationException extends ZuoraApiException {

    public ZuoraAuthenticationException(String message, int httpStatus, String zuoraCode, String zuoraMessage,
                                        String requestId, String trackId, Throwable cause) {
        super(message, httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
    }
}
