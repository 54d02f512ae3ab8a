package com.example.cluster;

import java.io.ObjectInputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

public class EventListener implements Runnable {
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
