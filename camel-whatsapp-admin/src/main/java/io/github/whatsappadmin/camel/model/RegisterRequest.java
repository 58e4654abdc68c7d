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

/**
 * The in body of {@code register}. Secrets (the PIN, the backup) are masked in {@link #toString()}.
 *
 * @param pin                    the two-step verification PIN: exactly 6 digits. For a number without a PIN it
 *                               becomes the PIN; otherwise it must be the PIN set before
 * @param dataLocalizationRegion where Graph stores the number's messages at rest, an ISO 3166-1 alpha-2 code such as
 *                               {@code DE}; {@code null} for no localization
 * @param backup                 for a migration from the On-Premises API: its backup; {@code null} otherwise
 */
public record RegisterRequest(String pin, String dataLocalizationRegion, Backup backup) {

    /** A register request with only the PIN; a factory that YAML and XML routes can call through the bean language. */
    public static RegisterRequest withPin(String pin) {
        return new RegisterRequest(pin, null, null);
    }

    /**
     * An On-Premises backup, to migrate the number with its history. A secret: masked in {@link #toString()}.
     *
     * @param password the password the backup was made with
     * @param data     the backup data, as the On-Premises API's backup call returned it
     */
    public record Backup(String password, String data) {

        @Override
        public String toString() {
            return "Backup[password=" + Masked.of(password) + ", data=" + Masked.of(data) + "]";
        }
    }

    @Override
    public String toString() {
        return "RegisterRequest[pin=" + Masked.of(pin) + ", dataLocalizationRegion=" + dataLocalizationRegion
               + ", backup=" + backup + "]";
    }
}
