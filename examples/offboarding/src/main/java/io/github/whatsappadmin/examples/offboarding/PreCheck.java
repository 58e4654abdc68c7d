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
package io.github.whatsappadmin.examples.offboarding;

import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.PhoneNumber.PlatformType;
import io.github.whatsappadmin.camel.model.PhoneNumber.Status;

/**
 * Whether a number needs a deregister, from what {@code getPhoneNumber} read: {@code platform_type} first (where the
 * number is registered), then {@code status} to say why a number on no platform is left alone. A deregister is sent
 * only to a number on the Cloud API, or when the read cannot tell (no or an unknown {@code platform_type}, or a
 * status that does not say): then Graph's answer decides, as without the pre-check. A skip is never a guess.
 *
 * @param deregister whether to send the deregister
 * @param outcome    when not: how the number ends ({@link Outcome#ALREADY_DEREGISTERED} or {@link Outcome#SKIPPED})
 * @param reason     when not: why, in words a person acts on
 */
record PreCheck(boolean deregister, Outcome outcome, String reason) {

    private static final PreCheck DEREGISTER = new PreCheck(true, null, null);

    static PreCheck of(PhoneNumber number) {
        PlatformType platform = number.platformType();
        Status status = number.status();
        String read = "status " + sent(number, "status") + ", platform_type " + sent(number, "platform_type");
        if (platform == PlatformType.ON_PREMISE) {
            return skip("Registered on the On-Premises API (" + read + "): the Cloud API cannot deregister it."
                        + " Deregister it with its On-Premises client, or migrate it to the Cloud API first.");
        }
        if (platform != PlatformType.NOT_APPLICABLE || status == null) {
            return DEREGISTER; // on the Cloud API, or the read does not tell
        }
        return switch (status) {
            case DISCONNECTED, PENDING, LINKED, UNVERIFIED -> new PreCheck(false, Outcome.ALREADY_DEREGISTERED,
                    "Not registered on the Cloud API (" + read + "): nothing to deregister.");
            case CONNECTED -> skip("Connected, but on no Business Platform API (" + read + "): a WhatsApp Business app"
                                   + " (SMB) number, which the Cloud API cannot deregister. Manage it in the WhatsApp"
                                   + " Business app.");
            case UNLINKED -> skip("Not linked to a WhatsApp Business Account (" + read + "): the Cloud API cannot"
                                  + " deregister it.");
            case DELETED -> skip("Deleted from its WhatsApp Business Account (" + read + "): the Cloud API cannot"
                                 + " deregister it.");
            case MIGRATED -> skip("Migrated to another WhatsApp Business Account (" + read + "): deregister it with"
                                  + " that account's token.");
            case BANNED -> skip("Banned (" + read + "): the Cloud API cannot deregister it.");
            default -> DEREGISTER; // RESTRICTED, FLAGGED, UNKNOWN, ...: not a reason to skip
        };
    }

    /** A field as Graph sent it (also a value the component does not know), or "not sent". */
    static String sent(PhoneNumber number, String field) {
        Object value = number.fields().get(field);
        return value == null ? "not sent" : String.valueOf(value);
    }

    private static PreCheck skip(String reason) {
        return new PreCheck(false, Outcome.SKIPPED, reason);
    }
}
