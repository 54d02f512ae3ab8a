package com.acme.grid.transport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Receives cluster messages (heartbeats, task assignments) from peer nodes. */
public class MessageListener implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MessageListener.class.getName());

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Consumer<ClusterMessage> sink;
    private volatile boolean running = true;

    public MessageListener(int port, Consumer<ClusterMessage> sink) throws IOException {
        this.server = new ServerSocket(port);
        this.sink = sink;
    }

    public void start() {
        pool.submit(() -> {
            while (running) {
                try {
                    Socket peer = server.accept();
                    pool.submit(() -> serve(peer));
                } catch (IOException e) {
                    if (running) LOG.log(Level.WARNING, "accept failed", e);
                }
            }
        });
    }

    private void serve(Socket peer) {
        try (peer; ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(peer.getInputStream()))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "com.acme.grid.transport.*;java.lang.*;java.util.*;maxdepth=10;maxbytes=1048576;!*"));
            while (running) {
                Object msg = in.readObject();
                if (msg instanceof ClusterMessage cm) {
                    sink.accept(cm);
                } else {
                    LOG.warning("ignoring " + msg.getClass().getName() + " from " + peer.getRemoteSocketAddress());
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            LOG.log(Level.FINE, "peer " + peer.getRemoteSocketAddress() + " disconnected", e);
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        pool.shutdownNow();
    }
}
