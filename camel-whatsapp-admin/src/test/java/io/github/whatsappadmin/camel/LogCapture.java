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
package io.github.whatsappadmin.camel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log line of every logger (SLF4J through Log4j 2, and java.util.logging, which the JDK's own classes
 * use) at the given level and above, with the stack traces of logged exceptions; the loggers named as traced (and
 * those below them) at every level, TRACE included.
 */
final class LogCapture implements AutoCloseable {

    record Line(String logger, String level, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context = (LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
    private final AbstractAppender appender;
    private final Handler julHandler;
    private final java.util.logging.Level julLevelBefore;
    private final Level rootLevelBefore;
    private final java.util.Map<String, Level> levelsBefore = new java.util.HashMap<>();
    private final List<String> traced;

    private LogCapture(Level level, List<String> traced) {
        this.traced = traced;
        appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
                if (event.getThrown() != null) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    event.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                    text.append('\n').append(trace);
                }
                lines.add(new Line(event.getLoggerName(), event.getLevel().name(), text.toString()));
            }
        };
        appender.start();
        Configuration config = context.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        rootLevelBefore = root.getLevel();
        root.addAppender(appender, level, null);
        root.setLevel(level);
        // every named logger too, so none stays above the level
        for (LoggerConfig named : config.getLoggers().values()) {
            if (named != root) {
                levelsBefore.put(named.getName(), named.getLevel());
                named.setLevel(level);
                if (!named.isAdditive()) {
                    named.addAppender(appender, level, null);
                }
            }
        }
        for (String name : traced) {
            LoggerConfig tracing = new LoggerConfig(name, Level.TRACE, false);
            tracing.addAppender(appender, Level.TRACE, null);
            config.addLogger(name, tracing);
        }
        context.updateLoggers();

        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        julLevelBefore = julRoot.getLevel();
        julHandler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getThrown() != null) {
                    java.io.StringWriter trace = new java.io.StringWriter();
                    record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                    message = message + "\n" + trace;
                }
                lines.add(new Line(String.valueOf(record.getLoggerName()), record.getLevel().getName(),
                        message + " " + java.util.Arrays.toString(record.getParameters())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julHandler.setLevel(java.util.logging.Level.FINE);
        julRoot.addHandler(julHandler);
        julRoot.setLevel(java.util.logging.Level.FINE);
    }

    static LogCapture at(Level level, String... traced) {
        return new LogCapture(level, List.of(traced));
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    List<Line> linesOf(String logger) {
        return lines.stream().filter(l -> l.logger().equals(logger)).toList();
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        traced.forEach(config::removeLogger);
        config.getRootLogger().removeAppender(appender.getName());
        config.getRootLogger().setLevel(rootLevelBefore);
        levelsBefore.forEach((name, level) -> {
            LoggerConfig named = config.getLoggers().get(name);
            if (named != null) {
                named.removeAppender(appender.getName());
                named.setLevel(level);
            }
        });
        context.updateLoggers();
        appender.stop();
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        julRoot.removeHandler(julHandler);
        julRoot.setLevel(julLevelBefore);
    }
}
