package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dyad.server.bench.SyntheticStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and a writing process on one store, as {@code dyad serve} beside {@code dyad ingest}:
 * the server lets go of the file when idle, so the writer can open it; while the writer holds it
 * the API answers 503 naming the writer's PID, and once the writer ends it answers again.
 */
class ConcurrentIngestIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    HttpResponse<String> get(DyadServer server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_writer_in_another_process_gets_the_store_when_the_server_is_idle_and_the_server_says_so_meanwhile()
            throws Exception {
        Path db = dir.resolve("shared.duckdb");
        SyntheticStore.write(db, 200, 10);
        ServerConfig config = new ServerConfig(db, ServerConfig.DEFAULT_HOST, 0, Optional.empty(), 1000, 2,
                Duration.ofMillis(300), ServerConfig.DEFAULT_ANSWERS);
        try (DyadServer server = DyadServer.start(config, Optional.empty())) {
            assertEquals(200, get(server, "api/events?size=1").statusCode());
            Thread.sleep(1200); // longer than the release time: the server has let go of the file
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process writer = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", cp, HoldStore.class.getName(),
                    db.toString())).redirectError(dir.resolve("writer.err").toFile()).start();
            try {
                String line = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertTrue(line != null && line.startsWith("held "), "the writer opened the store: " + line);
                HttpResponse<String> busy = get(server, "api/events?size=1");
                assertEquals(503, busy.statusCode(), busy.body());
                JsonNode error = JSON.readTree(busy.body());
                assertEquals("store_busy", error.get("code").asText());
                assertTrue(error.get("message").asText().contains(line.substring(5)), "names the writer's PID: "
                        + error.get("message").asText());
            } finally {
                writer.getOutputStream().close();
                assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer ends when its input closes");
            }
            HttpResponse<String> again = get(server, "api/events?size=1");
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(200, JSON.readTree(again.body()).get("total").asLong());
        }
    }

    @Test
    void what_another_process_writes_while_the_server_is_idle_is_in_the_next_answer_not_an_answer_kept_from_before()
            throws Exception {
        Path db = dir.resolve("grows.duckdb");
        SyntheticStore.write(db, 200, 10);
        ServerConfig config = new ServerConfig(db, ServerConfig.DEFAULT_HOST, 0, Optional.empty(), 1000, 2,
                Duration.ofMillis(300), ServerConfig.DEFAULT_ANSWERS);
        try (DyadServer server = DyadServer.start(config, Optional.empty())) {
            String query = "api/events?size=1&actor=PSE";
            long before = JSON.readTree(get(server, query).body()).get("total").asLong();
            assertEquals(before, JSON.readTree(get(server, query).body()).get("total").asLong(), "the same answer");
            Thread.sleep(1200); // the server lets go of the file
            try (org.dyad.store.EventStore writer = org.dyad.store.EventStore.open(db)) {
                writer.store(ReadModelIT.odd(1));
                writer.store(ReadModelIT.odd(2));
            }
            HttpResponse<String> after = get(server, query);
            assertEquals(200, after.statusCode(), after.body());
            assertEquals(before + 2, JSON.readTree(after.body()).get("total").asLong(), "the two new events count");
            assertEquals(202, JSON.readTree(get(server, "api/events?size=1").body()).get("total").asLong());
        }
    }
}
