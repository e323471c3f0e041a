package org.dyad.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param db the DuckDB store to serve
 * @param host the address to bind; 127.0.0.1 unless told otherwise
 * @param port the port, 0 for any free one
 * @param token when present, {@code POST /api/articles} is open to requests that carry it
 *     ({@code Authorization: Bearer TOKEN}); without it the API is read-only
 * @param maxChars articles longer than this are set aside, as {@code dyad ingest --max-chars}
 * @param readers most read-only handles of the store open at once (requests beyond wait)
 * @param release how long without a request before the server lets go of the file, so that
 *     {@code dyad ingest} can write it
 * @param answers most answers kept for reuse ({@link AnswerCache}); 0 keeps none
 */
public record ServerConfig(Path db, String host, int port, Optional<String> token, int maxChars, int readers,
        Duration release, int answers) {
    /** Handles: DuckDB runs each query on all cores, so two handles keep two cores busy. */
    public static final int DEFAULT_READERS = 2;
    public static final Duration DEFAULT_RELEASE = Duration.ofSeconds(2);
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_ANSWERS = 2000;

    public ServerConfig {
        if (db == null) {
            throw new IllegalArgumentException("the server needs a store (--db PATH)");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server needs a host to bind, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " outside 0..65535");
        }
        token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("the token is " + token.get().length()
                    + " characters; use at least 16 (e.g. openssl rand -hex 16)");
        }
        if (readers < 1 || release == null || release.isNegative() || release.isZero()) {
            throw new IllegalArgumentException("the server needs at least one reader and a positive release time");
        }
        if (answers < 0) {
            throw new IllegalArgumentException("the answer cache cannot hold " + answers + " answers; 0 turns it off");
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("max chars " + maxChars + " must be positive");
        }
    }

    /** A read-only server on 127.0.0.1. */
    public static ServerConfig readOnly(Path db, int port) {
        return new ServerConfig(db, DEFAULT_HOST, port, Optional.empty(), 1_000_000, DEFAULT_READERS, DEFAULT_RELEASE,
                DEFAULT_ANSWERS);
    }

    /** The same with an answer cache of {@code entries} (0: none). */
    public ServerConfig withAnswers(int entries) {
        return new ServerConfig(db, host, port, token, maxChars, readers, release, entries);
    }
}
