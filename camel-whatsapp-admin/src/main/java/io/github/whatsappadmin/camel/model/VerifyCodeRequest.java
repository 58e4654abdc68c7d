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
 * The in body of {@code verifyCode}: the code Graph sent by SMS or voice call after {@code requestCode}.
 *
 * @param code the code's digits only (such as {@code 123456}, not {@code 123-456}); a secret, masked in
 *             {@link #toString()}
 */
public record VerifyCodeRequest(String code) {

    /** The request for {@code code}; a factory that YAML and XML routes can call through the bean language. */
    public static VerifyCodeRequest of(String code) {
        return new VerifyCodeRequest(code);
    }

    @Override
    public String toString() {
        return "VerifyCodeRequest[code=" + Masked.of(code) + "]";
    }
}
