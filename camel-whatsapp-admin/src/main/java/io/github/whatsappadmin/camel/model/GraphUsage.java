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

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Graph said about quota use in {@code x-business-use-case-usage} (per business account) and {@code x-app-usage}
 * (per app). Percentages of the hourly quota; {@code estimatedTimeToRegainAccess} is in minutes.
 *
 * @param businessUseCase usage per business account ID, empty when the header was absent or unreadable
 * @param app             the app-level usage, or {@code null} when the header was absent or unreadable
 */
public record GraphUsage(Map<String, List<BusinessUseCaseUsage>> businessUseCase, AppUsage app)
        implements
            Serializable {

    public GraphUsage {
        businessUseCase = Map.copyOf(businessUseCase);
    }

    /** One entry of {@code x-business-use-case-usage}. */
    public record BusinessUseCaseUsage(String type, int callCount, int totalCputime, int totalTime,
                                       int estimatedTimeToRegainAccess) implements Serializable {
    }

    /** The content of {@code x-app-usage}. */
    public record AppUsage(int callCount, int totalCputime, int totalTime) implements Serializable {
    }

    /** The longest {@code estimated_time_to_regain_access} of any business account, when throttled. */
    public Optional<Duration> timeToRegainAccess() {
        return businessUseCase.values().stream()
                .flatMap(List::stream)
                .mapToInt(BusinessUseCaseUsage::estimatedTimeToRegainAccess)
                .filter(minutes -> minutes > 0)
                .max()
                .stream()
                .mapToObj(minutes -> Duration.ofMinutes(minutes))
                .findFirst();
    }
}
