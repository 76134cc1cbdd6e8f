package io.camelzuora.jobs.internal.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The one place that sends HTTP: a pooled, keep-alive Apache HttpClient 5. Redirects, cookies, automatic retries and
 * transparent decompression are off on purpose: a redirect could carry the bearer token to another host, retries are
 * decided by {@link CallExecutor} with Zuora's rules, and gzip is inflated under the response size cap.
 * <p>
 * A socket timeout only bounds one read, so a server trickling a byte at a time could hold a call for ever; each call
 * therefore also has a deadline for the whole exchange (lease, send, wait, read), enforced by aborting the request
 * (within {@value CallDeadlines#TICK_MILLIS} ms of it).
 */
public final class HttpTransport implements Closeable {

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient httpClient;
    private final CallDeadlines deadlines = new CallDeadlines();

    /**
     * @param connectTimeout how long to wait for a TCP/TLS connection
     * @param sslContext     the TLS context, or {@code null} for the JVM default (hostname verification stays on)
     * @param maxConnections the pool size (all routes); one route is the usual case
     */
    public HttpTransport(Duration connectTimeout, SSLContext sslContext, int maxConnections) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setValidateAfterInactivity(Timeout.ofSeconds(2))
                        .build());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        this.connections = pool.build();
        this.httpClient = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .evictIdleConnections(Timeout.ofSeconds(30))
                .build();
    }

    /**
     * Sends a request and reads the whole response, inflating a gzip body.
     *
     * @param requestTimeout   how long the whole exchange may take, from waiting for a pooled connection to the last
     *                         byte of the body; past it the request is aborted and a {@link SocketTimeoutException}
     *                         thrown
     * @param maxResponseBytes the most bytes a (inflated) body may have
     */
    public RawResponse send(HttpUriRequestBase request, Duration requestTimeout, long maxResponseBytes)
            throws IOException {
        // the watchdog ends the call at its deadline; the socket's own timeouts, a little later, are only a backstop
        Timeout backstop = Timeout.of(requestTimeout.plusMillis(2 * CallDeadlines.TICK_MILLIS));
        request.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(backstop)
                .setResponseTimeout(backstop)
                .setRedirectsEnabled(false)
                .build());
        CallDeadlines.Deadline deadline = deadlines.start(request, requestTimeout);
        try {
            return exchange(request, maxResponseBytes);
        } catch (IOException | RuntimeException failed) {
            if (deadline.expired()) {
                SocketTimeoutException timeout = new SocketTimeoutException(
                        "no complete response within the request"
                                                                            + " timeout of " + requestTimeout.toMillis()
                                                                            + " ms");
                timeout.initCause(failed);
                throw timeout;
            }
            throw failed;
        } finally {
            deadlines.end(deadline);
        }
    }

    private RawResponse exchange(HttpUriRequestBase request, long maxResponseBytes) throws IOException {
        return httpClient.execute(request, response -> {
            Map<String, String> headers = new HashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            HttpEntity entity = response.getEntity();
            String encoding = headers.get("content-encoding");
            boolean gzipped = encoding != null && encoding.trim().equalsIgnoreCase("gzip");
            byte[] body = entity == null
                    ? new byte[0] : BoundedReader.read(entity.getContent(),
                            entity.getContentLength(), gzipped, maxResponseBytes);
            return new RawResponse(response.getCode(), headers, body);
        });
    }

    /** Connections currently leased (in use). */
    public int leasedConnections() {
        return connections.getTotalStats().getLeased();
    }

    @Override
    public void close() {
        httpClient.close(CloseMode.GRACEFUL);
        deadlines.close();
    }
}
