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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP proxy for tests: forwards plain HTTP requests and tunnels HTTPS with CONNECT, optionally asks for Basic
 * credentials, and records the request heads it received and every byte it passed upstream. Its own answers (the 407,
 * the CONNECT's 200) can carry extra headers, as a proxy echoing the request would.
 */
final class RecordingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String requiredAuthorization;
    private final String ownAnswerHeaders;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream passedUpstream = new ByteArrayOutputStream();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    RecordingProxy(String requiredAuthorization) throws IOException {
        this(requiredAuthorization, "");
    }

    /** {@code ownAnswerHeaders}: header lines, each ending with CRLF, added to the answers the proxy gives itself. */
    RecordingProxy(String requiredAuthorization, String ownAnswerHeaders) throws IOException {
        this.requiredAuthorization = requiredAuthorization;
        this.ownAnswerHeaders = ownAnswerHeaders;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The request heads (request line and headers) the proxy received, in order. */
    List<String> heads() {
        return List.copyOf(heads);
    }

    /** Everything the proxy sent on to the server, as text. */
    String passedUpstream() {
        synchronized (passedUpstream) {
            return passedUpstream.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                Thread t = new Thread(() -> handle(client), "recording-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            heads.add(head);
            if (requiredAuthorization != null && !head.contains("Proxy-Authorization: " + requiredAuthorization)
                && !head.contains("proxy-authorization: " + requiredAuthorization)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                           + ownAnswerHeaders + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
            if (requestLine[0].equals("CONNECT")) {
                String[] hostPort = requestLine[1].split(":");
                try (Socket upstream = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
                    sockets.add(upstream);
                    out.write(("HTTP/1.1 200 Connection established\r\n" + ownAnswerHeaders + "\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    pipe(in, out, upstream);
                }
            } else {
                URI target = URI.create(requestLine[1]);
                try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                    sockets.add(upstream);
                    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
                    record(headBytes, headBytes.length);
                    upstream.getOutputStream().write(headBytes);
                    pipe(in, out, upstream);
                }
            }
        } catch (IOException e) {
            // a test closed a connection: nothing to record
        }
    }

    private void pipe(InputStream clientIn, OutputStream clientOut, Socket upstream) throws IOException {
        Thread back = new Thread(() -> {
            try {
                upstream.getInputStream().transferTo(clientOut);
            } catch (IOException e) {
                // closed
            }
        }, "recording-proxy-back");
        back.setDaemon(true);
        back.start();
        byte[] buffer = new byte[8192];
        OutputStream upstreamOut = upstream.getOutputStream();
        int n;
        while ((n = clientIn.read(buffer)) >= 0) {
            record(buffer, n);
            upstreamOut.write(buffer, 0, n);
            upstreamOut.flush();
        }
    }

    private void record(byte[] bytes, int length) {
        synchronized (passedUpstream) {
            passedUpstream.write(bytes, 0, length);
        }
    }

    /** Reads an HTTP head up to and including the blank line; {@code null} at end of stream. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
