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
package io.github.whatsappadmin.camel.docs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders docs/reference.md from the component's JSON descriptor (the one camel-package-maven-plugin generates and
 * Camel JBang, Karavan and IDEs read), so that the page says exactly what Camel knows about each option and header.
 */
final class ReferenceDoc {

    static final String DESCRIPTOR = "/META-INF/io/github/whatsappadmin/camel/whatsapp-admin.json";
    static final String REGENERATE = "mvn -pl camel-whatsapp-admin test -Dtest=ReferenceDocTest -Dreference.update=true";

    private ReferenceDoc() {
    }

    static String render(JsonNode descriptor) {
        JsonNode component = descriptor.get("component");
        String scheme = component.get("scheme").asText();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(component.get("title").asText()).append(" component reference\n\n");
        md.append("<!-- Generated from ").append(DESCRIPTOR.substring(1))
                .append(" by ReferenceDocTest, which fails when this page and the descriptor differ.\n")
                .append("     Do not edit by hand; regenerate with: ").append(REGENERATE).append(" -->\n\n");
        md.append(component.get("description").asText()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Maven | `").append(component.get("groupId").asText()).append(':')
                .append(component.get("artifactId").asText()).append("` |\n");
        md.append("| URI syntax | `").append(component.get("syntax").asText()).append("` |\n");
        md.append("| Since | ").append(component.get("firstVersion").asText()).append(" |\n");
        md.append("| Producer / consumer | ").append(component.get("producerOnly").asBoolean() ? "producer only"
                : component.get("consumerOnly").asBoolean() ? "consumer only" : "both").append(" |\n");
        md.append("| Asynchronous | ").append(yesNo(component.get("async"))).append(" |\n");
        md.append("| Labels | ").append(component.get("label").asText()).append(" |\n\n");

        List<JsonNode> path = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> query = new ArrayList<>();
        fields(descriptor.get("properties")).forEach((name, option) -> {
            if ("path".equals(option.get("kind").asText())) {
                path.add(withName(name, option));
            } else {
                query.add(Map.entry(name, option));
            }
        });

        md.append("## Path parameters (").append(path.size()).append(")\n\n");
        md.append("| Name | Required | Values | Description |\n|---|---|---|---|\n");
        for (JsonNode option : path) {
            md.append("| `").append(option.get("name").asText()).append("` | ")
                    .append(yesNo(option.get("required"))).append(" | ").append(values(option)).append(" | ")
                    .append(cell(option.get("description").asText())).append(" |\n");
        }
        md.append('\n');

        Map<String, JsonNode> componentOptions = fields(descriptor.get("componentProperties"));
        md.append("## Component options (").append(componentOptions.size()).append(")\n\n");
        md.append("Set on the component, they apply to every `").append(scheme)
                .append("` endpoint: in Camel Main and Spring Boot as `camel.component.").append(scheme)
                .append(".<option-in-kebab-case>`.\n\n");
        options(md, descriptor, componentOptions);

        Map<String, JsonNode> endpointOptions = new LinkedHashMap<>();
        query.forEach(e -> endpointOptions.put(e.getKey(), e.getValue()));
        md.append("## Endpoint options (").append(endpointOptions.size()).append(")\n\n");
        md.append("Given on the endpoint URI (`").append(scheme)
                .append(":deregister?option=value`), they override the component's.\n\n");
        options(md, descriptor, endpointOptions);

        Map<String, JsonNode> headers = fields(descriptor.get("headers"));
        md.append("## Message headers (").append(headers.size()).append(")\n\n");
        md.append("| Name | Operation | Java type | Description | Constant |\n|---|---|---|---|---|\n");
        headers.forEach((name, header) -> md.append("| `").append(name).append("` | ")
                .append(operations(descriptor, header)).append(" | `").append(header.get("javaType").asText())
                .append("` | ").append(cell(header.get("description").asText())).append(" | `")
                .append(header.path("constantName").asText()).append("` |\n"));
        return md.toString();
    }

    private static void options(StringBuilder md, JsonNode descriptor, Map<String, JsonNode> options) {
        md.append("| Name | Operations | Group | Default | Type | Description |\n|---|---|---|---|---|---|\n");
        options.forEach((name, option) -> {
            String type = "`" + option.get("javaType").asText() + "`";
            if ("duration".equals(option.path("type").asText())) {
                type += " (duration: ms or `10s`, `1m`)";
            }
            if (option.path("secret").asBoolean()) {
                type += ", secret";
            }
            md.append("| `").append(name).append("` | ").append(operations(descriptor, option)).append(" | ")
                    .append(option.path("group").asText()).append(" | ")
                    .append(option.has("defaultValue") ? "`" + option.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(type).append(" | ").append(cell(option.get("description").asText()))
                    .append(" |\n");
        });
        md.append('\n');
    }

    /** The operations an option or header is labelled with: "all" when it is every one, blank for Camel's own. */
    private static String operations(JsonNode descriptor, JsonNode entry) {
        List<String> all = new ArrayList<>();
        descriptor.at("/properties/operation/enum").forEach(v -> all.add(v.asText()));
        List<String> labelled = new ArrayList<>();
        for (String label : entry.path("label").asText().split(",")) {
            if (all.contains(label)) {
                labelled.add(label);
            }
        }
        return labelled.size() == all.size() ? "all" : String.join(", ", labelled);
    }

    private static String values(JsonNode option) {
        if (!option.has("enum")) {
            return "";
        }
        List<String> values = new ArrayList<>();
        option.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
        return String.join(", ", values);
    }

    private static String yesNo(JsonNode flag) {
        return flag != null && flag.asBoolean() ? "yes" : "no";
    }

    /** Table cells: one line, pipes escaped. */
    private static String cell(String text) {
        return text.replace("\r", "").replace("\n", " ").replace("|", "\\|");
    }

    private static JsonNode withName(String name, JsonNode option) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) option.deepCopy()).put("name", name);
    }

    /** The fields of a descriptor section in the descriptor's own order (by group, as Camel sorts them). */
    static Map<String, JsonNode> fields(JsonNode section) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            result.put(e.getKey(), e.getValue());
        }
        return result;
    }
}
