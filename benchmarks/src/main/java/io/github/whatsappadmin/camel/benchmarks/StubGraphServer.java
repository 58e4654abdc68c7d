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
package io.github.whatsappadmin.camel.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for Graph's {@code POST /{version}/{id}/deregister} that costs as little as possible: one NIO thread reads
 * requests and writes a fixed {@code {"success":true}} answer on keep-alive HTTP/1.1 connections. It counts the
 * connections it accepts, checks that each request carries the expected method, path and bearer token (a wrong one gets
 * a Graph-shaped 401 or 404, so a contender that sends something else fails loudly), and can answer after a fixed
 * latency: the answer is queued by a scheduler thread and written by the NIO thread, so no thread waits per delayed
 * request.
 */
final class StubGraphServer implements AutoCloseable {

    private static final byte[] SUCCESS = response("200 OK", "{\"success\":true}");
    private static final byte[] UNAUTHORIZED = response("401 Unauthorized",
            "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190,"
                                                                            + "\"fbtrace_id\":\"BenchTrace\"}}");
    private static final byte[] NOT_FOUND = response("404 Not Found",
            "{\"error\":{\"message\":\"Unknown path\",\"type\":\"GraphMethodException\",\"code\":100,"
                                                                      + "\"fbtrace_id\":\"BenchTrace\"}}");

    private final String expectedAuthorization;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread ioThread;
    private final ScheduledThreadPoolExecutor delayer;
    private final Thread delayerThread;
    private final Queue<Connection> due = new ConcurrentLinkedQueue<>();
    private final AtomicLong connectionsAccepted = new AtomicLong();
    private final AtomicLong requestsAnswered = new AtomicLong();
    private final AtomicLong requestsRejected = new AtomicLong();
    private volatile long latencyMillis;

