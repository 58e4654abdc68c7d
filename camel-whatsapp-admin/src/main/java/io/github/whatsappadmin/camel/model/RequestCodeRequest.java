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
 * The optional in body of {@code requestCode}. A field left {@code null} takes the endpoint's option
 * ({@code codeMethod}, {@code language}); without this body, both come from the options.
 *
 * @param codeMethod how Graph sends the code, or {@code null} for the option {@code codeMethod}
 * @param language   the language of the message, a locale such as {@code en_US}, or {@code null} for the option
 *                   {@code language}
 */
public record RequestCodeRequest(CodeMethod codeMethod, String language) {
}
