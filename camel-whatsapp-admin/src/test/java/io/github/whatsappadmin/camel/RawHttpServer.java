/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.camel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server for tests that need what WireMock will not send: it answers each request with the exact
 * bytes a test gives (a negative Content-Length, a body cut short, bad chunking), or stays silent. Keep-alive: it
 * reads the next request on the same connection unless told to close after answering. It counts the connections it
 * accepted and records every request head.
 */
public final class RawHttpServer implements AutoCloseable {

    /** How a test waits for requests to arrive; a guard against a hang, not a timing. */
    private static final long HANG_GUARD_SECONDS = 10;

    private final ServerSocket server;
    private final Function<String, byte[]> answer;
    private final boolean closeAfterAnswer;
    private final byte[] onConnect;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final Semaphore requests = new Semaphore(0);
    private final AtomicInteger connections = new AtomicInteger();
    private final Semaphore closed = new Semaphore(0);
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private RawHttpServer(Function<String, byte[]> answer, boolean closeAfterAnswer, byte[] onConnect)
            throws IOException {
        this.answer = answer;
        this.closeAfterAnswer = closeAfterAnswer;
        this.onConnect = onConnect;
        server = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every request with the bytes {@code answer} gives for its head; {@code null} means stay silent. */
    public static RawHttpServer answering(Function<String, byte[]> answer) throws IOException {
        return new RawHttpServer(answer, false, null);
    }

    /** Answers every request with {@code bytes}, then closes the connection. */
    public static RawHttpServer answeringThenClosing(String bytes) throws IOException {
        return new RawHttpServer(head -> bytes.getBytes(StandardCharsets.ISO_8859_1), true, null);
    }

    /** Accepts connections, reads requests and never answers. */
    public static RawHttpServer silent() throws IOException {
        return new RawHttpServer(head -> null, false, null);
    }

    /** Writes {@code bytes} as soon as a connection opens, before reading anything, then closes it. */
    public static RawHttpServer writingOnConnect(String bytes) throws IOException {
        return new RawHttpServer(head -> null, true, bytes.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A complete JSON answer. */
    public static byte[] json(int status, String reason, String body) {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + json.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(json);
        return out.toByteArray();
    }

    public int port() {
        return server.getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int connectionsAccepted() {
        return connections.get();
    }

    public List<String> heads() {
        return List.copyOf(heads);
    }

    /** Waits until {@code count} more requests have arrived (their heads read). */
    public boolean awaitRequests(int count) throws InterruptedException {
        return requests.tryAcquire(count, HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code count} more connections have ended (closed by the client, or by this server). */
    public boolean awaitClosedConnections(int count) throws InterruptedException {
        return closed.tryAcquire(count, HANG_GUARD_SECONDS, TimeUnit.SECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                Thread t = new Thread(() -> serve(socket), "raw-http-server-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            serveUntilClosed(socket);
        } catch (IOException e) {
            // the client or close() ended the connection
        } finally {
            closed.release();
        }
    }

    private void serveUntilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        if (onConnect != null) {
            out.write(onConnect);
            out.flush();
            return;
        }
        String head;
        while ((head = RecordingProxy.readHead(in)) != null) {
            in.readNBytes(contentLength(head));
            heads.add(head);
            requests.release();
            byte[] bytes = answer.apply(head);
            if (bytes == null) {
                // silent: hold the connection until the client or close() ends it
                while (in.read() >= 0) {
                    // discard
                }
                return;
            }
            out.write(bytes);
            out.flush();
            if (closeAfterAnswer) {
                return;
            }
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
