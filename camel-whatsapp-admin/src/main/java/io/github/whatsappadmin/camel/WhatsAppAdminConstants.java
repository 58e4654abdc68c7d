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

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/** The message headers of the whatsapp-admin component. */
public final class WhatsAppAdminConstants {

    @Metadata(label = OperationLabels.ALL, javaType = "String", enums = OperationLabels.ALL,
              description = "The operation to perform for this message (its name, or a WhatsAppAdminOperation),"
                            + " overriding the endpoint's: one endpoint can then read a number before registering it."
                            + " An unknown name fails the exchange with WhatsAppInvalidInputException, before"
                            + " anything is sent.")
    public static final String OPERATION = "CamelWhatsAppAdminOperation";

    @Metadata(label = OperationLabels.PHONE_NUMBER, javaType = "String",
              description = "The ID of the phone number to act on (digits only). On the in message it overrides the"
                            + " phoneNumberId option for this message; on the out message it is the ID that was used.")
    public static final String PHONE_NUMBER_ID = "CamelWhatsAppAdminPhoneNumberId";

    @Metadata(label = "listPhoneNumbers", javaType = "String",
              description = "The ID of the WhatsApp Business Account whose numbers to list (digits only). On the in"
                            + " message it overrides the businessAccountId option for this message; on the out message"
                            + " it is the ID that was used.")
    public static final String BUSINESS_ACCOUNT_ID = "CamelWhatsAppAdminBusinessAccountId";

    @Metadata(label = OperationLabels.ALL, javaType = "Integer",
              description = "The HTTP status code of Graph's answer (out message, success and failure alike; for"
                            + " listPhoneNumbers, of the last page read).")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    @Metadata(label = OperationLabels.ALL, javaType = "String",
              description = "Graph's trace ID for the call, from the x-fb-trace-id response header: quote it to Meta"
                            + " support.")
    public static final String FB_TRACE_ID = "CamelWhatsAppAdminFbTraceId";

    @Metadata(label = OperationLabels.ALL, javaType = "io.github.whatsappadmin.camel.model.GraphUsage",
              description = "Quota use reported by Graph: the parsed x-business-use-case-usage (per business account,"
                            + " with estimated_time_to_regain_access in minutes) and x-app-usage headers. Absent when"
                            + " Graph sent neither.")
    public static final String USAGE = "CamelWhatsAppAdminUsage";

    @Metadata(label = OperationLabels.BUDGETED, javaType = "Integer",
              description = "Register/deregister attempts left for this phone number in the moving 72-hour window"
                            + " after this one (out message; 0 when the call was refused locally with"
                            + " WhatsAppRegistrationBudgetException). Absent when registrationBudget is 0.")
    public static final String BUDGET_REMAINING = "CamelWhatsAppAdminBudgetRemaining";

    private WhatsAppAdminConstants() {
    }
}
