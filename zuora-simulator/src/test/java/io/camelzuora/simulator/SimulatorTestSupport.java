package io.camelzuora.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator per test and an HTTP client already holding a valid token. */
abstract class SimulatorTestSupport {

    protected final ZuoraSimulator zuora = new ZuoraSimulator();
    protected SimHttp http;

    @BeforeEach
    void startSimulator() {
        http = new SimHttp(zuora.start()).authenticate();
    }

    @AfterEach
    void stopSimulator() {
        zuora.close();
    }
}
