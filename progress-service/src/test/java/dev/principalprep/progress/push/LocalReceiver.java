package dev.principalprep.progress.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A receiver on 127.0.0.1 for pushes: records every request (headers with lower-case names, body, the status it
 * answered) and answers what its policy says for each request.
 */
public final class LocalReceiver implements AutoCloseable {

    /** One request as received, with the status it was answered. */
    public record Received(Map<String, String> headers, String body, int status) {

        public boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Integer> policy;

    /** {@code policy} gets each request (status 0) and the ones received before it, and returns the status to answer. */
    public LocalReceiver(Function<Received, Integer> policy) {
        this.policy = policy;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            headers.put(":path", exchange.getRequestURI().getPath());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                status = this.policy.apply(new Received(headers, body, 0));
                received.add(new Received(headers, body, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(Function<Received, Integer> newPolicy) {
        this.policy = newPolicy;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
