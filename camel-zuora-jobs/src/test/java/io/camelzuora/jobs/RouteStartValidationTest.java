package io.camelzuora.jobs;

import io.camelzuora.simulator.ZuoraSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Endpoint configuration that can never work fails when the route starts, with a message that says how to fix it. */
class RouteStartValidationTest {

    private final ZuoraSimulator simulator = new ZuoraSimulator();
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        simulator.start();
        context = new DefaultCamelContext();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        simulator.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zuora-jobs:fetchJob?accessToken=t                         | Unknown zuora-jobs operation 'fetchJob'",
            "zuora-jobs:getjob?accessToken=t                           | valid operations are getJob",
            "zuora-jobs:getJob                                         | set clientId and clientSecret",
            "zuora-jobs:getJob?clientId=abc                            | only one of clientId and clientSecret is set",
            "zuora-jobs:getJob?accessToken=t&clientId=a&clientSecret=b | both accessToken and clientId/clientSecret",
            "zuora-jobs:getJob?accessToken=t&baseUrl=rest.zuora.com    | Invalid baseUrl 'rest.zuora.com'",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://rest.zuora.com | Refusing baseUrl 'http://rest.zuora.com'",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://10.0.0.8:8080 | set allowInsecureHttp=true",
            "zuora-jobs:getJob?clientId=a&clientSecret=b&tokenUrl=http://auth.example.com/oauth/token | Refusing tokenUrl",
            "zuora-jobs:getJob?accessToken=t&baseUrl=ftp://rest.zuora.com | use an https URL",
            "zuora-jobs:getJob?accessToken=t&zuoraVersion=v2           | Invalid Zuora-Version 'v2' from option zuoraVersion",
            "zuora-jobs:getJob?accessToken=t&trackId=a:b               | Invalid Zuora-Track-Id 'a:b' from option trackId",
            "zuora-jobs:getJob?accessToken=t&entityIds=a b             | Invalid Zuora-Entity-Ids",
            "zuora-jobs:getJob?accessToken=t&orgIds=o1,,o2             | Invalid Zuora-Org-Ids",
            "zuora-jobs:getJob?accessToken=t&orgIds=o1;o2              | Invalid Zuora-Org-Ids 'o1;o2' from option orgIds",
            "zuora-jobs:getJob?accessToken=t&entityIds=e1%0D%0AX-Injected:1 | Invalid Zuora-Entity-Ids 'e1\\u000d\\u000aX-Injected:1'",
            "zuora-jobs:getJob?accessToken=t&entityIds=%C3%A9ntity     | Invalid Zuora-Entity-Ids '\\u00e9ntity'",
            "zuora-jobs:getJob?accessToken=t&zuoraVersion=2024-05-20%0D%0A | Invalid Zuora-Version '2024-05-20\\u000d\\u000a'",
            "zuora-jobs:getJob?accessToken=t&zuoraVersion=../../v1     | Invalid Zuora-Version '../../v1'",
            "zuora-jobs:listJobs?accessToken=t&pageSize=0              | Invalid pageSize 0 from option pageSize",
            "zuora-jobs:listJobs?accessToken=t&pageSize=101            | Invalid pageSize 101 from option pageSize",
            "zuora-jobs:submitJob?accessToken=t&object=passenger&jobOperation=merge | Invalid job operation 'merge': use create, update or delete",
            "zuora-jobs:listJobs?accessToken=t&status=open             | Invalid job status 'open': use accepted, pending",
            "zuora-jobs:submitJob?accessToken=t&namespace=custom       | Invalid namespace 'custom': use default",
            "zuora-jobs:watch?accessToken=t&jobIds=42                  | Invalid job id '42' from option jobIds",
            "zuora-jobs:getJob?accessToken=t&jobId=42                  | Invalid job id '42' from option jobId",
            "zuora-jobs:getJob?accessToken=t&requestTimeout=0          | Invalid requestTimeout 0 ms: use a positive duration",
            "zuora-jobs:getJob?accessToken=t&connectTimeout=-1         | Invalid connectTimeout -1 ms",
            "zuora-jobs:getJob?accessToken=t&maxRetries=-1             | Invalid maxRetries -1: use 0 (no retries) or more",
            "zuora-jobs:getJob?accessToken=t&retryDelay=5s&maxRetryDelay=1s | Invalid maxRetryDelay 1000 ms",
            "zuora-jobs:getJob?accessToken=t&maxConnections=0          | Invalid maxConnections 0",
            "zuora-jobs:awaitJob?accessToken=t&awaitInterval=10s&awaitMaxInterval=1s | Invalid awaitMaxInterval 1000 ms",
            "zuora-jobs:awaitJob?accessToken=t&awaitPoolSize=0         | Invalid awaitPoolSize 0",
            "zuora-jobs:watch?accessToken=t&fetchConcurrency=0         | Invalid fetchConcurrency 0: use 1",
            "zuora-jobs:watch?accessToken=t&discoveryMaxPages=0        | Invalid discoveryMaxPages 0",
            "zuora-jobs:watch?accessToken=t&maxMessagesPerPoll=-1      | Invalid maxMessagesPerPoll -1",
            "zuora-jobs:watch?accessToken=t&electionCheckInterval=-1  | Invalid electionCheckInterval -1: use 0 (no check)",
            "zuora-jobs:load?accessToken=t&jobOperation=create         | zuora-jobs:load needs the option object",
            "zuora-jobs:load?accessToken=t&object=passenger            | Invalid jobOperation (unset) for zuora-jobs:load: use create or update",
            "zuora-jobs:load?accessToken=t&object=passenger&jobOperation=delete | a delete job takes a filter",
            "zuora-jobs:load?accessToken=t&object=passenger&jobOperation=create&partSize=63 | Invalid partSize 63: use 64 to 15728640",
            "zuora-jobs:load?accessToken=t&object=passenger&jobOperation=create&partSize=15728641 | Invalid partSize 15728641",
            "zuora-jobs:load?accessToken=t&object=passenger&jobOperation=create&maxConcurrentJobs=0 | Invalid maxConcurrentJobs 0: use 1 to 100",
            "zuora-jobs:load?accessToken=t&object=passenger&jobOperation=create&loadTimeout=0 | Invalid loadTimeout 0 ms",
            "zuora-jobs:getJob?accessToken=t&requestTimeout=-5         | Invalid requestTimeout -5 ms",
            "zuora-jobs:getJob?accessToken=t&connectTimeout=0          | Invalid connectTimeout 0 ms",
            "zuora-jobs:getJob?accessToken=t&maxRetryAfter=0           | Invalid maxRetryAfter 0 ms",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://127.0.0.1.example.com | Refusing baseUrl 'http://127.0.0.1.example.com'",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://localhost.example.com | Refusing baseUrl",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://127.0.0.256 | Invalid baseUrl 'http://127.0.0.256'",
            "zuora-jobs:getJob?clientId=a&clientSecret=b&tokenUrl=http://127.1.2.3.nip.io/oauth/token | Refusing tokenUrl",
    })
    void refusesToStart(String uri, String message) throws Exception {
        addRoute(uri);

        assertThatThrownBy(context::start).hasStackTraceContaining(message);
        assertThat(simulator.requests()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zuora-jobs:getJob?accessToken=t&baseUrl=https://rest.eu.zuora.com",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://localhost:8080",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://127.0.0.2:8080",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://127.255.0.1:8080",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://[::1]:8080",
            "zuora-jobs:getJob?clientId=a&clientSecret=b&tokenUrl=http://localhost:8080/oauth/token",
            "zuora-jobs:getJob?accessToken=t&baseUrl=http://zuora-sidecar:8080&allowInsecureHttp=true",
    })
    void startsWithASafeUrlOrAnExplicitOptIn(String uri) throws Exception {
        addRoute(uri);

        context.start();

        assertThat(context.getRouteController().getRouteStatus("route1").isStarted()).isTrue();
    }

    private void addRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (uri.startsWith("zuora-jobs:watch")) {
                    from(uri).routeId("route1").to("log:watch");
                } else {
                    from("direct:start").routeId("route1").to(uri);
                }
            }
        });
    }
}
