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

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import io.github.whatsappadmin.camel.internal.AuditLog;
import io.github.whatsappadmin.camel.internal.CallContext;
import io.github.whatsappadmin.camel.internal.CallRequest;
import io.github.whatsappadmin.camel.internal.ErrorClassifier;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader;
import io.github.whatsappadmin.camel.internal.GraphAnswerReader.Answer;
import io.github.whatsappadmin.camel.internal.GraphRequest;
import io.github.whatsappadmin.camel.internal.GraphResponse;
import io.github.whatsappadmin.camel.internal.GraphTransport;
import io.github.whatsappadmin.camel.internal.HttpClientKey;
import io.github.whatsappadmin.camel.internal.InputValidator;
import io.github.whatsappadmin.camel.internal.OperationCall;
import io.github.whatsappadmin.camel.internal.OperationInputs;
import io.github.whatsappadmin.camel.internal.ProductVersion;
import io.github.whatsappadmin.camel.internal.QueryString;
import io.github.whatsappadmin.camel.internal.Redactor;
import io.github.whatsappadmin.camel.internal.RegistrationBudgetGuard;
import io.github.whatsappadmin.camel.internal.Step;
import io.github.whatsappadmin.camel.internal.TransportFailure;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs one operation per exchange, the same five steps for every operation: validate (operation, ID, token, the
 * operation's input), build (the operation's request), send (without blocking a thread while it is in flight),
 * classify (Graph's answer or the transport's failure), complete (out body and headers, audit line, exactly one
 * callback, within {@code requestTimeout} per request). What differs between operations is in their
 * {@link OperationCall}. It never retries: the route decides, from the exception's {@code isRetryable()} and
 * {@code getRetryAfter()}.
 */
public class WhatsAppAdminProducer extends DefaultAsyncProducer {

    private final WhatsAppAdminEndpoint endpoint;
    private final WhatsAppAdminConfiguration config;
    private HttpClientKey clientKey;
    private GraphTransport transport;
    private String urlPrefix;
    private String userAgent;
    private RegistrationBudgetGuard budgetGuard;
    private final Redactor.Reuse redactors = new Redactor.Reuse();
    /** The proxy's Basic credentials as they go on the wire: masked in answers like the other secrets. */
    private String proxyAuthorization;

    public WhatsAppAdminProducer(WhatsAppAdminEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
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
        budgetGuard = new RegistrationBudgetGuard(endpoint.getComponent().budgetStore(config),
                config.getRegistrationBudget());
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
        CallContext call;
        CallRequest request;
        try {
            call = validate(exchange);
            request = call.call().request(call);
            guard(call);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        send(call, request, callback);
        return false;
    }

    // ---- the registration budget guard (register, deregister): the input is valid, nothing is sent yet

    private void guard(CallContext call) {
        Message message = call.exchange().getMessage();
        if (!budgetGuard.applies(call)) {
            if (call.call().spendsRegistrationBudget()) {
                message.removeHeader(WhatsAppAdminConstants.BUDGET_REMAINING);
            }
            return;
        }
        Granted attempt;
        try {
            attempt = budgetGuard.acquire(call);
        } catch (WhatsAppRegistrationBudgetException e) {
            message.setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, call.subjectId());
            message.setHeader(WhatsAppAdminConstants.BUDGET_REMAINING, 0);
            audit(call, e.getCategory(), null, null, null);
            throw e;
        } catch (RuntimeException e) {
            audit(call, "registration-budget-store-failure", null, null, null);
            throw e;
        }
        call.budgetAttempt(attempt);
        message.setHeader(WhatsAppAdminConstants.BUDGET_REMAINING, attempt.remaining());
    }

    /** An attempt that surely never reached Graph does not count. */
    private void releaseUnsent(CallContext call) {
        Granted attempt = call.budgetAttempt();
        if (attempt != null) {
            call.budgetAttempt(null);
            budgetGuard.release(attempt, call.operationName());
            call.exchange().getMessage().setHeader(WhatsAppAdminConstants.BUDGET_REMAINING, attempt.remaining() + 1);
        }
    }

    // ---- validate

    /** The call's context, every input checked; throws (audited, before anything is sent) when one is wrong. */
    private CallContext validate(Exchange exchange) {
        Message in = exchange.getMessage();
        WhatsAppAdminOperation operation;
        try {
            operation = operation(in);
        } catch (WhatsAppAdminException e) {
            AuditLog.attempt(endpoint.getOperation().name(), null, e.getCategory(), null, null, null, 0);
            throw e;
        }
        CallContext call = new CallContext(exchange, operation, operation.call());
        try {
            call.subjectId(call.call().subject() == OperationCall.Subject.PHONE_NUMBER
                    ? phoneNumberId(in, operation.name()) : businessAccountId(in, operation.name()));
            call.input(call.call().input(in, config, call));
            call.token(token(call), redactors, proxyAuthorization, config.getProxyPassword());
        } catch (RuntimeException e) {
            audit(call, e instanceof WhatsAppAdminException wae ? wae.getCategory() : "error", null, null, null);
            throw e;
        }
        return call;
    }

    /** The URI's operation, or the one the header names for this message. */
    private WhatsAppAdminOperation operation(Message in) {
        Object header = in.getHeader(WhatsAppAdminConstants.OPERATION);
        if (header == null) {
            return endpoint.getOperation();
        }
        if (header instanceof WhatsAppAdminOperation operation) {
            return operation;
        }
        WhatsAppAdminOperation operation = WhatsAppAdminOperation.named(header.toString());
        if (operation == null) {
            throw OperationInputs.unknownOperation(header.toString(), WhatsAppAdminOperation.names(),
                    endpoint.getOperation().name());
        }
        return operation;
    }

