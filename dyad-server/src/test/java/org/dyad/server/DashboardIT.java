package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dyad.app.Engine;
import org.dyad.store.CodingProvenance;
import org.dyad.store.IngestItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium over a store made by posting a handful of the bundled VOA
 * stories to the server, which codes them with the real engine (CoreNLP). Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final int STORIES = 6;
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static DyadServer server;
    static ChromeDriver browser;
    static JsonNode posted;

    @BeforeAll
    static void start() throws Exception {
        Engine engine = Engine.create(List.of());
        CodingProvenance provenance = new CodingProvenance("0.1.0-test", engine.provenance());
        ArticleCoder coder = a -> IngestItem.of(a, engine.process(a).events(), provenance);
        Path db = dir.resolve("dashboard.duckdb");
        server = DyadServer.start(new ServerConfig(db, ServerConfig.DEFAULT_HOST, 0, Optional.of(TOKEN), 1_000_000,
                ServerConfig.DEFAULT_READERS, ServerConfig.DEFAULT_RELEASE, ServerConfig.DEFAULT_ANSWERS), Optional.of(coder));
        ArrayNode stories = JSON.createArrayNode();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DashboardIT.class.getResourceAsStream("/org/dyad/app/sample/voa_stories.jsonl"), StandardCharsets.UTF_8))) {
            for (int i = 0; i < STORIES; i++) {
                stories.add(JSON.readTree(in.readLine()));
            }
        }
        stories.addObject().put("id", "empty-story").put("text", "  ");
        HttpResponse<String> unauthorised = post(stories.toString(), Optional.empty());
        assertEquals(401, unauthorised.statusCode(), unauthorised.body());
        HttpResponse<String> r = post(stories.toString(), Optional.of(TOKEN));
        assertEquals(200, r.statusCode(), r.body());
        posted = JSON.readTree(r.body());
        browser = Chromium.start();
        Files.createDirectories(SHOTS);
    }

    static HttpResponse<String> post(String body, Optional<String> token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static void shot(String name) throws Exception {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void load(String query) {
        browser.get(server.url() + query);
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
    }

    @Test
    @Order(1)
    void posted_stories_are_coded_and_stored_and_a_bad_one_is_set_aside() {
        assertEquals(STORIES, posted.get("stored").asInt(), posted.toString());
        assertTrue(posted.get("events").asInt() > 0, posted.toString());
        assertEquals(1, posted.get("set_aside").size());
        assertEquals("empty-story", posted.get("set_aside").get(0).get("id").asText());
    }

    @Test
    @Order(2)
    void the_dashboard_shows_markers_rows_and_a_timeline() throws Exception {
        load("");
        List<WebElement> markers = browser.findElements(By.cssSelector("path.dyad-marker"));
        assertFalse(markers.isEmpty(), "map markers");
        List<WebElement> rows = browser.findElements(By.cssSelector("#events tbody tr"));
        assertEquals(Math.min(50, posted.get("events").asInt()), rows.size());
        assertFalse(browser.findElements(By.cssSelector("#timeline rect.bar")).isEmpty(), "timeline bars");
        assertFalse(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("script[src^='http'], link[href^='http']")).isEmpty(),
                "nothing is loaded from another host");
        shot("dashboard.png");
    }

    @Test
    @Order(3)
    void an_actor_filter_narrows_the_table_and_lives_in_the_url() throws Exception {
        load("");
        String actor = browser.findElement(By.cssSelector("#events tbody tr td:nth-child(2)")).getText().substring(0, 3);
        WebElement field = browser.findElement(By.name("actor"));
        field.clear();
        field.sendKeys(actor);
        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("actor=" + actor));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#events tbody tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> {
                List<WebElement> cells = r.findElements(By.tagName("td"));
                return cells.get(1).getText().startsWith(actor) || cells.get(2).getText().startsWith(actor);
            });
        });
        String shared = browser.getCurrentUrl();
        load(shared.substring(server.url().length()));
        assertEquals(actor, browser.findElement(By.name("actor")).getAttribute("value"), "a shared URL keeps its filter");
        assertTrue(browser.findElement(By.id("export-csv")).getAttribute("href").contains("actor=" + actor));
        shot("dashboard-filtered.png");
    }

    @Test
    @Order(4)
    void a_row_opens_its_evidence_with_the_spans_marked() throws Exception {
        load("");
        WebElement row = browser.findElement(By.cssSelector("#events tbody tr"));
        String id = row.getAttribute("data-id");
        row.click();
        WebElement evidence = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
        JsonNode event = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/events/" + id)).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(event.get("sentence").get("text").asText(), evidence.findElement(By.cssSelector(".sentence")).getText());
        assertEquals(event.get("trigger").get("text").asText(),
                evidence.findElement(By.cssSelector("mark.trigger")).getText());
        assertTrue(evidence.findElement(By.cssSelector("mark.source")).getText().length() > 0);
        shot("evidence.png");
    }

    @Test
    @Order(5)
    void the_dyad_view_charts_cooperation_and_conflict_between_two_actors() throws Exception {
        JsonNode pair = null;
        for (JsonNode e : JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/events?size=1000")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .get("events")) {
            if (!e.get("target").isNull() && e.get("date").isTextual()) {
                pair = e;
                break;
            }
        }
        assertTrue(pair != null, "the stories hold a dated event with a target");
        String source = pair.get("source").asText();
        String target = pair.get("target").asText();
        load("?dyad_source=" + source + "&dyad_target=" + target);
        assertFalse(browser.findElements(By.cssSelector("#dyad-chart rect.bar")).isEmpty(), "dyad bars");
        assertTrue(browser.findElement(By.id("dyad-summary")).getText().startsWith(source + " \u2192 " + target),
                browser.findElement(By.id("dyad-summary")).getText());
        shot("dyad.png");
    }
}
