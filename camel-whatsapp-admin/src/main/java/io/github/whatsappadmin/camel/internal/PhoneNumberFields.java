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

import java.util.List;

/** The phone number fields the reads ({@code getPhoneNumber}, {@code listPhoneNumbers}) may ask Graph for. */
final class PhoneNumberFields {

    /** The fields Meta documents for a WhatsApp Business phone number. */
    static final List<String> KNOWN = List.of("id", "display_phone_number", "verified_name", "status",
            "code_verification_status", "quality_rating", "platform_type", "name_status", "new_name_status",
            "throughput", "messaging_limit_tier", "account_mode", "country_code", "country_dial_code",
            "host_platform", "unified_cert_status", "is_official_business_account", "is_pin_enabled", "username",
            "certificate", "new_certificate", "last_onboarded_time", "search_visibility", "health_status",
            "webhook_configuration", "quality_score");

    /** What a pre-flight check needs; Graph's own defaults leave out the status and the platform. */
    static final String DEFAULTS = "id,display_phone_number,verified_name,status,code_verification_status,"
                                   + "quality_rating,platform_type,name_status,throughput";

    private PhoneNumberFields() {
    }
}
