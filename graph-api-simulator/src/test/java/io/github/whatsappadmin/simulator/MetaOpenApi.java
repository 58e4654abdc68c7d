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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Meta's OpenAPI description of the Business Messaging API v23.0 (src/test/resources/meta), as JSON Schemas: the
 * response schema declared for an operation and an HTTP status, with its {@code $ref}s resolved in the document.
 *
 * <p>Where Meta's description contradicts itself, the document is widened before use, and only there; each change
 * is listed in {@link #widen} with the reason. Everything else is validated as Meta wrote it.
 */
final class MetaOpenApi {

    static final String RESOURCE = "meta/business-messaging-api_v23.0.yaml";
    /** Only names the document for $ref resolution; the registry maps it to the resource, nothing is fetched. */
    private static final String DOCUMENT_IRI = "urn:meta:business-messaging-api:v23.0";

    /** Meta's operationIds and their paths in the description. */
    static final Map<String, String> PATHS = Map.of(
            "deregisterPhoneNumber", "/{Version}/{Phone-Number-ID}/deregister",
            "registerWhatsAppBusinessPhoneNumber", "/{Version}/{Phone-Number-ID}/register",
            "requestVerificationCode", "/{Version}/{Phone-Number-ID}/request_code",
            "verifyPhoneNumberCode", "/{Version}/{Phone-Number-ID}/verify_code",
            "updatePhoneNumberStatus", "/{Version}/{Phone-Number-ID}",
            "getPhoneNumberById", "/{Version}/{Phone-Number-ID}",
            "getWhatsAppBusinessAccountPhoneNumbers", "/{Version}/{WABA-ID}/phone_numbers");

    private static final Map<String, String> METHODS = Map.of("updatePhoneNumberStatus", "post",
            "getPhoneNumberById", "get", "getWhatsAppBusinessAccountPhoneNumbers", "get");

    private static final MetaOpenApi INSTANCE = new MetaOpenApi();

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private MetaOpenApi() {
        try (InputStream in = MetaOpenApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            document = widen(YAMLMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = JsonMapper.builder().build().writeValueAsString(document);
        // OpenAPI 3.1 schemas are JSON Schema 2020-12; OpenAPI's own keywords (example, nullable) are ignored.
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
    }

    static MetaOpenApi get() {
        return INSTANCE;
    }

    /**
     * The places where Meta's description disagrees with itself (and with Graph), widened to the union of what Meta
     * writes elsewhere, so that the simulator can send what Graph sends and still be checked on everything else.
     */
    private static JsonNode widen(JsonNode root) {
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
        // code_verification_status: the schemas say VERIFIED/UNVERIFIED, but Meta's own example of the list answer
        // shows NOT_VERIFIED, and Graph's reference gives NOT_VERIFIED, VERIFIED and EXPIRED.
        List<String> verification = List.of("VERIFIED", "UNVERIFIED", "NOT_VERIFIED", "EXPIRED");
        replaceEnum((ObjectNode) schemas.path("WhatsAppCodeVerificationStatus"), verification);
        replaceEnum((ObjectNode) schemas.path("PhoneNumberInfo").path("properties").path("code_verification_status"),
                verification);
        // status: the list's item schema (WhatsAppPhoneNumberStatus: PENDING, LINKED, ...) lacks the values of the
        // number's status entity (WhatsAppBusinessAccountToNumberStatus: CONNECTED, DISCONNECTED, ...), which Graph
        // sends; a status is checked against both of Meta's enums.
        List<String> status = new java.util.ArrayList<>();
        schemas.path("WhatsAppPhoneNumberStatus").path("enum").forEach(v -> status.add(v.asString()));
        schemas.path("WhatsAppBusinessAccountToNumberStatus").path("enum").forEach(v -> {
            if (!status.contains(v.asString())) {
                status.add(v.asString());
            }
        });
        replaceEnum((ObjectNode) schemas.path("WhatsAppPhoneNumberStatus"), status);
        return root;
    }

    private static void replaceEnum(ObjectNode schema, List<String> values) {
        ArrayNode replacement = schema.putArray("enum");
        values.forEach(replacement::add);
    }

    /** Whether Meta's description declares a JSON body schema for this operation and status. */
    boolean declares(String operationId, int status) {
        return !responseSchemaNode(operationId, status).isMissingNode();
    }

    /** The validation errors of {@code body} against the schema declared for the operation and status. */
    List<Error> validate(String operationId, int status, String body) {
        if (!declares(operationId, status)) {
            throw new IllegalArgumentException(operationId + " declares no JSON schema for status " + status);
        }
        Schema schema = schemas.computeIfAbsent(operationId + " " + status,
                key -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer(operationId, status))));
        return schema.validate(body, com.networknt.schema.InputFormat.JSON);
    }

    private JsonNode responseSchemaNode(String operationId, int status) {
        return document.at(pointer(operationId, status));
    }

    private static String pointer(String operationId, int status) {
        String path = PATHS.get(operationId);
        if (path == null) {
            throw new IllegalArgumentException("not an operation the simulator serves: " + operationId);
        }
        return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + METHODS.getOrDefault(operationId, "post")
               + "/responses/" + status + "/content/application~1json/schema";
    }

    /** The operationId Meta gives the call at this path and method, as its description declares it. */
    String operationId(String path, String method) {
        return document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT)).path("operationId")
                .asString();
    }
}
