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
package io.github.whatsappadmin.examples.yaml;

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;

/**
 * Where the onboarding route reads the verification code that Graph sent to the number (bean {@code verificationCodes}
 * of camel/onboarding.camel.yaml): in real life the phone it reached, here the console or the demo's simulator.
 */
public interface VerificationCodes {

    /** The code that reached {@code phoneNumberId} after its requestCode, ready for verifyCode. */
    VerifyCodeRequest received(String phoneNumberId);
}
