package org.dyad.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.facts.Plover;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;

/**
 * Reads gold files into {@link GoldRecord}s (docs/evaluation.md):
 *
 * <ul>
 *   <li>PLOVER gold standard records (JSON lines: {@code id, text, event, source[{code, sector}],
 *       target[...]}), with pre-2021 category names mapped by a legacy table; several sources and
 *       no target (a joint reading, {@code SRC/TAR}) become each other's targets; a record with
 *       no source code gets the source {@link #UNKNOWN};</li>
 *   <li>PETRARCH unit records (JSON lines: {@code id, category, date, text,
 *       expected_events[{source, target, event}], expect_no_events, expected_error,
 *       config_state}), the PLOVER type of each CAMEO code taken from the CAMEO table; a record
 *       requires targets unless its {@code config_state.require_dyad} is false; records whose
 *       {@code expected_error} is {@code bad_input_parse} test a broken input parse tree, which
 *       Dyad does not read, and are left out;</li>
 *   <li>real-news sentences (JSON lines: {@code id, doc, sent, text, codings, events[{type, cameo,
 *       source{country, sector, text}, target{...} or null, factuality}]}): only asserted gold
 *       events count; a country {@code ---} (the sentence does not tell) is
 *       {@link GoldEvent#ANY_PARTY}, which any predicted party matches; no target means any
 *       target matches.</li>
 * </ul>
 */
public final class GoldReader {
    /** The source of a gold event whose perpetrator the gold does not name; no actor code equals it. */
    public static final String UNKNOWN = "-";

    /** The type of a gold CAMEO code that the 2021 crosswalk gives no PLOVER type (statements, root 01 and 02). */
    public static final String NO_TYPE = "NO_PLOVER";

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    /** A PETRARCH record's {@code expected_error} when its input parse tree is broken on purpose. */
    private static final String INPUT_PARSE_ERROR = "bad_input_parse";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Reads a legacy-to-2021 PLOVER category table: tab-separated {@code legacy, 2021[, basis]}
     * after a header line; an empty 2021 column means the category has no 2021 equivalent.
     */
    public Map<String, String> legacyTypes(Reader reader, String name) {
        Map<String, String> out = new HashMap<>();
        List<String> lines = lines(reader, name);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new GoldFormatException(name, i + 1, "expected 'legacy<TAB>plover_2021[<TAB>basis]'");
            }
            out.put(f[0].trim().toUpperCase(Locale.ROOT), f[1].trim().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /** PLOVER gold records; {@code legacy} maps old category names (an unmapped name is kept). */
    public List<GoldRecord> plover(Reader reader, String name, Map<String, String> legacy) {
        List<GoldRecord> out = new ArrayList<>();
        eachRecord(reader, name, (r, id, line) -> {
            String legacyType = required(r, "event", name, line).toUpperCase(Locale.ROOT);
            String type = legacy.getOrDefault(legacyType, legacyType);
            if (type.isEmpty()) {
                type = legacyType; // no 2021 equivalent (CRIME): keeps its name and never matches
            }
            List<String> sources = actors(r.path("source"));
            List<String> targets = actors(r.path("target"));
            if (sources.isEmpty()) {
                sources = List.of(UNKNOWN); // an unnamed perpetrator: the type can match, the actors cannot
            }
            List<GoldEvent> events = new ArrayList<>();
            for (String s : sources) {
                if (!targets.isEmpty()) {
                    for (String t : targets) {
                        events.add(new GoldEvent(s, t, Optional.empty(), type));
                    }
                } else if (sources.size() > 1) {
                    for (String t : sources) {
                        if (!t.equals(s)) {
                            events.add(new GoldEvent(s, t, Optional.empty(), type));
                        }
                    }
                } else {
                    events.add(new GoldEvent(s, "", Optional.empty(), type));
                }
            }
            out.add(new GoldRecord(id, type, r.path("text").asText(), Optional.empty(), events));
        });
        return out;
    }

    /** The code (plus sector, when the gold gives one) of each actor object; other values are skipped. */
    private static List<String> actors(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : list) {
            if (!a.isObject() || !a.path("code").isTextual() || a.path("code").asText().isBlank()) {
                continue;
            }
            String code = a.path("code").asText().trim().toUpperCase(Locale.ROOT);
            String sector = a.path("sector").isTextual() ? a.path("sector").asText().trim().toUpperCase(Locale.ROOT) : "";
            String full = sector.matches("[A-Z]{3}") ? code + sector : code;
            if (!out.contains(full)) {
                out.add(full);
            }
        }
        return out;
    }

