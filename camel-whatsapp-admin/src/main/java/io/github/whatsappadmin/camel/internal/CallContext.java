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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.whatsappadmin.camel.WhatsAppAdminOperation;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import org.apache.camel.Exchange;

/**
 * Everything one exchange's call carries from validation to completion: the operation, the ID it acts on, the
 * validated input, the secrets to mask and when it started. Filled in step by step while the input is checked; never
 * shared between exchanges.
 */
public final class CallContext {

    private final Exchange exchange;
    private final WhatsAppAdminOperation operation;
    private final OperationCall call;
    private final long startedNanos = System.nanoTime();
    private String subjectId;
    private String token;
    private Object input;
    private Redactor redactor = new Redactor();
    private Granted budgetAttempt;

    public CallContext(Exchange exchange, WhatsAppAdminOperation operation, OperationCall call) {
        this.exchange = exchange;
        this.operation = operation;
        this.call = call;
    }

    public Exchange exchange() {
        return exchange;
    }

    public WhatsAppAdminOperation operation() {
        return operation;
    }

    /** The operation's name, as exceptions and the audit log give it. */
    public String operationName() {
        return operation.name();
    }

    public OperationCall call() {
        return call;
    }

    /** The ID the call acts on (phone number or business account, see {@link OperationCall#subject()}), or null. */
    public String subjectId() {
        return subjectId;
    }

    /** The phone number ID, or {@code null} for an operation on a business account (or before it is known). */
    public String phoneNumberId() {
        return call.subject() == OperationCall.Subject.PHONE_NUMBER ? subjectId : null;
    }

    /** What the call acts on, as messages name it: {@code phone number 1}, {@code business account 2}, or null. */
    public String subject() {
        if (subjectId == null) {
            return null;
        }
        return (call.subject() == OperationCall.Subject.PHONE_NUMBER ? "phone number " : "business account ")
               + subjectId;
    }

    public void subjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    /** Sets the operation's checked input (see {@link OperationCall#input}). */
    public void input(Object input) {
        this.input = input;
    }

    public String token() {
        return token;
    }

    /**
     * Sets the token, and with it the secrets masked in every answer: the token, the transport's (proxy credentials)
     * and the input's (PIN, code, backup password). Call it after {@link #input(Object)}.
     */
    public void token(String token, Redactor.Reuse redactors, String... transportSecrets) {
        this.token = token;
        List<String> secrets = new ArrayList<>(Arrays.asList(transportSecrets));
        secrets.add(token);
        if (input != null) {
            secrets.addAll(call.secrets(input));
        }
        this.redactor = redactors.of(secrets.toArray(String[]::new));
    }

    public <T> T input(Class<T> type) {
        return type.cast(input);
    }

    /** The attempt the registration budget guard recorded for this call, or {@code null}. */
    public Granted budgetAttempt() {
        return budgetAttempt;
    }

    public void budgetAttempt(Granted budgetAttempt) {
        this.budgetAttempt = budgetAttempt;
    }

    public Redactor redactor() {
        return redactor;
    }

    public long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Override
    public String toString() {
        // never the token nor the input: both may be secret
        return "CallContext[" + operation + " " + subjectId + "]";
    }
}