    StubGraphServer(String accessToken) throws IOException {
        this.expectedAuthorization = "Bearer " + accessToken;
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.configureBlocking(false);
        selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        Thread[] created = new Thread[1];
        delayer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "stub-graph-delayer");
            t.setDaemon(true);
            created[0] = t;
            return t;
        });
        delayer.prestartAllCoreThreads();
        delayerThread = created[0];
        ioThread = new Thread(this::loop, "stub-graph-io");
        ioThread.setDaemon(true);
        ioThread.start();
    }

    String baseUrl() throws IOException {
        InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
        return "http://127.0.0.1:" + address.getPort();
    }

    /** How long each answer waits before it is written; 0 answers at once. */
    void setLatencyMillis(long latencyMillis) {
        this.latencyMillis = latencyMillis;
    }

    long connectionsAccepted() {
        return connectionsAccepted.get();
    }

    long requestsAnswered() {
        return requestsAnswered.get();
    }

    long requestsRejected() {
        return requestsRejected.get();
    }

    /** The stub's own threads, whose CPU time and allocations are not the contenders' cost. */
    Set<Long> threadIds() {
        return Set.of(ioThread.getId(), delayerThread.getId());
    }

    @Override
    public void close() throws IOException {
        delayer.shutdownNow();
        selector.close();
        server.close();
    }

    private void loop() {
        try {
            while (selector.isOpen()) {
                selector.select();
                writeDueAnswers();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isAcceptable()) {
                            accept();
                        } else {
                            Connection c = (Connection) key.attachment();
                            if (key.isReadable()) {
                                c.read();
                            }
                            if (key.isValid() && key.isWritable()) {
                                c.flush();
                            }
                        }
                    } catch (IOException e) {
                        if (key.attachment() instanceof Connection c) {
                            c.close();
                        }
                    }
                }
            }
        } catch (ClosedSelectorException | IOException e) {
            // closed: the run is over
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            connectionsAccepted.incrementAndGet();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Connection c = new Connection(channel);
            c.key = channel.register(selector, SelectionKey.OP_READ, c);
        }
    }

    private void writeDueAnswers() {
        Connection c;
        while ((c = due.poll()) != null) {
            if (c.channel.isOpen()) {
                c.send(SUCCESS);
            }
        }
    }

    private void answer(Connection c, byte[] answer) {
        long latency = latencyMillis;
        if (answer != SUCCESS || latency <= 0) {
            c.send(answer);
            return;
        }
        delayer.schedule(() -> {
            due.add(c);
            selector.wakeup();
        }, latency, TimeUnit.MILLISECONDS);
    }

    private static byte[] response(String status, String body) {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\n"
                      + "Content-Type: application/json; charset=UTF-8\r\n"
                      + "x-fb-trace-id: BenchTrace\r\n"
                      + "Content-Length: " + json.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + json.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(json, 0, all, h.length, json.length);
        return all;
    }

    /** One keep-alive connection: a growable input buffer and the answers not yet written. */
    private final class Connection {

        final SocketChannel channel;
        SelectionKey key;
        ByteBuffer in = ByteBuffer.allocate(8 * 1024);
        final Queue<ByteBuffer> out = new ConcurrentLinkedQueue<>();

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void read() throws IOException {
            int n = channel.read(in);
            if (n < 0) {
                close();
                return;
            }
            if (!in.hasRemaining()) {
                ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
                in.flip();
                bigger.put(in);
                in = bigger;
            }
            int consumed;
            while ((consumed = parseOne()) > 0) {
                in.flip();
                in.position(consumed);
                in.compact();
            }
        }

        /** Answers one complete request at the start of the buffer; returns its length, or 0 when incomplete. */
        private int parseOne() {
            byte[] b = in.array();
            int limit = in.position();
            int headerEnd = indexOf(b, 0, limit);
            if (headerEnd < 0) {
                return 0;
            }
            String head = new String(b, 0, headerEnd, StandardCharsets.ISO_8859_1);
            int bodyStart = headerEnd + 4;
            long contentLength = 0;
            boolean chunked = false;
            boolean authorized = false;
            int lineEnd = head.indexOf("\r\n");
            String requestLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
            int pos = lineEnd < 0 ? head.length() : lineEnd + 2;
            while (pos < head.length()) {
                int end = head.indexOf("\r\n", pos);
                if (end < 0) {
                    end = head.length();
                }
                int colon = head.indexOf(':', pos);
                if (colon > pos && colon < end) {
                    String name = head.substring(pos, colon).trim();
                    String value = head.substring(colon + 1, end).trim();
                    if (name.equalsIgnoreCase("content-length")) {
                        contentLength = Long.parseLong(value);
                    } else if (name.equalsIgnoreCase("transfer-encoding")) {
                        chunked = value.toLowerCase().contains("chunked");
                    } else if (name.equalsIgnoreCase("authorization")) {
                        authorized = value.equals(expectedAuthorization);
                    }
                }
                pos = end + 2;
            }
            int requestEnd;
            if (chunked) {
                requestEnd = chunkedEnd(b, bodyStart, limit);
                if (requestEnd < 0) {
                    return 0;
                }
            } else {
                if (limit - bodyStart < contentLength) {
                    return 0;
                }
                requestEnd = bodyStart + (int) contentLength;
            }
            byte[] answer;
            if (!isDeregister(requestLine)) {
                answer = NOT_FOUND;
            } else if (!authorized) {
                answer = UNAUTHORIZED;
            } else {
                answer = SUCCESS;
            }
            if (answer == SUCCESS) {
                requestsAnswered.incrementAndGet();
            } else {
                requestsRejected.incrementAndGet();
            }
            answer(this, answer);
            return requestEnd;
        }

        /** Queues an answer; called on the NIO thread only. */
        void send(byte[] answer) {
            out.add(ByteBuffer.wrap(answer));
            try {
                flush();
            } catch (IOException e) {
                close();
            }
        }

        void flush() throws IOException {
            ByteBuffer head;
            while ((head = out.peek()) != null) {
                channel.write(head);
                if (head.hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                    return;
                }
                out.poll();
            }
            if (key.isValid()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    private static boolean isDeregister(String requestLine) {
        // POST /v23.0/<digits>/deregister HTTP/1.1
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[0].equals("POST")) {
            return false;
        }
        String[] path = parts[1].split("/");
        return path.length == 4 && path[1].matches("v\\d+\\.\\d+") && path[2].matches("\\d+")
               && path[3].equals("deregister");
    }

    private static int indexOf(byte[] b, int from, int limit) {
        for (int i = from; i + 3 < limit; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The end of a chunked body starting at {@code pos} (no trailers), or -1 when it is not all here yet. */
    private static int chunkedEnd(byte[] b, int pos, int limit) {
        while (true) {
            int lineEnd = -1;
            for (int i = pos; i + 1 < limit; i++) {
                if (b[i] == '\r' && b[i + 1] == '\n') {
                    lineEnd = i;
                    break;
                }
            }
            if (lineEnd < 0) {
                return -1;
            }
            String sizeText = new String(b, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
            int next = lineEnd + 2 + size + 2;
            if (next > limit) {
                return -1;
            }
            if (size == 0) {
                return next;
            }
            pos = next;
        }
    }
}
