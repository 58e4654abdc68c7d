#!/usr/bin/env bash
#
# Copyright The camel-whatsapp-admin Authors
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

# The figures of docs/performance.md from one command: builds the harness, then runs it on the default Java (17) with
# the JVM's defaults, on the same Java pinned to one CPU (taskset -c 0), and on Java 25 when JAVA25_HOME names one.
# Arguments go to every run (for instance --quick). Tables on stdout, progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar

run() {
    printf '\n# %s\n\n```\n%s\n```\n' "$1" "${*:2}"
    "${@:2}" || printf '\n(exit code %d: a rejected request or more than 1 failed call in 10,000)\n' "$?"
}

run "Java $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p'), default JVM" java -jar "$jar" "$@"
run "The same, pinned to one CPU" taskset -c 0 java -jar "$jar" "$@"
if [ -n "${JAVA25_HOME:-}" ]; then
    run "Java 25, default JVM" "$JAVA25_HOME/bin/java" -jar "$jar" "$@"
fi
