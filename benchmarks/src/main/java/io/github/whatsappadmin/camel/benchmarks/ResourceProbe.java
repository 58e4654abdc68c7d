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
package io.github.whatsappadmin.camel.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * CPU time and heap allocation of the whole JVM between two snapshots, less the stub's own threads: what the contender
 * (its caller, its client, its Camel, the GC it causes) costs. Allocation is summed over threads, so a thread that ends
 * between the snapshots takes its share with it: {@link Usage#threadsEnded()} and {@link Usage#threadsStarted()} say
 * whether that can have happened.
 */
final class ResourceProbe {

    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
            .getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean();
    private final Set<Long> excluded;

    record Snapshot(long processCpuNanos, long excludedCpuNanos, Map<Long, Long> allocatedByThread,
                    Map<Long, Long> cpuByThread, Map<Long, String> names, long threadsStarted) {
    }

    record Usage(long cpuNanos, long allocatedBytes, int threadsEnded, long threadsStarted) {

        Usage plus(Usage other) {
            return new Usage(cpuNanos + other.cpuNanos, allocatedBytes + other.allocatedBytes,
                    threadsEnded + other.threadsEnded, threadsStarted + other.threadsStarted);
        }
    }

    ResourceProbe(Set<Long> excludedThreadIds) {
        this.excluded = excludedThreadIds;
        threads.setThreadAllocatedMemoryEnabled(true);
        threads.setThreadCpuTimeEnabled(true);
    }

    Snapshot snapshot() {
        long[] ids = threads.getAllThreadIds();
        long[] allocated = threads.getThreadAllocatedBytes(ids);
        long[] cpu = threads.getThreadCpuTime(ids);
        java.lang.management.ThreadInfo[] infos = threads.getThreadInfo(ids, 0);
        Map<Long, Long> byThread = new HashMap<>(ids.length * 2);
        Map<Long, Long> cpuByThread = new HashMap<>(ids.length * 2);
        Map<Long, String> names = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            if (allocated[i] >= 0 && !excluded.contains(ids[i])) {
                byThread.put(ids[i], allocated[i]);
                cpuByThread.put(ids[i], cpu[i]);
                names.put(ids[i], infos[i] == null ? "?" : infos[i].getThreadName());
            }
        }
        long excludedCpu = 0;
        for (long id : excluded) {
            excludedCpu += Math.max(0, threads.getThreadCpuTime(id));
        }
        return new Snapshot(os.getProcessCpuTime(), excludedCpu, byThread, cpuByThread, names,
                threads.getTotalStartedThreadCount());
    }

    static Usage between(Snapshot before, Snapshot after) {
        long allocated = 0;
        for (Map.Entry<Long, Long> e : after.allocatedByThread().entrySet()) {
            allocated += e.getValue() - before.allocatedByThread().getOrDefault(e.getKey(), 0L);
        }
        int ended = 0;
        for (Long id : before.allocatedByThread().keySet()) {
            if (!after.allocatedByThread().containsKey(id)) {
                ended++;
            }
        }
        long cpu = (after.processCpuNanos() - before.processCpuNanos())
                   - (after.excludedCpuNanos() - before.excludedCpuNanos());
        return new Usage(cpu, allocated, ended, after.threadsStarted() - before.threadsStarted());
    }

    /**
     * CPU time between two snapshots by kind of thread (the name without its numbers), for finding where a contender's
     * time goes; the rest of the process (GC, JIT, threads that ended) is the difference to {@link Usage#cpuNanos()}.
     */
    static Map<String, Long> cpuByThreadKind(Snapshot before, Snapshot after) {
        Map<String, Long> kinds = new java.util.TreeMap<>();
        after.cpuByThread().forEach((id, cpu) -> {
            long delta = cpu - before.cpuByThread().getOrDefault(id, 0L);
            if (delta > 0) {
                kinds.merge(after.names().get(id).replaceAll("\\d+", "#"), delta, Long::sum);
            }
        });
        return kinds;
    }

    int liveThreads() {
        return threads.getThreadCount();
    }

    void resetPeakThreads() {
        threads.resetPeakThreadCount();
    }

    int peakThreads() {
        return threads.getPeakThreadCount();
    }
}
