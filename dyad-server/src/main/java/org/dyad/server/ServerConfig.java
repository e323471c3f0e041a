package org.dyad.server;

import java.nio.file.Path;
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
 */
public record ServerConfig(Path db, String host, int port, Optional<String> token, int maxChars) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

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
        if (maxChars < 1) {
            throw new IllegalArgumentException("max chars " + maxChars + " must be positive");
        }
    }

    /** A read-only server on 127.0.0.1. */
    public static ServerConfig readOnly(Path db, int port) {
        return new ServerConfig(db, DEFAULT_HOST, port, Optional.empty(), 1_000_000);
    }
}
