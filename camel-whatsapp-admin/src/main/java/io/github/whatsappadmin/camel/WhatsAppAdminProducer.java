package io.github.whatsappadmin.camel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.internal.AuditLog;
import io.github.whatsappadmin.camel.internal.BoundedBody;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader.Answer;
import io.github.whatsappadmin.camel.internal.HttpClientKey;
import io.github.whatsappadmin.camel.internal.InputValidator;
import io.github.whatsappadmin.camel.internal.ProductVersion;
import io.github.whatsappadmin.camel.internal.Redactor;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one Graph request per exchange, without blocking a thread while it is in flight, and completes the exchange
 * exactly once on every path (success, Graph error, no answer, timeout) within {@code requestTimeout}. It never
 * retries: the route decides, from the exception's {@code isRetryable()} and {@code getRetryAfter()}.
 */
public class WhatsAppAdminProducer extends DefaultAsyncProducer {

    private final WhatsAppAdminEndpoint endpoint;
    private final WhatsAppAdminConfiguration config;
    private final String operation;
    private HttpClientKey clientKey;
    private HttpClient client;
    private ScheduledExecutorService timeoutScheduler;
    private String urlPrefix;
    private String userAgent;
    private String proxyAuthorization;

    public WhatsAppAdminProducer(WhatsAppAdminEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.operation = endpoint.getOperation().name();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String base = config.getBaseUrl();
        urlPrefix = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + config.getApiVersion()
                    + "/";
        userAgent = config.getUserAgent() != null ? config.getUserAgent() : ProductVersion.DEFAULT_USER_AGENT;
        proxyAuthorization = config.getProxyUsername() == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(
                        (config.getProxyUsername() + ":" + config.getProxyPassword()).getBytes(StandardCharsets.UTF_8));
        clientKey = HttpClientKey.of(config);
        client = endpoint.getComponent().getClientPool().acquire(clientKey);
        timeoutScheduler = endpoint.getComponent().getTimeoutScheduler();
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            endpoint.getComponent().getClientPool().release(clientKey);
            client = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long started = System.nanoTime();
        String phoneNumberId = null;
        HttpRequest request;
        String token;
        try {
            phoneNumberId = phoneNumberId(exchange);
            token = token(phoneNumberId);
            request = request(phoneNumberId, token);
        } catch (WhatsAppAdminException e) {
            audit(phoneNumberId, e.getCategory(), null, null, null, started);
            exchange.setException(e);
            callback.done(true);
            return true;
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        send(exchange, callback, phoneNumberId, request, new Redactor(token, proxyAuthorization), started);
        return false;
    }

    private String phoneNumberId(Exchange exchange) {
        String header = exchange.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, String.class);
        if (header != null) {
            return InputValidator.phoneNumberId(header, "header " + WhatsAppAdminConstants.PHONE_NUMBER_ID, operation);
        }
        return InputValidator.phoneNumberId(config.getPhoneNumberId(), "option phoneNumberId", operation);
    }

    private String token(String phoneNumberId) {
        WhatsAppAccessTokenProvider provider = config.getAccessTokenProvider();
        if (provider == null) {
            return InputValidator.token(config.getAccessToken(), "option accessToken", operation, phoneNumberId);
        }
        String token;
        try {
            token = provider.getAccessToken(phoneNumberId);
        } catch (Exception e) {
            throw new WhatsAppInvalidInputException("accessTokenProvider",
                    "The accessTokenProvider failed to give a token for phone number " + phoneNumberId + " ("
                                                                           + e.getClass().getName() + "); nothing was sent. Fix the provider or its token"
                                                                           + " source.",
                    operation, phoneNumberId, e);
        }
        return InputValidator.token(token, "the accessTokenProvider", operation, phoneNumberId);
    }

