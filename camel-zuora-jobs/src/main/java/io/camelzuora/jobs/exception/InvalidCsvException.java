package io.camelzuora.jobs.exception;

/**
 * A CSV file was refused by the component before or while it was sent, because Zuora would refuse it: larger than 15
 * MB, empty, or not UTF-8. When it is thrown while sending, the upload was aborted and Zuora received no complete file,
 * so the job is still waiting for one.
 */
public class InvalidCsvException extends IllegalArgumentException {

    public InvalidCsvException(String message) {
        super(message);
    }
}
