package io.camelzuora.jobs.exception;

/**
 * Zuora answered 403: the user behind the credentials lacks the permission the operation needs. Its message and
 * {@link #getPermission()} name that permission, {@code View Custom Objects} to read jobs, {@code Edit Custom Objects}
 * to create or update records, upload and cancel, {@code Delete Custom Objects} for delete jobs. Retrying does not
 * help; an administrator has to grant it.
 */
public class ZuoraPermissionException extends ZuoraApiException {

    private final String permission;

    public ZuoraPermissionException(String message, int httpStatus, String zuoraCode, String zuoraMessage,
                                    String requestId, String trackId, Throwable cause, String permission) {
        super(message, httpStatus, zuoraCode, zuoraMessage, requestId, trackId, cause);
        this.permission = permission;
    }

    /** The Zuora permission the refused operation needs, e.g. {@code Edit Custom Objects}. */
    public String getPermission() {
        return permission;
    }
}