    private HttpRequest request(String phoneNumberId, String token) {
        URI uri = URI.create(urlPrefix + phoneNumberId + "/" + endpoint.getOperation().pathSegment());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(config.getRequestTimeout()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // no h2c upgrade dance with plain-HTTP servers (simulators, gateways)
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (proxyAuthorization != null) {
            builder.header("Proxy-Authorization", proxyAuthorization);
        }
        return builder.build();
    }

    private void send(Exchange exchange, AsyncCallback callback, String phoneNumberId, HttpRequest request,
                      Redactor redactor, long started) {
        AtomicBoolean completed = new AtomicBoolean();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        // The request timeout of the JDK client ends at the response headers; this deadline covers the body too.
        // It is armed before sending, so that nothing can fail after the request has left.
        ScheduledFuture<?> deadline;
        try {
            deadline = timeoutScheduler.schedule(() -> {
                if (completed.compareAndSet(false, true)) {
                    CompletableFuture<?> call = inFlight.get();
                    if (call != null) {
                        call.cancel(true);
                    }
                    fail(exchange, new WhatsAppConnectionException(
                            failurePrefix(phoneNumberId) + "no complete answer within requestTimeout "
                                                                   + config.getRequestTimeout() + " ms [" + config.getBaseUrl() + "]",
                            operation, phoneNumberId, null), started);
                    callback.done(false);
                }
            }, config.getRequestTimeout(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the component is stopping: nothing was sent
            fail(exchange, connectionFailure(phoneNumberId, e), started);
            callback.done(false);
            return;
        }

        CompletableFuture<HttpResponse<BoundedBody>> future;
        try {
            future = client.sendAsync(request, BoundedBody.handler(BoundedBody.READ_LIMIT));
        } catch (RuntimeException e) {
            deadline.cancel(false);
            if (completed.compareAndSet(false, true)) {
                fail(exchange, connectionFailure(phoneNumberId, e), started);
                callback.done(false);
            }
            return;
        }
        inFlight.set(future);
        if (completed.get()) {
            // the deadline fired while the request was being handed over
            future.cancel(true);
            return;
        }

        future.whenComplete((response, error) -> {
            if (!completed.compareAndSet(false, true)) {
                return;
            }
            deadline.cancel(false);
            try {
                if (error != null) {
                    fail(exchange, connectionFailure(phoneNumberId, error), started);
                } else {
                    answer(exchange, phoneNumberId, response, redactor, started);
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
    }

    private void answer(Exchange exchange, String phoneNumberId, HttpResponse<BoundedBody> response,
                        Redactor redactor, long started) {
        Answer answer = GraphAnswerReader.read(response, operation, phoneNumberId, redactor);
        Message message = exchange.getMessage();
        message.setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, phoneNumberId);
        message.setHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, answer.status());
        setOrRemove(message, WhatsAppAdminConstants.FB_TRACE_ID, answer.fbTraceId());
        setOrRemove(message, WhatsAppAdminConstants.USAGE, answer.usage());
        if (answer.success()) {
            message.setBody(new DeregisterResponse(true));
            audit(phoneNumberId, "success", answer.status(), null, answer.fbTraceId(), started);
            return;
        }
        WhatsAppGraphException failure = answer.failure();
        audit(phoneNumberId, failure.getCategory(), answer.status(), failure.getCode(), failure.getFbtraceId(),
                started);
        if (config.isThrowExceptionOnFailure()) {
            exchange.setException(failure);
        } else {
            message.setBody(failure.getError());
        }
    }

    private void fail(Exchange exchange, WhatsAppConnectionException failure, long started) {
        audit(failure.getPhoneNumberId(), failure.getCategory(), null, null, null, started);
        exchange.setException(failure);
    }

    private WhatsAppConnectionException connectionFailure(String phoneNumberId, Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
               && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String why;
        if (cause instanceof HttpConnectTimeoutException) {
            why = "no connection within connectTimeout " + config.getConnectTimeout() + " ms";
        } else if (cause instanceof HttpTimeoutException) {
            why = "no answer within requestTimeout " + config.getRequestTimeout() + " ms";
        } else if (cause instanceof ConnectException) {
            why = "connection refused";
        } else if (cause instanceof SSLException) {
            why = "TLS failure (" + cause.getMessage() + ")";
        } else if (cause instanceof IOException) {
            why = "connection failed (" + cause.getClass().getSimpleName()
                  + (cause.getMessage() != null ? ": " + cause.getMessage() : "") + ")";
        } else {
            why = "the call could not be made (" + cause.getClass().getSimpleName() + ")";
        }
        return new WhatsAppConnectionException(
                failurePrefix(phoneNumberId) + why + " [" + config.getBaseUrl() + "]", operation, phoneNumberId,
                cause);
    }

    private String failurePrefix(String phoneNumberId) {
        return operation + " of phone number " + phoneNumberId + " failed: ";
    }

    private void audit(String phoneNumberId, String outcome, Integer status, Integer code, String fbtraceId,
                       long started) {
        AuditLog.attempt(operation, phoneNumberId, outcome, status, code, fbtraceId,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        } else {
            message.removeHeader(name);
        }
    }
}