    /** PETRARCH unit records; {@code cameo} gives each gold CAMEO code its PLOVER type. */
    public List<GoldRecord> petrarch(Reader reader, String name, CameoOntology cameo) {
        List<GoldRecord> out = new ArrayList<>();
        eachRecord(reader, name, (r, id, line) -> {
            Optional<LocalDate> date = Optional.empty();
            if (r.path("date").isTextual() && !r.path("date").asText().isBlank()) {
                try {
                    date = Optional.of(LocalDate.parse(r.path("date").asText().trim(), BASIC));
                } catch (DateTimeParseException e) {
                    throw new GoldFormatException(name, line, "record " + id + ": date '" + r.path("date").asText()
                            + "' is not yyyymmdd");
                }
            }
            List<GoldEvent> events = new ArrayList<>();
            if (!r.path("expect_no_events").asBoolean(false)) {
                for (JsonNode e : r.path("expected_events")) {
                    String code = e.path("event").asText().replaceAll("[^0-9]", "");
                    if (code.length() < 2) {
                        throw new GoldFormatException(name, line, "record " + id + ": event '" + e.path("event").asText()
                                + "' is not a CAMEO code");
                    }
                    String type = cameo.nearest(code).flatMap(CameoEntry::plover).map(Plover::type).map(Enum::name)
                            .orElse(NO_TYPE);
                    events.add(new GoldEvent(e.path("source").asText().toUpperCase(Locale.ROOT),
                            e.path("target").asText().toUpperCase(Locale.ROOT), Optional.of(code), type));
                }
            }
            if (INPUT_PARSE_ERROR.equals(r.path("expected_error").asText(""))) {
                return; // tests PETRARCH's reaction to a broken input parse, which Dyad does not read
            }
            String category = r.path("category").asText("").isBlank() ? "-" : r.path("category").asText();
            // PETRARCH's require_dyad, true unless the record's configuration says false.
            boolean targetRequired = !r.path("config_state").path("require_dyad").asText("true")
                    .toLowerCase(Locale.ROOT).contains("false");
            out.add(new GoldRecord(id, category, r.path("text").asText(), date, events, targetRequired));
        });
        return out;
    }

    /** Real-news sentence records coded with PLOVER types (the {@code realnews-dev} set). */
    public List<GoldRecord> realnews(Reader reader, String name) {
        List<GoldRecord> out = new ArrayList<>();
        eachRecord(reader, name, (r, id, line) -> {
            if (!r.path("events").isArray()) {
                throw new GoldFormatException(name, line, "record " + id + ": 'events' must be a list (empty for none)");
            }
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : r.path("events")) {
                if (!"asserted".equals(e.path("factuality").asText("asserted"))) {
                    continue; // only asserted events are scored; a negated or future one is no event
                }
                String type = e.path("type").asText("").trim().toUpperCase(Locale.ROOT);
                if (type.isEmpty()) {
                    throw new GoldFormatException(name, line, "record " + id + ": an event without a 'type'");
                }
                events.add(new GoldEvent(party(e.path("source")), e.path("target").isObject()
                        ? party(e.path("target")) : "", Optional.empty(), type));
            }
            String category = events.isEmpty() ? "none" : events.get(0).type();
            out.add(new GoldRecord(id, category, required(r, "text", name, line), Optional.empty(), events));
        });
        return out;
    }

    /** A real-news party: country plus a three-letter sector; {@code ---} (not told) is open. */
    private static String party(JsonNode actor) {
        String country = actor.path("country").asText("").trim().toUpperCase(Locale.ROOT);
        if (country.isEmpty() || country.startsWith("-")) {
            return GoldEvent.ANY_PARTY;
        }
        String sector = actor.path("sector").asText("").trim().toUpperCase(Locale.ROOT);
        return sector.matches("[A-Z]{3}") ? country + sector : country;
    }

    /** What to do with one record line: its JSON object, its id and its line number. */
    private interface RecordLine {
        void read(JsonNode record, String id, int line);
    }

    /** Each non-blank line of a JSON-lines gold file as an object with an id. */
    private void eachRecord(Reader reader, String name, RecordLine body) {
        List<String> lines = lines(reader, name);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                JsonNode r = parse(lines.get(i), name, i + 1);
                body.read(r, required(r, "id", name, i + 1), i + 1);
            }
        }
    }

    private JsonNode parse(String line, String name, int n) {
        try {
            JsonNode node = json.readTree(line);
            if (!node.isObject()) {
                throw new GoldFormatException(name, n, "expected one JSON object per line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(name, n, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static String required(JsonNode r, String field, String name, int n) {
        if (!r.path(field).isTextual() || r.path(field).asText().isBlank()) {
            throw new GoldFormatException(name, n, "missing '" + field + "'");
        }
        return r.path(field).asText();
    }

    private static List<String> lines(Reader reader, String name) {
        try (BufferedReader in = new BufferedReader(reader)) {
            return in.lines().toList();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read gold file " + name, e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + name, e);
        }
    }
}
