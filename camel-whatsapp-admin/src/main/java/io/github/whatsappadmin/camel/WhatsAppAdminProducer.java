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

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.internal.AuditLog;
import io.github.whatsappadmin.camel.internal.ErrorClassifier;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader.Answer;
import io.github.whatsappadmin.camel.internal.GraphRequest;
import io.github.whatsappadmin.camel.internal.GraphResponse;
import io.github.whatsappadmin.camel.internal.GraphTransport;
import io.github.whatsappadmin.camel.internal.HttpClientKey;
import io.github.whatsappadmin.camel.internal.InputValidator;
import io.github.whatsappadmin.camel.internal.ProductVersion;
import io.github.whatsappadmin.camel.internal.Redactor;
import io.github.whatsappadmin.camel.internal.TransportFailure;
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
    private GraphTransport transport;
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
        transport = endpoint.getComponent().getClientPool().acquire(clientKey);
    }

    @Override
    protected void doStop() throws Exception {
        if (transport != null) {
            endpoint.getComponent().getClientPool().release(clientKey);
            transport = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long started = System.nanoTime();
        String phoneNumberId = null;
        GraphRequest request;
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
            audit(phoneNumberId, "error", null, null, null, started);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        send(exchange, callback, phoneNumberId, request, new Redactor(token, proxyAuthorization), started);
        return false;
    }

    private String phoneNumberId(Exchange exchange) {
        String header = InputValidator.headerText(exchange.getMessage(), WhatsAppAdminConstants.PHONE_NUMBER_ID,
                "phoneNumberId", operation);
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
                                                                           + e.getClass().getName()
                                                                           + "); nothing was sent. Fix the provider or its token"
                                                                           + " source.",
                    operation, phoneNumberId, e);
        }
        return InputValidator.token(token, "the accessTokenProvider", operation, phoneNumberId);
    }

    private GraphRequest request(String phoneNumberId, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
        headers.put("User-Agent", userAgent);
        if (proxyAuthorization != null) {
            headers.put("Proxy-Authorization", proxyAuthorization);
        }
        return new GraphRequest("POST", urlPrefix + phoneNumberId + "/" + endpoint.getOperation().pathSegment(),
                headers, "{}".getBytes(StandardCharsets.UTF_8));
    }

    private void send(Exchange exchange, AsyncCallback callback, String phoneNumberId, GraphRequest request,
                      Redactor redactor, long started) {
        transport.send(request, config.getRequestTimeout(), new GraphTransport.Callback() {
            @Override
            public void completed(GraphResponse response) {
                try {
                    answer(exchange, phoneNumberId, response, redactor, started);
                } catch (RuntimeException e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            }

            @Override
            public void failed(TransportFailure failure) {
                try {
                    fail(exchange, ErrorClassifier.connectionFailure(failure, operation, phoneNumberId, true,
                            config.getConnectTimeout(), config.getRequestTimeout(), config.getBaseUrl(), redactor),
                            started);
                } catch (RuntimeException e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            }
        });
    }

    private void answer(Exchange exchange, String phoneNumberId, GraphResponse response,
                        Redactor redactor, long started) {
        Answer answer = GraphAnswerReader.read(response, operation, phoneNumberId, redactor);
        Message message = exchange.getMessage();
        message.setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, phoneNumberId);
        message.setHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, answer.status());
        setOrRemove(message, WhatsAppAdminConstants.FB_TRACE_ID, answer.fbTraceId());
        setOrRemove(message, WhatsAppAdminConstants.USAGE, answer.usage());
        if (answer.json() != null && BooleanNode.TRUE.equals(answer.json().get("success"))) {
            message.setBody(new DeregisterResponse(true));
            audit(phoneNumberId, "success", answer.status(), null, answer.fbTraceId(), started);
            return;
        }
        WhatsAppGraphException failure = answer.failure() != null ? answer.failure()
                : GraphAnswerReader.unexpected(response, operation, phoneNumberId, redactor, "{\"success\": true}");
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
