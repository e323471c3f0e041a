package org.dyad.spark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.app.Engine;

/**
 * One engine per executor JVM, made lazily from the job's configuration by the first task that
 * needs it and shared by the JVM's task threads ({@link Engine#process} is thread-safe). Loading
 * CoreNLP's models takes tens of seconds and a gigabyte, so an engine per task, or one shipped from
 * the driver, is out of the question. This holder is the one static of the module: a JVM-wide
 * cache is what "one per executor" means, and it is keyed by what makes engines differ, so two jobs
 * of different dictionaries in one JVM (a test, a long-lived driver) each get their own.
 */
final class ExecutorEngine {
    private static final Map<List<Object>, Engine> ENGINES = new ConcurrentHashMap<>();

    private ExecutorEngine() {}

    /** This JVM's engine for {@code config}, made on first use (other callers wait for it). */
    static Engine of(SparkJobConfig config) {
        return ENGINES.computeIfAbsent(List.of(config.dictionaries(), config.conventions()), k -> create(config));
    }

    /** The one place the job makes an engine. */
    static Engine create(SparkJobConfig config) {
        return Engine.create(config.engine());
    }
}
