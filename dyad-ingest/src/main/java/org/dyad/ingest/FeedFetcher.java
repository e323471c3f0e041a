package org.dyad.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fetches feeds and pages politely: a User-Agent that names Dyad, a conditional GET (the ETag and
 * Last-Modified of the previous answer for the same URL, so an unchanged feed costs a 304), and
 * at least {@code perHostDelay} between an answer from a host and the next request to it. One
 * fetcher remembers what it fetched for as long as it lives; it is safe for threads (requests to
 * one host wait their turn).
 */
public final class FeedFetcher {
    /** The User-Agent sent unless another is given. */
    public static final String USER_AGENT = "Dyad/0.1 (open-source political event coder; polite feed reader)";

    private final HttpClient client;
    private final String userAgent;
    private final Duration perHostDelay;
    private final Map<URI, Validators> validators = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();

    public FeedFetcher(String userAgent, Duration perHostDelay, Duration timeout) {
        if (userAgent == null || userAgent.isBlank() || perHostDelay.isNegative() || timeout.isNegative()) {
            throw new IllegalArgumentException("a fetcher needs a User-Agent and non-negative delay and timeout");
        }
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout)
                .build();
        this.userAgent = userAgent;
        this.perHostDelay = perHostDelay;
    }

    /** Dyad's User-Agent, one second between requests to a host, 30 s to connect. */
    public static FeedFetcher polite() {
        return new FeedFetcher(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** What one GET gave. */
    public record Fetched(int status, byte[] body, Optional<String> contentType) {
        public Fetched {
            body = body == null ? new byte[0] : body;
            contentType = contentType == null ? Optional.empty() : contentType;
        }

        /** The server says nothing changed since the last fetch (HTTP 304). */
        public boolean notModified() {
            return status == 304;
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private record Validators(Optional<String> etag, Optional<String> lastModified) {
    }

    /**
     * GETs {@code uri}, conditionally when it was fetched before, after waiting out the host's delay.
     *
     * @throws IOException when the host cannot be reached
     */
    public Fetched fetch(URI uri) throws IOException, InterruptedException {
        waitForHost(uri.getHost());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().header("User-Agent", userAgent)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .timeout(Duration.ofSeconds(60));
        Validators known;
        synchronized (validators) {
            known = validators.get(uri);
        }
        if (known != null) {
            known.etag().ifPresent(v -> request.header("If-None-Match", v));
            known.lastModified().ifPresent(v -> request.header("If-Modified-Since", v));
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } finally {
            answered(uri.getHost());
        }
        if (response.statusCode() == 200) {
            Validators seen = new Validators(response.headers().firstValue("ETag"),
                    response.headers().firstValue("Last-Modified"));
            synchronized (validators) {
                validators.put(uri, seen);
            }
        }
        return new Fetched(response.statusCode(), response.body(), response.headers().firstValue("Content-Type"));
    }

    /** The delay counts from the end of the previous answer, however long it took. */
    private void answered(String host) {
        synchronized (lastRequest) {
            lastRequest.merge(host == null ? "" : host, System.nanoTime(), Math::max);
        }
    }

    private void waitForHost(String host) throws InterruptedException {
        String key = host == null ? "" : host;
        long wait;
        synchronized (lastRequest) {
            long now = System.nanoTime();
            Long last = lastRequest.get(key);
            long next = last == null ? now : Math.max(now, last + perHostDelay.toNanos());
            lastRequest.put(key, next);
            wait = next - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
