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

import java.util.Arrays;
import java.util.stream.Collectors;

import io.github.whatsappadmin.camel.internal.DeregisterCall;
import io.github.whatsappadmin.camel.internal.GetPhoneNumberCall;
import io.github.whatsappadmin.camel.internal.ListPhoneNumbersCall;
import io.github.whatsappadmin.camel.internal.OperationCall;
import io.github.whatsappadmin.camel.internal.RegisterCall;
import io.github.whatsappadmin.camel.internal.RequestCodeCall;
import io.github.whatsappadmin.camel.internal.SetTwoStepPinCall;
import io.github.whatsappadmin.camel.internal.VerifyCodeCall;

/**
 * The operations of the whatsapp-admin component: the {@code operation} part of {@code whatsapp-admin:operation}, or
 * the header {@code CamelWhatsAppAdminOperation} per message. Each is one Graph call.
 */
public enum WhatsAppAdminOperation {

    /** {@code POST /{Version}/{Phone-Number-ID}/deregister}: take the number off the WhatsApp Cloud API. */
    deregister(new DeregisterCall()),
    /** {@code POST /{Version}/{Phone-Number-ID}/register}: register the number on the Cloud API, with its PIN. */
    register(new RegisterCall()),
    /** {@code POST /{Version}/{Phone-Number-ID}/request_code}: send a verification code by SMS or voice call. */
    requestCode(new RequestCodeCall()),
    /** {@code POST /{Version}/{Phone-Number-ID}/verify_code}: prove ownership with the code received. */
    verifyCode(new VerifyCodeCall()),
    /** {@code POST /{Version}/{Phone-Number-ID}} with {@code {"pin": ...}}: set the two-step verification PIN. */
    setTwoStepPin(new SetTwoStepPinCall()),
    /** {@code GET /{Version}/{Phone-Number-ID}?fields=...}: read the number's state. */
    getPhoneNumber(new GetPhoneNumberCall()),
    /** {@code GET /{Version}/{WABA-ID}/phone_numbers?fields=...}, every page: the business account's numbers. */
    listPhoneNumbers(new ListPhoneNumbersCall());

    private final OperationCall call;

    WhatsAppAdminOperation(OperationCall call) {
        this.call = call;
    }

    /** How this operation talks to Graph. */
    OperationCall call() {
        return call;
    }

    /** Every operation's name, for messages: {@code deregister, register, ...}. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The operation of that exact name, or {@code null}. */
    static WhatsAppAdminOperation named(String name) {
        for (WhatsAppAdminOperation op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        return null;
    }
}
