package io.camelzuora.jobs;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS as it is used against Zuora: the JVM's trust store by default, `sslContextParameters` to trust a private CA,
 * and host name verification always on. The server is a local HTTPS server with a certificate for `localhost` only.
 */
class TlsTest {

    private static final String JOB_ID = "ed4b9701-bafb-4976-8019-b08269430153";
    private static final String JOB_JSON = "{\"Id\":\"" + JOB_ID + "\",\"status\":\"completed\"}";
    private static final String PASSWORD = "changeit";

    @TempDir
    static Path keys;
    private static HttpsServer server;
    private static final AtomicInteger served = new AtomicInteger();
    private CamelContext context;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        Path serverKeys = keys.resolve("server.p12");
        Path cert = keys.resolve("server.crt");
        keytool("-genkeypair", "-alias", "zuora", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", serverKeys.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-alias", "zuora", "-keystore", serverKeys.toString(), "-storepass", PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "zuora", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", keys.resolve("trust.p12").toString(), "-storepass", PASSWORD);

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeys)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/objects/jobs/", exchange -> {
            served.incrementAndGet();
            byte[] body = JOB_JSON.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    @AfterAll
    static void stopHttpsServer() {
        server.stop(0);
    }

    @AfterEach
    void stopContext() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    private Exchange fetch(String host, boolean trustTheCertificate) throws Exception {
        context = new DefaultCamelContext();
        if (trustTheCertificate) {
            KeyStoreParameters trustStore = new KeyStoreParameters();
            trustStore.setResource("file:" + keys.resolve("trust.p12"));
            trustStore.setPassword(PASSWORD);
            trustStore.setType("PKCS12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(trustStore);
            SSLContextParameters parameters = new SSLContextParameters();
            parameters.setTrustManagers(trust);
            context.getRegistry().bind("privateCa", parameters);
        }
        String uri = "zuora-jobs:getJob?accessToken=tls-test-token&maxRetries=2&retryDelay=1&baseUrl=https://" + host + ":"
                     + server.getAddress().getPort() + (trustTheCertificate ? "&sslContextParameters=#privateCa" : "");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to(uri);
            }
        });
        context.start();
        served.set(0);
        return context.createProducerTemplate().request("direct:get",
                e -> e.getMessage().setHeader(ZuoraJobsConstants.JOB_ID, JOB_ID));
    }

    @Test
    void trustsTheCertificateGivenBySslContextParameters() throws Exception {
        Exchange out = fetch("localhost", true);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(CustomObjectBulkJob.class).getStatus()).isEqualTo("completed");
    }

    @Test
    void refusesAnUntrustedCertificateWithoutRetrying() throws Exception {
        Exchange out = fetch("localhost", false);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class).hasMessageContaining("TLS failed")
                .hasMessageContaining("sslContextParameters").hasMessageNotContaining("tls-test-token");
        assertThat(served).hasValue(0);
    }

    @Test
    void verifiesTheHostName() throws Exception {
        Exchange out = fetch("127.0.0.1", true);

        assertThat(out.getException()).isInstanceOf(ZuoraApiException.class).hasMessageContaining("TLS failed")
                .hasMessageContaining("127.0.0.1");
        assertThat(served).hasValue(0);
    }
}