    private String phoneNumberId(Message in, String operation) {
        String header = InputValidator.headerText(in, WhatsAppAdminConstants.PHONE_NUMBER_ID, "phoneNumberId",
                operation);
        if (header != null) {
            return InputValidator.phoneNumberId(header, "header " + WhatsAppAdminConstants.PHONE_NUMBER_ID, operation);
        }
        return InputValidator.phoneNumberId(config.getPhoneNumberId(), "option phoneNumberId", operation);
    }

    private String businessAccountId(Message in, String operation) {
        String header = InputValidator.headerText(in, WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, "businessAccountId",
                operation);
        if (header != null) {
            return OperationInputs.businessAccountId(header, "header " + WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID,
                    operation);
        }
        return OperationInputs.businessAccountId(config.getBusinessAccountId(), "option businessAccountId", operation);
    }

    private String token(CallContext call) {
        String operation = call.operationName();
        WhatsAppAccessTokenProvider provider = config.getAccessTokenProvider();
        if (provider == null) {
            return InputValidator.token(config.getAccessToken(), "option accessToken", operation, call.phoneNumberId());
        }
        String token;
        try {
            token = provider.getAccessToken(call.subjectId());
        } catch (Exception e) {
            throw new WhatsAppInvalidInputException("accessTokenProvider",
                    "The accessTokenProvider failed to give a token for " + call.subject()
                                                                           + " (" + e.getClass().getName()
                                                                           + "); nothing was sent. Fix the provider or its"
                                                                           + " token source.",
                    operation, call.phoneNumberId(), e);
        }
        return InputValidator.token(token, "the accessTokenProvider", operation, call.phoneNumberId());
    }

    // ---- build and send

    private GraphRequest build(CallContext call, CallRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + call.token());
        if (request.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("Accept", "application/json");
        headers.put("User-Agent", userAgent);
        return new GraphRequest(request.method(), urlPrefix + request.path() + QueryString.of(request.query()),
                headers, request.body());
    }

    /** Sends one request; its answer completes the exchange, or leads to the next request (another page). */
    private void send(CallContext call, CallRequest request, AsyncCallback callback) {
        GraphRequest graphRequest;
        try {
            graphRequest = build(call, request);
        } catch (RuntimeException e) {
            releaseUnsent(call);
            call.exchange().setException(e);
            callback.done(false);
            return;
        }
        transport.send(graphRequest, config.getRequestTimeout(), new GraphTransport.Callback() {
            @Override
            public void completed(GraphResponse response) {
                CallRequest next = null;
                try {
                    next = classify(call, response);
                } catch (RuntimeException e) {
                    call.exchange().setException(e);
                }
                if (next != null) {
                    send(call, next, callback);
                } else {
                    callback.done(false);
                }
            }

            @Override
            public void failed(TransportFailure failure) {
                try {
                    WhatsAppConnectionException e = ErrorClassifier.connectionFailure(failure, call.operationName(),
                            call.phoneNumberId(), call.subject(), call.call().harmlessToRepeat(), config.getConnectTimeout(),
                            config.getRequestTimeout(), config.getBaseUrl(), call.redactor());
                    if (!e.isRequestSent()) {
                        releaseUnsent(call);
                    }
                    audit(call, e.getCategory(), null, null, null);
                    call.exchange().setException(e);
                } catch (RuntimeException e) {
                    call.exchange().setException(e);
                } finally {
                    callback.done(false);
                }
            }
        });
    }

    // ---- classify and complete

    /** Reads an answer into the exchange; returns the next request when the operation goes on, else {@code null}. */
    private CallRequest classify(CallContext call, GraphResponse response) {
        Answer answer = GraphAnswerReader.read(response, call.operationName(), call.phoneNumberId(), call.subject(),
                call.redactor());
        Message message = call.exchange().getMessage();
        message.setHeader(call.call().subject() == OperationCall.Subject.PHONE_NUMBER
                ? WhatsAppAdminConstants.PHONE_NUMBER_ID : WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, call.subjectId());
        message.setHeader(WhatsAppAdminConstants.HTTP_RESPONSE_CODE, answer.status());
        setOrRemove(message, WhatsAppAdminConstants.FB_TRACE_ID, answer.fbTraceId());
        setOrRemove(message, WhatsAppAdminConstants.USAGE, answer.usage());
        if (answer.failure() != null) {
            fail(call, answer.failure());
            return null;
        }
        Step step = call.call().read(answer.json(), call);
        if (step instanceof Step.Next next) {
            return next.request();
        }
        if (step instanceof Step.Done done) {
            message.setBody(done.body());
            audit(call, "success", answer.status(), null, answer.fbTraceId());
        } else {
            fail(call, GraphAnswerReader.unexpected(response, call.operationName(), call.phoneNumberId(), call.subject(),
                    call.redactor(), ((Step.Unexpected) step).expected()));
        }
        return null;
    }

    private void fail(CallContext call, WhatsAppGraphException failure) {
        audit(call, failure.getCategory(), failure.getHttpResponseCode(), failure.getCode(), failure.getFbtraceId());
        if (config.isThrowExceptionOnFailure()) {
            call.exchange().setException(failure);
        } else {
            call.exchange().getMessage().setBody(failure.getError());
        }
    }

    private static void audit(CallContext call, String outcome, Integer status, Integer code, String fbtraceId) {
        AuditLog.attempt(call.operationName(),
                call.call().subject() == OperationCall.Subject.PHONE_NUMBER ? "phoneNumberId" : "businessAccountId",
                call.subjectId(), outcome, status, code, fbtraceId, call.elapsedMillis());
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        } else {
            message.removeHeader(name);
        }
    }
}
