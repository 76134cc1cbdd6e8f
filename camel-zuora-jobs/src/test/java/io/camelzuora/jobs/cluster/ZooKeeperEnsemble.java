package io.camelzuora.jobs.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.component.zookeeper.ZooKeeperCuratorConfiguration;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.ExponentialBackoffRetry;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingCluster;

/**
 * A three-server ZooKeeper ensemble in this JVM, and the ZooKeeper clients of the nodes that use it. Its nine ports are
 * taken at once: Curator's own choice, one free port at a time, can hand the same port out twice on a busy machine.
 */
final class ZooKeeperEnsemble implements AutoCloseable {

    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(8);

    private final List<InstanceSpec> servers = new ArrayList<>();
    private final TestingCluster cluster;
    private final List<CuratorFramework> clients = new ArrayList<>();

    ZooKeeperEnsemble() throws Exception {
        List<Integer> ports = freePorts(9);
        for (int server = 0; server < 3; server++) {
            servers.add(new InstanceSpec(
                    null, ports.get(3 * server), ports.get(3 * server + 1), ports.get(3 * server + 2),
                    true, server + 1));
        }
        cluster = new TestingCluster(servers);
        cluster.start();
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

    List<InstanceSpec> servers() {
        return servers;
    }

    String connectString() {
        return connectString(servers);
    }

    static String connectString(List<InstanceSpec> servers) {
        return servers.stream().map(InstanceSpec::getConnectString).collect(Collectors.joining(","));
    }

    /** The server that leads the ensemble, or {@code null} while there is none. */
    InstanceSpec leadingServer() {
        for (InstanceSpec server : servers) {
            if (isLeading(server)) {
                return server;
            }
        }
        return null;
    }

    /** Whether the server leads the ensemble, as its {@code srvr} command tells; not while it is down. */
    private static boolean isLeading(InstanceSpec server) {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("srvr".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).contains("Mode: leader");
        } catch (IOException down) {
            return false;
        }
    }

    void kill(InstanceSpec server) throws Exception {
        cluster.killServer(server);
    }

    void restart(InstanceSpec server) throws Exception {
        cluster.restartServer(server);
    }

    /**
     * The cluster service of a node, on a client of the test's own (so that a test can expire its session) configured
     * as the service would configure its own from {@code nodes} and {@code sessionTimeout}.
     */
    ZooKeeperClusterService clusterService(String id, String connectString) {
        CuratorFramework client = client(connectString);
        ZooKeeperClusterService service = new ZooKeeperClusterService(new ZooKeeperCuratorConfiguration());
        service.setId(id);
        service.setCuratorFramework(client);
        service.setBasePath("/camel/zuora-jobs");
        return service;
    }

    CuratorFramework client(String connectString) {
        CuratorFramework client = CuratorFrameworkFactory.builder().connectString(connectString)
                .sessionTimeoutMs((int) SESSION_TIMEOUT.toMillis()).connectionTimeoutMs(2000)
                .retryPolicy(new ExponentialBackoffRetry(100, 10, 1000)).build();
        client.start();
        clients.add(client);
        return client;
    }

    /** Closes the clients and the servers: stop the nodes that use them first. */
    @Override
    public void close() throws IOException {
        clients.forEach(CuratorFramework::close);
        cluster.close();
    }
}
