package com.example.cluster;

import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

public class EventListener implements Runnable {
    private static final ObjectInputFilter ONLY_EVENTS = ObjectInputFilter.Config.createFilter(
            "com.example.cluster.ClusterEvent;java.lang.String;java.time.Instant;maxdepth=5;maxbytes=65536;!*");
    private final int port;
    private final Consumer<ClusterEvent> sink;

    public EventListener(int port, Consumer<ClusterEvent> sink) {
        this.port = port;
        this.sink = sink;
    }

    @Override
    public void run() {
        try (ServerSocket server = new ServerSocket(port)) {
            while (!Thread.currentThread().isInterrupted()) {
                try (Socket peer = server.accept();
                        ObjectInputStream in = new ObjectInputStream(peer.getInputStream())) {
                    in.setObjectInputFilter(ONLY_EVENTS);
                    sink.accept((ClusterEvent) in.readObject());
                } catch (Exception e) {
                    System.err.println("dropped event: " + e.getMessage());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
