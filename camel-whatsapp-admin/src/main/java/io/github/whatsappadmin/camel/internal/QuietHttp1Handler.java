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
package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.impl.nio.ClientHttp1IOEventHandler;
import org.apache.hc.core5.http.impl.nio.ClientHttp1StreamDuplexer;
import org.apache.hc.core5.reactor.IOSession;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpCore's HTTP/1.1 client handler, but a failure caused by what the server sent no longer quotes it. HttpCore puts
 * the offending status line, header, header value or chunk header in its messages ({@code Invalid header: <...>}),
 * as HttpClient does the status line of an unexpected answer to CONNECT, and HttpClient logs those messages at DEBUG
 * before the component can redact them: an echoed token would be printed. Here the message keeps its description
 * and loses the quote, before any exchange hears of the failure.
 */
final class QuietHttp1Handler extends ClientHttp1IOEventHandler {

    private final ClientHttp1StreamDuplexer duplexer;

    QuietHttp1Handler(ClientHttp1StreamDuplexer duplexer) {
        super(duplexer);
        this.duplexer = duplexer;
    }

    @Override
    public void connected(IOSession session) throws IOException {
        unquotingFailures(() -> duplexer.onConnect());
    }

    @Override
    public void inputReady(IOSession session, ByteBuffer src) throws IOException {
        unquotingFailures(() -> duplexer.onInput(src));
    }

    @Override
    public void outputReady(IOSession session) throws IOException {
        unquotingFailures(() -> duplexer.onOutput());
    }

    @Override
    public void timeout(IOSession session, Timeout timeout) throws IOException {
        unquotingFailures(() -> duplexer.onTimeout(timeout));
    }

    /** Runs one of the duplexer's steps; a protocol failure it throws reaches the duplexer without its quote. */
    private void unquotingFailures(DuplexerStep step) throws IOException {
        try {
            step.run();
        } catch (HttpException e) {
            duplexer.onException(unquoted(e));
        }
    }

    private interface DuplexerStep {
        void run() throws HttpException, IOException;
    }

    /** The I/O failures of a read land here; a chunk header or a trailer the server sent may be quoted in them. */
    @Override
    public void exception(IOSession session, Exception cause) {
        duplexer.onException(unquoted(cause));
    }

    static Exception unquoted(Exception e) {
        if (e instanceof ProtocolException) {
            return new ProtocolException(description(e.getMessage()));
        }
        if (e instanceof HttpException) {
            return new HttpException(description(e.getMessage()));
        }
        if (e instanceof MalformedChunkCodingException) {
            return new MalformedChunkCodingException(description(e.getMessage()));
        }
        if (e.getCause() instanceof ParseException trailer) {
            // a trailer that does not parse, wrapped as it is by HttpCore's chunk decoder
            return new MalformedChunkCodingException(description(trailer.getMessage()));
        }
        return e;
    }

    /** The message up to its first colon: HttpCore and HttpClient quote what they received after it. */
    private static String description(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }
}
