package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.dyad.server.bench.SyntheticStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API of a real server on a random port over a real store of 3,000 synthetic events. */
class ApiIT {
    static final int EVENTS = 3000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Path db;
    static DyadServer server;

    @BeforeAll
    static void start() {
        db = dir.resolve("api.duckdb");
        SyntheticStore.write(db, EVENTS, 10);
        server = DyadServer.start(ServerConfig.readOnly(db, 0), java.util.Optional.empty());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static JsonNode error(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("code").isTextual() && body.get("message").isTextual(), r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
        return body;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void the_server_binds_loopback_unless_told_otherwise() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    void events_pages_through_every_event_once_with_a_total_and_a_cursor() throws Exception {
        JsonNode first = ok("/api/events");
        assertEquals(EVENTS, first.get("total").asLong());
        assertEquals(Api.DEFAULT_PAGE, first.get("events").size());
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        String lastDate = "9999-12-31";
        int pages = 0;
        do {
            JsonNode page = ok("/api/events?size=1000" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode e : page.get("events")) {
                assertTrue(seen.add(e.get("id").asLong()), "event repeated across pages: " + e);
                assertTrue(e.get("date").asText().compareTo(lastDate) <= 0, "newest first");
                lastDate = e.get("date").asText();
            }
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertEquals(EVENTS, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void sorting_by_goldstein_ascending_puts_the_most_conflictual_first() throws Exception {
        JsonNode page = ok("/api/events?sort=goldstein&size=50");
        double previous = -100;
        for (JsonNode e : page.get("events")) {
            assertTrue(e.get("goldstein").asDouble() >= previous);
            previous = e.get("goldstein").asDouble();
        }
        assertEquals(-10.0, page.get("events").get(0).get("goldstein").asDouble());
        String next = page.get("next").asText();
        JsonNode wrongSort = error("/api/events?sort=-date&cursor=" + next, 400);
        assertTrue(wrongSort.get("message").asText().contains("another sort"), wrongSort.toString());
    }

    @Test
    void every_filter_narrows_the_events_to_those_it_names() throws Exception {
        for (JsonNode e : ok("/api/events?source=USA&plover=ASSAULT&size=1000").get("events")) {
            assertTrue(e.get("source").asText().startsWith("USA"));
            assertEquals("ASSAULT", e.get("plover").asText());
        }
        for (JsonNode e : ok("/api/events?quad=4&root=19&from=2024-03-01&to=2024-06-30&size=1000").get("events")) {
            assertEquals(4, e.get("quad_class").asInt());
            assertTrue(e.get("cameo").asText().startsWith("19"));
            assertTrue(e.get("date").asText().compareTo("2024-03-01") >= 0
                    && e.get("date").asText().compareTo("2024-06-30") <= 0, e.toString());
        }
        for (JsonNode e : ok("/api/events?place=kyiv&country=UKR&size=1000").get("events")) {
            assertEquals("Kyiv", e.get("place").asText());
            assertTrue(e.get("source").asText().startsWith("UKR") || e.get("target").asText().startsWith("UKR"));
        }
        JsonNode phrase = ok("/api/events?text=" + enc("signed a deal") + "&size=1000");
        assertTrue(phrase.get("total").asLong() > 0);
        assertEquals(phrase.get("total").asLong(), phrase.get("events").size());
        phrase.get("events").forEach(e -> assertTrue(e.get("sentence").asText().contains("signed a deal with")));
        long cameo = ok("/api/events?cameo=057").get("total").asLong();
        assertEquals(cameo, phrase.get("total").asLong(), "only CAMEO 057 events say 'signed a deal'");
        assertEquals(0, ok("/api/events?text=" + enc("deal signed")).get("total").asLong(), "words in order");
    }

    @Test
    void bad_parameters_are_400_with_a_message_naming_them() throws Exception {
        assertTrue(error("/api/events?colour=red", 400).get("message").asText().contains("colour"));
        assertTrue(error("/api/events?from=yesterday", 400).get("message").asText().contains("YYYY-MM-DD"));
        assertTrue(error("/api/events?cameo=19x", 400).get("message").asText().contains("19X")
                || error("/api/events?cameo=19x", 400).get("message").asText().contains("19x"));
        assertTrue(error("/api/events?plover=HUG", 400).get("message").asText().contains("HUG"));
        assertTrue(error("/api/events?size=1001", 400).get("message").asText().contains("1001"));
        assertTrue(error("/api/events?quad=7", 400).get("message").asText().contains("7"));
        assertTrue(error("/api/events?cursor=nonsense", 400).get("message").asText().contains("cursor"));
        assertTrue(error("/api/events?from=2024-05-01&to=2024-04-01", 400).get("message").asText().contains("before"));
        assertEquals("bad_parameter", error("/api/dyads?source=CHN", 400).get("code").asText());
        assertEquals("bad_parameter", error("/api/events/abc", 400).get("code").asText());
    }

    @Test
    void unknown_ids_and_paths_are_404() throws Exception {
        assertEquals("not_found", error("/api/events/99999999", 404).get("code").asText());
        assertEquals("not_found", error("/api/articles/no-such-article", 404).get("code").asText());
        assertEquals("not_found", error("/api/nothing-here", 404).get("code").asText());
    }

    @Test
    void one_event_comes_with_its_spans_incident_and_article() throws Exception {
        long id = ok("/api/events?size=1").get("events").get(0).get("id").asLong();
        JsonNode e = ok("/api/events/" + id);
        JsonNode sentence = e.get("sentence");
        String text = sentence.get("text").asText();
        int base = sentence.get("start").asInt();
        for (String role : new String[] {"source", "target", "trigger"}) {
            JsonNode span = e.get(role);
            assertEquals(span.get("text").asText(), text.substring(span.get("start").asInt() - base,
                    span.get("end").asInt() - base), role + " offsets point into the raw text");
        }
        assertTrue(e.get("incident").get("events").asInt() >= 1);
        JsonNode article = ok("/api/articles/" + e.get("article").get("id").asText());
        assertTrue(article.get("events").toString().contains(Long.toString(id)));
        assertEquals(e.get("article").get("url").asText(), article.get("url").asText());
    }

    @Test
    void a_dyad_series_counts_the_events_between_its_actors_by_period_and_quad_class() throws Exception {
        JsonNode series = ok("/api/dyads?source=CHN&target=RUS&interval=month");
        long events = 0;
        for (JsonNode p : series.get("periods")) {
            assertTrue(p.get("start").asText().endsWith("-01"), "months start on the first");
            long byQuad = 0;
            for (JsonNode n : p.get("events_by_quad")) {
                byQuad += n.asLong();
            }
            assertEquals(p.get("events").asLong(), byQuad);
            events += byQuad;
        }
        assertEquals(ok("/api/events?source=CHN&target=RUS").get("total").asLong(), events);
        assertTrue(events > 0);
        assertEquals("bad_parameter", error("/api/dyads?source=CHN&target=RUS&interval=hour", 400).get("code").asText());
    }

    @Test
    void places_are_a_feature_collection_whose_counts_add_up_to_the_located_events() throws Exception {
        JsonNode fc = ok("/api/places.geojson");
        assertEquals("FeatureCollection", fc.get("type").asText());
        long events = 0;
        for (JsonNode f : fc.get("features")) {
            assertEquals("Point", f.get("geometry").get("type").asText());
            assertEquals(2, f.get("geometry").get("coordinates").size());
            events += f.get("properties").get("events").asLong();
            assertTrue(f.get("properties").get("quad_class").asInt() <= 4);
        }
        assertEquals(EVENTS, events, "every synthetic event has a place");
        assertEquals(24, fc.get("features").size());
    }

    @Test
    void actors_are_ranked_by_their_events() throws Exception {
        JsonNode actors = ok("/api/actors?limit=5").get("actors");
        assertEquals(5, actors.size());
        long previous = Long.MAX_VALUE;
        for (JsonNode a : actors) {
            assertEquals(a.get("events").asLong(), a.get("as_source").asLong() + a.get("as_target").asLong());
            assertTrue(a.get("events").asLong() <= previous);
            previous = a.get("events").asLong();
        }
    }

    @Test
    void exports_write_the_filtered_events_as_csv_and_gdelt_rows() throws Exception {
        long total = ok("/api/events?source=IRN").get("total").asLong();
        HttpResponse<String> csv = get("/api/events.csv?source=IRN");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\n");
        assertTrue(lines[0].startsWith("id,article_id,"), lines[0]);
        assertEquals(total, lines.length - 1);
        HttpResponse<String> tsv = get("/api/events.tsv?source=IRN");
        assertEquals(200, tsv.statusCode());
        for (String line : tsv.body().split("\n")) {
            assertEquals(61, line.split("\t", -1).length);
        }
    }

    @Test
    void the_openapi_description_lists_every_endpoint() throws Exception {
        JsonNode paths = ok("/api/openapi.json").get("paths");
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        assertEquals(Set.of("/api/events", "/api/events/{id}", "/api/events.csv", "/api/events.tsv", "/api/dyads",
                "/api/timeline", "/api/actors", "/api/articles/{id}", "/api/places.geojson", "/api/articles",
                "/api/openapi.json"), names);
    }

    @Test
    void posting_articles_to_a_read_only_server_is_refused() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"text\":\"y\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode(), r.body());
        assertEquals("read_only", JSON.readTree(r.body()).get("code").asText());
    }
}
