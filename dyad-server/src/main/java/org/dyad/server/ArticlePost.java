package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.core.doc.Article;
import org.dyad.store.IngestItem;
import org.dyad.store.IngestResult;

/**
 * {@code POST /api/articles}: one article object or an array of them (id, text, optional
 * published, url, title: the fields of {@code dyad ingest --input-format jsonl}). Each article is
 * checked as the command line checks its input: a missing id, an empty or binary text, a text
 * over the size limit, a bad date, or a failure to code sets that article aside with its reason
 * and the others go on. Articles already stored (same id and text) are skipped.
 */
final class ArticlePost {
    /** Most articles in one request. */
    static final int MAX_ARTICLES = 1000;

    private final ObjectMapper json;
    private final ArticleCoder coder;
    private final StoreAccess store;
    private final int maxChars;

    ArticlePost(ObjectMapper json, ArticleCoder coder, StoreAccess store, int maxChars) {
        this.json = json;
        this.coder = coder;
        this.store = store;
        this.maxChars = maxChars;
    }

    ObjectNode handle(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("the body is not JSON (" + e.getOriginalMessage()
                    + "); send an article object {\"id\": ..., \"text\": ...} or an array of them");
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw ApiException.badParameter("send an article object {\"id\": ..., \"text\": ...} or an array of them");
        }
        List<JsonNode> nodes = new ArrayList<>();
        (root.isArray() ? root : json.createArrayNode().add(root)).forEach(nodes::add);
        if (nodes.size() > MAX_ARTICLES) {
            throw ApiException.badParameter(nodes.size() + " articles in one request; send at most " + MAX_ARTICLES);
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode setAside = json.createArrayNode();
        List<IngestItem> coded = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String name = n.hasNonNull("id") ? n.get("id").asText() : "article " + (i + 1);
            try {
                Article a = article(n);
                coded.add(coder.code(a));
            } catch (RuntimeException e) {
                setAside.addObject().put("id", name).put("reason", String.valueOf(e.getMessage()));
            }
        }
        int[] counts = store.write(s -> {
            List<IngestItem> fresh = new ArrayList<>();
            for (IngestItem item : coded) {
                if (!s.contains(item.article())) {
                    fresh.add(item);
                }
            }
            int events = 0;
            for (IngestResult r : fresh.isEmpty() ? List.<IngestResult>of() : s.storeAll(fresh)) {
                events += r.events();
            }
            return new int[] {fresh.size(), coded.size() - fresh.size(), events};
        });
        out.put("stored", counts[0]);
        out.put("already_stored", counts[1]);
        out.put("events", counts[2]);
        out.set("set_aside", setAside);
        return out;
    }

    private Article article(JsonNode n) {
        if (!n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(n, "id").orElseThrow(() -> new IllegalArgumentException("no id"));
        String text = n.hasNonNull("text") && n.get("text").isTextual() ? n.get("text").asText() : "";
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("text of " + text.length() + " characters is over the limit of "
                    + maxChars);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("binary content (NUL characters), not text");
        }
        Optional<LocalDate> published;
        try {
            published = text(n, "published").map(p -> LocalDate.parse(p.length() > 10 ? p.substring(0, 10) : p));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published '" + n.get("published").asText()
                    + "' is not a date (YYYY-MM-DD)");
        }
        return new Article(id, text, published, text(n, "url"), text(n, "title"));
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText()).filter(s -> !s.isBlank());
    }
}
