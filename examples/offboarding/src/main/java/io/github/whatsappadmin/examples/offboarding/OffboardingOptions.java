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

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The command line.
 *
 * @param input         the CSV of numbers, or null for the bundled demo list (demo mode only)
 * @param reportDir     where the journal and the reports go; a run there resumes the previous one
 * @param live          call the real Graph API (also needs WHATSAPP_ACCESS_TOKEN)
 * @param plan          only read each number and say what a real run would do: no deregister, no journal
 * @param maxRetries    retries per number for retryable failures
 * @param maxWait       the longest wait before a retry; a longer wait asked by Graph ends the number as retry-later
 * @param apiVersion    Graph API version
 * @param limit         send at most this many numbers in this run, or 0 for no limit
 * @param help          print the usage and stop
 * @param journal       the shared journal's PostgreSQL JDBC URL (no credentials in it), or null for the file journal in
 *                      the report directory
 * @param lease         how long a claim on a number lasts in the shared journal without being renewed
 * @param journalPrefix the prefix of the shared journal's table names
 */
public record OffboardingOptions(Path input, Path reportDir, boolean live, boolean plan,
                                 int maxRetries, Duration maxWait,
                                 String apiVersion, int limit, boolean help, String journal, Duration lease,
                                 String journalPrefix) {

    public static final Path DEFAULT_REPORT_DIR = Path.of("target", "offboarding-report");
    public static final int DEFAULT_MAX_RETRIES = 4;
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(60);
    public static final String DEFAULT_API_VERSION = "v23.0";
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    private static final Duration MIN_LEASE = Duration.ofSeconds(1);
    private static final Duration MAX_LEASE = Duration.ofHours(24);

    private static final Pattern API_VERSION = Pattern.compile("v\\d{1,3}\\.\\d{1,3}");
    private static final Pattern API_VERSION_WITHOUT_V = Pattern.compile("\\d{1,3}\\.\\d{1,3}");

    static final String USAGE = """
            Usage: java -jar offboarding.jar [options]
              Deregisters every phone number in a CSV file through whatsapp-admin:deregister and writes a report.
              Each number is read first (whatsapp-admin:getPhoneNumber): one that is not on the Cloud API gets no
              deregister and is reported as already-deregistered or skipped, with the reason.
              Without --live it runs against an embedded Graph API simulator with demo data.

              --input <file>         CSV with the header phone_number_id[,label][,account]
                                     (default: the bundled demo list; required with --live)
              --report-dir <dir>     journal.ndjson, report.html, report.csv and report.json (default:
                                     target/offboarding-report); running again with the same directory resumes:
                                     numbers already done are reported, not sent again (only in the same mode,
                                     against the same Graph API and version)
              --live                 call the real Graph API; needs WHATSAPP_ACCESS_TOKEN (and, per business account,
                                     optionally WHATSAPP_ACCESS_TOKEN_<account ID> for numbers of that account)
              --plan                 only read each number and say what a real run would do (would-deregister,
                                     already-deregistered, skipped, cannot-check): nothing is deregistered, the
                                     journal is not written; plan.html, plan.csv and plan.json go to --report-dir
              --max-retries <n>      retries per number for retryable failures (default: 4)
              --max-wait <duration>  longest wait before a retry, e.g. 30s, 5m (default: 60s); when Graph asks for a
                                     longer wait the number ends as retry-later with the time to wait
              --api-version <v>      Graph API version (default: v23.0)
              --limit <n>            send at most n numbers in this run; the next run continues
              --journal <jdbc-url>   keep the journal in PostgreSQL, shared by every instance given the same URL
                                     (jdbc:postgresql://host:port/database), instead of journal.ndjson: instances
                                     started on one input split it, each number sent by one of them; the user and
                                     password come from OFFBOARDING_DB_USER and OFFBOARDING_DB_PASSWORD, never from
                                     the URL. The registration budget is shared there too.
              --lease <duration>     with --journal: how long a claim on a number lasts unless renewed; the numbers
                                     of an instance that died are taken over after it (default: 2m)
              --journal-prefix <p>   with --journal: the prefix of the journal's tables (default: offboarding_)
              --help                 this text

            Exit code: 0 when every number is deregistered (or already was), 1 when some are not, 2 when the
            input or the options are wrong (nothing is sent) or the run cannot go on. With --plan: 0 when every
            number would be deregistered (or already is), 1 when some would not or cannot be checked. In demo
            mode: 0 when every number ended as the demo expects (it shows failures on purpose).
            """;

    /** Options with their defaults: the demo. */
    public static OffboardingOptions defaults() {
        return new OffboardingOptions(null, DEFAULT_REPORT_DIR, false, false, DEFAULT_MAX_RETRIES, DEFAULT_MAX_WAIT,
                DEFAULT_API_VERSION, 0, false, null, DEFAULT_LEASE, JournalTables.DEFAULT_PREFIX);
    }

    public static OffboardingOptions parse(String... args) throws InputException {
        OffboardingOptions o = defaults();
        boolean sharedOnly = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--live" -> o = o.withLive(true);
                case "--plan" -> o = o.withPlan(true);
                case "--help", "-h" -> o = new OffboardingOptions(o.input, o.reportDir, o.live, o.plan, o.maxRetries,
                        o.maxWait, o.apiVersion, o.limit, true, o.journal, o.lease, o.journalPrefix);
                case "--input" -> o = o.withInput(Path.of(value(args, ++i, arg)));
                case "--report-dir" -> o = o.withReportDir(Path.of(value(args, ++i, arg)));
                case "--max-retries" -> o = o.withMaxRetries(number(value(args, ++i, arg), arg, 0, 20));
                case "--max-wait" -> o = o.withMaxWait(duration(value(args, ++i, arg), arg));
                case "--api-version" -> o = o.withApiVersion(apiVersion(value(args, ++i, arg), arg));
                case "--limit" -> o = o.withLimit(number(value(args, ++i, arg), arg, 1, Integer.MAX_VALUE));
                case "--journal" -> o = o.withJournal(SharedJournalSource.checkUrl(value(args, ++i, arg)));
                case "--lease" -> {
                    o = o.withLease(lease(value(args, ++i, arg), arg));
                    sharedOnly = true;
                }
                case "--journal-prefix" -> {
                    o = o.withJournalPrefix(new JournalTables(value(args, ++i, arg)).prefix);
                    sharedOnly = true;
                }
                default -> throw new InputException("unknown option '" + arg + "' (see --help)");
            }
        }
        if (o.plan && o.journal != null) {
            throw new InputException("--plan reads the file journal of --report-dir only, not the shared journal: run"
                                     + " the plan without --journal. Nothing was sent.");
        }
        if (sharedOnly && o.journal == null) {
            throw new InputException("--lease and --journal-prefix are for the shared journal: give --journal"
                                     + " jdbc:postgresql://host:port/database too. Nothing was sent.");
        }
        return o;
    }

    public OffboardingOptions withInput(Path input) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withReportDir(Path reportDir) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withLive(boolean live) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withPlan(boolean plan) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withMaxRetries(int maxRetries) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withMaxWait(Duration maxWait) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withApiVersion(String apiVersion) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withLimit(int limit) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withJournal(String journal) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withLease(Duration lease) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    public OffboardingOptions withJournalPrefix(String journalPrefix) {
        return new OffboardingOptions(input, reportDir, live, plan, maxRetries, maxWait, apiVersion, limit, help,
                journal, lease, journalPrefix);
    }

    /** The options as report.json lists them; {@code accountsWithOwnToken} names accounts, never a token. */
    Map<String, Object> forReport(Collection<String> accountsWithOwnToken) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("input", input == null ? null : input.toString());
        report.put("report_dir", reportDir.toString());
        report.put("live", live);
        report.put("plan", plan);
        report.put("max_retries", maxRetries);
        report.put("max_wait", maxWait.toString());
        report.put("api_version", apiVersion);
        report.put("limit", limit == 0 ? null : limit);
        report.put("journal", journal);
        report.put("lease", journal == null ? null : lease.toString());
        report.put("journal_prefix", journal == null ? null : journalPrefix);
        report.put("accounts_with_own_token", List.copyOf(accountsWithOwnToken));
        return report;
    }

    private static String apiVersion(String text, String option) throws InputException {
        if (API_VERSION.matcher(text).matches()) {
            return text;
        }
        throw new InputException(option + " '" + text + "': write the Graph API version as v<major>.<minor>"
                                 + (API_VERSION_WITHOUT_V.matcher(text).matches() ? ", here v" + text
                                         : ", such as " + DEFAULT_API_VERSION) + ". Nothing was sent.");
    }

    private static String value(String[] args, int i, String option) throws InputException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new InputException(option + " needs a value (see --help)");
        }
        return args[i];
    }

    private static int number(String text, String option, int min, int max) throws InputException {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(option + " '" + text + "': expected a whole number from " + min
                                 + (max == Integer.MAX_VALUE ? " up" : " to " + max));
    }

    private static Duration lease(String text, String option) throws InputException {
        Duration lease = duration(text, option);
        if (lease.compareTo(MIN_LEASE) < 0 || lease.compareTo(MAX_LEASE) > 0) {
            throw new InputException(option + " '" + text + "': give a lease from 1s to 24h (default 2m; it is"
                                     + " renewed while a number is in flight)");
        }
        return lease;
    }

    private static Duration duration(String text, String option) throws InputException {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(option + " " + e.getMessage());
        }
    }
}
