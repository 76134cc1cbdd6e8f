package io.camelzuora.examples.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the embedded simulator on a free port, so that tests do not collide with a running example, and 4 times faster
 * than the wall clock.
 */
public class FastSimulatorOnFreePort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return Map.of("zuora.simulator.port", String.valueOf(socket.getLocalPort()), "zuora.simulator.speed", "4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
