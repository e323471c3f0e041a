package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A feed served on 127.0.0.1 by the test itself, fetched as a polite client fetches it. */
class FeedFetcherTest {
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Tue, 17 Aug 2021 09:30:00 GMT";

    private HttpServer server;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.rss", exchange -> {
            times.add(System.nanoTime());
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModified = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            log.add("UA=" + exchange.getRequestHeaders().getFirst("User-Agent") + " INM=" + ifNoneMatch + " IMS="
                    + ifModified);
            if (ETAG.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            byte[] body = Feeds.rss().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().add("ETag", ETAG);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_feed_by_url_gives_its_items_and_an_unchanged_feed_costs_a_304_and_gives_nothing() {
        FeedFetcher fetcher = new FeedFetcher("DyadTest/1", Duration.ZERO, Duration.ofSeconds(5));
        ArticleReader reader = new ArticleReader(1_000_000, fetcher);
        Collected first = new Collected();
        reader.read(base + "/feed.rss", Optional.empty(), first);
        assertEquals(List.of("https://news.example.org/kenya", "https://news.example.org/short"), first.ids());

        Collected second = new Collected();
        reader.read(base + "/feed.rss", Optional.empty(), second);
        assertEquals(List.of(), second.read);
        assertEquals(List.of(), second.bad);
        assertEquals(List.of("UA=DyadTest/1 INM=null IMS=null",
                "UA=DyadTest/1 INM=" + ETAG + " IMS=" + LAST_MODIFIED), log);
    }

    @Test
    void requests_to_one_host_are_spaced_by_the_delay() throws Exception {
        FeedFetcher fetcher = new FeedFetcher("DyadTest/1", Duration.ofMillis(300), Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(fetcher.fetch(URI.create(base + "/feed.rss")).status() == 200 || i > 0);
        }
        assertEquals(3, times.size());
        for (int i = 1; i < times.size(); i++) {
            long gap = times.get(i) - times.get(i - 1);
            assertTrue(gap >= Duration.ofMillis(290).toNanos(), "gap of " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void an_http_error_is_set_aside_with_its_status() {
        Collected sink = new Collected();
        new ArticleReader(1000, new FeedFetcher("DyadTest/1", Duration.ZERO, Duration.ofSeconds(5)))
                .read(base + "/gone", Optional.empty(), sink);
        assertEquals("cannot fetch: HTTP 404", sink.bad.get(0).reason());
    }
}
