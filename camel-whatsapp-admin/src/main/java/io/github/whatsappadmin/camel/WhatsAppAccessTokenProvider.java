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

/**
 * Supplies the Graph access token at each send, so that a redelivery after a token refresh uses the new token, and so
 * that one route can act for many business accounts, each with its own token. Bind an implementation in the registry
 * and refer to it as {@code accessTokenProvider=#name}.
 */
@FunctionalInterface
public interface WhatsAppAccessTokenProvider {

    /**
     * @param  phoneNumberId the phone number the call is for, or for listPhoneNumbers the business account (already
     *                       validated: digits only)
     * @return               the token to send as {@code Authorization: Bearer <token>}; never blank
     * @throws Exception     when no token can be had; the call then fails with {@code WhatsAppInvalidInputException}
     *                       and nothing is sent
     */
    String getAccessToken(String phoneNumberId) throws Exception;
}
