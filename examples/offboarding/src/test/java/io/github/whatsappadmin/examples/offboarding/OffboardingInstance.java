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

import java.util.Arrays;

/**
 * The command in a JVM of its own, with {@code --live} sent to the Graph base URL given first (the simulator on
 * loopback): an instance that a test can kill as a crash would.
 */
public final class OffboardingInstance {

    private OffboardingInstance() {
    }

    public static void main(String[] args) {
        String graph = args[0];
        System.exit(new OffboardingApp(System.getenv(), System.out, System.err, false, graph)
                .run(Arrays.copyOfRange(args, 1, args.length)));
    }
}
