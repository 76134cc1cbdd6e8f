package io.camelzuora.jobs.internal.client;

import java.io.Closeable;
import java.io.IOException;
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
 */
public final class HttpTransport implements Closeable {

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient httpClient;

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
     * @param responseTimeout  how long to wait for data from the server
     * @param maxResponseBytes the most bytes a (inflated) body may have
     */
    public RawResponse send(HttpUriRequestBase request, Duration responseTimeout, long maxResponseBytes)
            throws IOException {
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setRedirectsEnabled(false)
                .build());
        return httpClient.execute(request, response -> {
            Map<String, String> headers = new HashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            HttpEntity entity = response.getEntity();
            String encoding = headers.get("content-encoding");
            boolean gzipped = encoding != null && encoding.trim().equalsIgnoreCase("gzip");
            byte[] body = entity == null ? new byte[0] : BoundedReader.read(entity.getContent(),
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
    }
}
