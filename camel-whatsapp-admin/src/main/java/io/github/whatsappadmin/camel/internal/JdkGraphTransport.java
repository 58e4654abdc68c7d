package io.github.whatsappadmin.camel.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

/** {@link GraphTransport} on the JDK's {@code java.net.http} client, with its own deadline for the whole call. */
final class JdkGraphTransport implements GraphTransport {

    private final HttpClient client;
    private final ScheduledExecutorService timeoutScheduler;

    JdkGraphTransport(HttpClient client, ScheduledExecutorService timeoutScheduler) {
        this.client = client;
        this.timeoutScheduler = timeoutScheduler;
    }

    HttpClient client() {
        return client;
    }

    @Override
    public void send(GraphRequest graphRequest, long timeoutMillis, Callback callback) {
        AtomicBoolean completed = new AtomicBoolean();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        HttpRequest request;
        try {
            request = request(graphRequest, timeoutMillis);
        } catch (RuntimeException e) {
            callback.failed(new TransportFailure(TransportFailure.Kind.OTHER, false, e.getClass().getSimpleName(), e));
            return;
        }
        ScheduledFuture<?> deadline;
        try {
            deadline = timeoutScheduler.schedule(() -> {
                if (completed.compareAndSet(false, true)) {
                    CompletableFuture<?> call = inFlight.get();
                    if (call != null) {
                        call.cancel(true);
                    }
                    callback.failed(new TransportFailure(TransportFailure.Kind.TIMEOUT, true, null, null));
                }
            }, timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            callback.failed(new TransportFailure(TransportFailure.Kind.STOPPED, false, null, e));
            return;
        }
        CompletableFuture<HttpResponse<BoundedBody>> future;
        try {
            future = client.sendAsync(request, BoundedBody.handler(GraphResponse.READ_LIMIT));
        } catch (RuntimeException e) {
            deadline.cancel(false);
            if (completed.compareAndSet(false, true)) {
                callback.failed(failure(e));
            }
            return;
        }
        inFlight.set(future);
        if (completed.get()) {
            future.cancel(true);
            return;
        }
        future.whenComplete((response, error) -> {
            if (!completed.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel(false);
            if (error != null) {
                callback.failed(failure(error));
            } else {
                callback.completed(response(response));
            }
        });
    }

    private static HttpRequest request(GraphRequest graphRequest, long timeoutMillis) {
        URI uri = URI.create(graphRequest.url());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMillis));
        graphRequest.headers().forEach(builder::header);
        builder.method(graphRequest.method(), graphRequest.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(graphRequest.body()));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // no h2c upgrade dance with plain-HTTP servers (simulators, gateways)
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        return builder.build();
    }

    private static GraphResponse response(HttpResponse<BoundedBody> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        BoundedBody body = response.body();
        return new GraphResponse(response.statusCode(), null, headers, body == null ? null : body.bytes(),
                body != null && body.truncated());
    }

    private static TransportFailure failure(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
               && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.CONNECT_TIMEOUT, false, null, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.TIMEOUT, true, null, cause);
        }
        if (cause instanceof ConnectException) {
            Throwable root = cause.getCause() != null ? cause.getCause() : cause;
            return new TransportFailure(root instanceof UnknownHostException ? TransportFailure.Kind.UNKNOWN_HOST
                    : TransportFailure.Kind.CONNECTION_REFUSED, false, null, cause);
        }
        if (cause instanceof SSLException) {
            return new TransportFailure(TransportFailure.Kind.TLS_HANDSHAKE, false, cause.getMessage(), cause);
        }
        if (cause instanceof IOException) {
            return new TransportFailure(TransportFailure.Kind.CONNECTION_LOST, true,
                    cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : ""),
                    cause);
        }
        return new TransportFailure(TransportFailure.Kind.OTHER, true, cause.getClass().getSimpleName(), cause);
    }
}
