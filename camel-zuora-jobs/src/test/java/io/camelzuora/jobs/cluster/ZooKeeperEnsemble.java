package io.camelzuora.jobs.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;

/**
 * A three-server ZooKeeper ensemble in this JVM. Its nine ports are taken at once: Curator's own choice, one free port
 * at a time, can hand the same port out twice on a busy machine.
 */
final class ZooKeeperEnsemble {

    private ZooKeeperEnsemble() {
    }

    static TestingCluster start() throws Exception {
        List<Integer> ports = freePorts(9);
        List<InstanceSpec> servers = new ArrayList<>();
        for (int server = 0; server < 3; server++) {
            servers.add(new InstanceSpec(null, ports.get(3 * server), ports.get(3 * server + 1), ports.get(3 * server + 2),
                    true, server + 1));
        }
        TestingCluster ensemble = new TestingCluster(servers);
        ensemble.start();
        return ensemble;
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
