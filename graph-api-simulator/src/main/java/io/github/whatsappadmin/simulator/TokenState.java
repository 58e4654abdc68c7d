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
package io.github.whatsappadmin.simulator;

/** What the simulated Graph API makes of an access token. */
public enum TokenState {
    /** Accepted (for all accounts, or for the accounts it was scoped to). */
    VALID,
    /** 401, code 190, subcode 463 "Session has expired". */
    EXPIRED,
    /** 401, code 190, subcode 460: the session was invalidated (password change, security reset). */
    REVOKED,
    /** 403, code 200 "(#200) Permissions error": a valid token without whatsapp_business_management. */
    LACKING_PERMISSION
}
