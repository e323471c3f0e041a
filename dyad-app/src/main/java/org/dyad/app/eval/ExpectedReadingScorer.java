package org.dyad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;
import org.dyad.core.text.Span;

/**
 * Scores coded events against a careful human reading in the format of the seed's
 * {@code expected.json}: each expected event is found when an asserted event cites its evidence
 * (overlapping sentence) with an accepted source, target and code; a {@code must_not} item is
 * violated when an asserted event's trigger or actor lies inside its evidence.
 */
public final class ExpectedReadingScorer {

    /** Which expected events were found or missed, and which forbidden readings were made. */
    public record Result(List<String> found, List<String> missed, List<String> violations) {
        public Result {
            found = List.copyOf(found);
            missed = List.copyOf(missed);
            violations = List.copyOf(violations);
        }
    }

    /** A reading file: its JSON and the name of the article it reads (its {@code article} field, or ""). */
    public record Reading(JsonNode json, String article) {
    }

    /**
     * Reads a reading file in the seed's {@code expected.json} format.
     *
     * @throws GoldFormatException when the file is not JSON
     */
    public static Reading read(java.nio.file.Path file) {
        try {
            JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
            return new Reading(node, node.path("article").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GoldFormatException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not a JSON reading (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    public Result score(JsonNode expected, String raw, List<Event> events) {
        List<String> found = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        for (JsonNode item : expected.path("events")) {
            String id = item.path("id").asText();
            Span evidence = locate(raw, item.path("evidence").asText());
            boolean ok = events.stream().anyMatch(e -> e.factuality() == Factuality.ASSERTED && matches(item, e, evidence));
            (ok ? found : missed).add(id);
        }
        for (JsonNode item : expected.path("must_not")) {
            Span evidence = locate(raw, item.path("evidence").asText());
            if (evidence == null) {
                continue;
            }
            for (Event e : events) {
                if (e.factuality() != Factuality.ASSERTED) {
                    continue;
                }
                boolean cites = evidence.contains(e.triggerSpan()) || evidence.contains(e.source().rawSpan())
                        || e.target().map(t -> evidence.contains(t.rawSpan())).orElse(false);
                if (cites) {
                    violations.add(e.eventId() + " (" + e.cameo() + " " + e.source().code() + ") cites '"
                            + item.path("evidence").asText() + "': " + item.path("why").asText());
                }
            }
        }
        return new Result(found, missed, violations);
    }

    private static boolean matches(JsonNode item, Event e, Span evidence) {
        if (evidence != null && !overlapsAny(evidence, e)) {
            return false;
        }
        if (!strings(item.path("source")).contains(e.source().code().code())) {
            return false;
        }
        if (e.target().isEmpty() || !strings(item.path("target")).contains(e.target().get().code().code())) {
            return false;
        }
        if (item.path("dyad_note").asText().contains("different countries")
                && e.source().code().country().equals(e.target().get().code().country())) {
            return false; // a joint event's two sides must be two countries
        }
        String code3 = e.cameo().length() >= 3 ? e.cameo().substring(0, 3) : e.cameo();
        if (strings(item.path("cameo")).contains(code3)) {
            return true;
        }
        Set<String> roots = strings(item.path("roots"));
        roots.addAll(strings(item.path("root")));
        return roots.contains(e.cameoRoot());
    }

    private static boolean overlapsAny(Span evidence, Event e) {
        if (overlaps(evidence, e.sentenceSpan())) {
            return true;
        }
        return e.mentions().stream().anyMatch(m -> overlaps(evidence, m));
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Span locate(String raw, String evidence) {
        int at = evidence.isEmpty() ? -1 : raw.indexOf(evidence);
        return at < 0 ? null : new Span(at, at + evidence.length());
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
