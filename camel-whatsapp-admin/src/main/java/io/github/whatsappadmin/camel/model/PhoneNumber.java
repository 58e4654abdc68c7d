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
package io.github.whatsappadmin.camel.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A phone number as Graph describes it ({@code getPhoneNumber}, and each element of {@code listPhoneNumbers}). Only
 * the fields asked for (option {@code fields}) are set; the others are {@code null}. Where Meta fixes a field's values
 * it is an enum; a value Meta does not document reads as {@code UNRECOGNIZED}, and {@link #fields()} keeps what Graph
 * sent. Fields this class does not name are in {@link #otherFields()}.
 *
 * @param id                        the phone number ID
 * @param displayPhoneNumber        the number as people dial it, such as {@code +1 631-555-5555}
 * @param verifiedName              the business name verified for the number
 * @param status                    the number's status
 * @param codeVerificationStatus    whether ownership was proved with a code ({@code requestCode}, {@code verifyCode})
 * @param qualityRating             the messaging quality rating
 * @param platformType              where the number is registered
 * @param nameStatus                the display name's review status
 * @param throughput                the throughput level
 * @param messagingLimitTier        how many users the number may start conversations with per day
 * @param accountMode               live or sandbox
 * @param countryCode               ISO 3166-1 alpha-2 country code, such as {@code US}
 * @param countryDialCode           the country dialling code, such as {@code 1}
 * @param hostPlatform              the platform hosting the number
 * @param unifiedCertStatus         the combined business and name verification status
 * @param isOfficialBusinessAccount whether the number is an Official Business Account
 * @param username                  the WhatsApp username, if any
 * @param fields                    every field as Graph sent it (strings, numbers, booleans, maps, lists)
 */
public record PhoneNumber(String id, String displayPhoneNumber, String verifiedName, Status status,
                          CodeVerificationStatus codeVerificationStatus, QualityRating qualityRating,
                          PlatformType platformType, NameStatus nameStatus, ThroughputLevel throughput,
                          MessagingLimitTier messagingLimitTier, AccountMode accountMode, String countryCode,
                          String countryDialCode, PlatformType hostPlatform, UnifiedCertStatus unifiedCertStatus,
                          Boolean isOfficialBusinessAccount, String username, Map<String, Object> fields) {

    /** The Graph field names the record components stand for. */
    private static final Set<String> NAMED = Set.of("id", "display_phone_number", "verified_name", "status",
            "code_verification_status", "quality_rating", "platform_type", "name_status", "throughput",
            "messaging_limit_tier", "account_mode", "country_code", "country_dial_code", "host_platform",
            "unified_cert_status", "is_official_business_account", "username");

    public PhoneNumber {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The number's status ({@code status}). */
    public enum Status {
        CONNECTED,
        DISCONNECTED,
        PENDING,
        LINKED,
        UNLINKED,
        DELETED,
        MIGRATED,
        BANNED,
        RESTRICTED,
        RATE_LIMITED,
        FLAGGED,
        UNVERIFIED,
        /** Meta's own value: the status is not known to Graph. */
        UNKNOWN,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** Whether ownership was proved with a code ({@code code_verification_status}). */
    public enum CodeVerificationStatus {
        VERIFIED,
        NOT_VERIFIED,
        UNVERIFIED,
        /** Verified once, but the verification lapsed: verify again before registering. */
        EXPIRED,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** The messaging quality rating ({@code quality_rating}). */
    public enum QualityRating {
        GREEN,
        YELLOW,
        RED,
        /** Not determined yet. */
        NA,
        /** Meta's own value: not known to Graph. */
        UNKNOWN,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** Where the number is registered ({@code platform_type}, {@code host_platform}). */
    public enum PlatformType {
        /** Registered on the Cloud API: it can be deregistered there. */
        CLOUD_API,
        /** Registered on the On-Premises API: registering it on the Cloud API (with a backup) migrates it. */
        ON_PREMISE,
        /** Not registered on either. */
        NOT_APPLICABLE,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** The display name's review status ({@code name_status}). */
    public enum NameStatus {
        APPROVED,
        AVAILABLE_WITHOUT_REVIEW,
        DECLINED,
        EXPIRED,
        PENDING_REVIEW,
        NONE,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** The throughput level ({@code throughput.level}). */
    public enum ThroughputLevel {
        STANDARD,
        HIGH,
        NOT_APPLICABLE,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** How many users the number may start conversations with in 24 hours ({@code messaging_limit_tier}). */
    public enum MessagingLimitTier {
        TIER_50,
        TIER_250,
        TIER_1K,
        TIER_10K,
        TIER_100K,
        TIER_UNLIMITED,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** Live or sandbox ({@code account_mode}). */
    public enum AccountMode {
        LIVE,
        SANDBOX,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** The combined business and name verification status ({@code unified_cert_status}). */
    public enum UnifiedCertStatus {
        APPROVED,
        NAME_PENDING_REVIEW,
        NAME_NOT_APPROVED,
        ACCOUNT_REVIEW_NOT_STARTED,
        LIMITED_ACCESS,
        /** A value this version of the component does not know; {@link #fields()} has it. */
        UNRECOGNIZED
    }

    /** The fields Graph sent that no component of this record stands for. */
    public Map<String, Object> otherFields() {
        Map<String, Object> others = new LinkedHashMap<>(fields);
        others.keySet().removeAll(NAMED);
        return Collections.unmodifiableMap(others);
    }

    /**
     * Reads a number from Graph's fields. Lenient on purpose: a value of an unexpected type or outside Meta's list
     * never fails the call; {@link #fields()} keeps it as sent.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PhoneNumber of(Map<String, Object> fields) {
        Object throughput = fields.get("throughput");
        return new PhoneNumber(text(fields, "id"), text(fields, "display_phone_number"),
                text(fields, "verified_name"), value(Status.class, fields.get("status")),
                value(CodeVerificationStatus.class, fields.get("code_verification_status")),
                value(QualityRating.class, fields.get("quality_rating")),
                value(PlatformType.class, fields.get("platform_type")),
                value(NameStatus.class, fields.get("name_status")),
                value(ThroughputLevel.class, throughput instanceof Map<?, ?> t ? t.get("level") : null),
                value(MessagingLimitTier.class, fields.get("messaging_limit_tier")),
                value(AccountMode.class, fields.get("account_mode")), text(fields, "country_code"),
                text(fields, "country_dial_code"), value(PlatformType.class, fields.get("host_platform")),
                value(UnifiedCertStatus.class, fields.get("unified_cert_status")),
                flag(fields.get("is_official_business_account")), text(fields, "username"), fields);
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    private static Boolean flag(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    private static <E extends Enum<E>> E value(Class<E> type, Object value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (!"UNRECOGNIZED".equals(constant.name()) && constant.name().equals(value)) {
                return constant;
            }
        }
        return Enum.valueOf(type, "UNRECOGNIZED");
    }

    @Override
    public String toString() {
        return "PhoneNumber[id=" + id + ", displayPhoneNumber=" + displayPhoneNumber + ", verifiedName="
               + verifiedName + ", status=" + status + ", codeVerificationStatus=" + codeVerificationStatus
               + ", qualityRating=" + qualityRating + ", platformType=" + platformType + ", nameStatus=" + nameStatus
               + ", throughput=" + throughput + ", messagingLimitTier=" + messagingLimitTier + ", accountMode="
               + accountMode + ", otherFields=" + otherFields().keySet() + "]";
    }
}
