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

/** Where the number is registered, as Graph reports it in {@code platform_type}. */
public enum PlatformType {
    /** Registered on the Cloud API. */
    CLOUD_API,
    /**
     * Registered on the On-Premises API: the Cloud API cannot deregister it (422 code 100); registering it here
     * (with {@code backup}) migrates it.
     */
    ON_PREMISE,
    /** Not registered anywhere. */
    NOT_APPLICABLE
}
