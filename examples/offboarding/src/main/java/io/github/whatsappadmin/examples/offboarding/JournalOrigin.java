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
package io.github.whatsappadmin.examples.offboarding;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What wrote a journal: the first line of every journal. A result only stands for the Graph API it came from, so a run
 * never takes results from a journal written in another mode, against another Graph base URL or with another API
 * version.
 *
 * @param mode         {@code demo} (the embedded simulator) or {@code live}
 * @param graphBaseUrl where the requests went; in demo mode the simulator's address of that run (its port changes with
 *                     every run, so demo journals are matched on the mode alone)
 * @param apiVersion   the Graph API version of the requests
 * @param jobVersion   the version of this job that wrote the journal
 * @param createdAt    when the journal was started (ISO-8601)
 */
record JournalOrigin(
                     @JsonProperty("mode") String mode,
                     @JsonProperty("graph_base_url") String graphBaseUrl,
                     @JsonProperty("api_version") String apiVersion,
                     @JsonProperty("job_version") String jobVersion,
                     @JsonProperty("created_at") String createdAt) {

    static final String DEMO = "demo";
    static final String LIVE = "live";

    /** Whether results written by {@code other} may stand for this run's. */
    boolean sameTargetAs(JournalOrigin other) {
        return mode.equals(other.mode) && apiVersion.equals(other.apiVersion)
               && (DEMO.equals(mode) || Objects.equals(graphBaseUrl, other.graphBaseUrl));
    }

    /** In words, e.g. {@code a live run against https://graph.facebook.com with v23.0}. */
    String describe() {
        return "a " + mode + " run against " + (DEMO.equals(mode) ? "the embedded simulator" : graphBaseUrl)
               + " with " + apiVersion;
    }
}
