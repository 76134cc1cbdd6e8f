package io.camelzuora.jobs.internal.producer;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;

import io.camelzuora.jobs.ZuoraJobsEndpoint;
import io.camelzuora.jobs.internal.client.CsvUpload;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * {@code uploadFile}: uploads the body as the CSV of the job named by the message, streamed from where it is. A file
 * from Camel's file component is read from disk; other bodies become a stream through Camel's type converters.
 */
final class UploadFileHandler implements SyncProducerHandler {

    private final ZuoraJobsEndpoint endpoint;

    UploadFileHandler(ZuoraJobsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        String jobId = MessageInputs.jobId(exchange, endpoint.getConfiguration());
        CsvUpload csv = csv(exchange.getMessage());
        ResultHeaders.setJob(exchange.getMessage(), endpoint.getClient().uploadFile(jobId, csv,
                endpoint.getConfiguration().isGzipUpload(),
                MessageInputs.callOptions(exchange, IdempotencyKeys.keyFor(exchange, "uploadFile-" + jobId))));
        IdempotencyKeys.succeeded(exchange);
    }

    private static CsvUpload csv(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;
        }
        if (body == null) {
            throw new IllegalArgumentException(
                    "uploadFile needs the CSV as the message body (a File, Path, InputStream,"
                                               + " byte[] or String), but the body is empty");
        }
        if (body instanceof File file) {
            return CsvUpload.of(file.toPath());
        }
        if (body instanceof Path path) {
            return CsvUpload.of(path);
        }
        if (body instanceof byte[] bytes) {
            return CsvUpload.of(bytes);
        }
        if (body instanceof String text) {
            return CsvUpload.of(text);
        }
        return CsvUpload.of(message.getMandatoryBody(InputStream.class));
    }
}
