package org.dyad.codebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.DictionaryReader;
import org.junit.jupiter.api.Test;

/** Conventions Dyad's own actor files keep (docs/dictionaries.md, "Dyad's own actor files"). */
class DyadFilesTest {
    static final List<String> FILES = List.of("dyad.countries.actors.tsv", "dyad.organizations.actors.tsv",
            "dyad.companies.actors.tsv", "dyad.groups.actors.tsv", "dyad.leaders.actors.tsv", "dyad.actors.tsv");

    static ActorDictionary read(String file) throws IOException {
        try (InputStream in = Codebooks.class.getResourceAsStream("/org/dyad/codebooks/dict/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DictionaryReader.actors(DictionaryReader.parse(new StringReader(text), file), file);
        }
    }

    @Test
    void each_phrase_lives_in_one_of_dyads_files() throws IOException {
        Map<List<String>, String> home = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String file : FILES) {
            for (ActorEntry e : read(file).entries()) {
                String other = home.putIfAbsent(e.words(), file);
                if (other != null && !other.equals(file)) {
                    twice.add(String.join(" ", e.words()) + ": " + other + " and " + file);
                }
            }
        }
        assertTrue(twice.isEmpty(), "phrases in two files (the later one silently wins):\n" + String.join("\n", twice));
    }

    @Test
    void a_leader_still_in_office_has_no_undated_line_so_that_undated_text_gets_the_office() throws IOException {
        Map<List<String>, List<ActorEntry>> byPhrase = new HashMap<>();
        for (ActorEntry e : read("dyad.leaders.actors.tsv").entries()) {
            assertEquals(ActorKind.PERSON, e.kind(), String.join(" ", e.words()));
            byPhrase.computeIfAbsent(e.words(), k -> new ArrayList<>()).add(e);
        }
        TreeSet<String> wrong = new TreeSet<>();
        for (List<ActorEntry> lines : byPhrase.values()) {
            boolean open = lines.stream().anyMatch(e -> e.from().isPresent() && e.to().isEmpty());
            boolean undated = lines.stream().anyMatch(e -> !e.dated());
            if (open && undated) {
                wrong.add(String.join(" ", lines.get(0).words()));
            }
        }
        assertTrue(wrong.isEmpty(), "open-ended office and an undated line: " + wrong);
    }

    @Test
    void a_leaders_dated_lines_do_not_overlap() throws IOException {
        Map<List<String>, List<ActorEntry>> byPhrase = new HashMap<>();
        for (ActorEntry e : read("dyad.leaders.actors.tsv").entries()) {
            if (e.dated()) {
                byPhrase.computeIfAbsent(e.words(), k -> new ArrayList<>()).add(e);
            }
        }
        TreeSet<String> overlapping = new TreeSet<>();
        for (List<ActorEntry> lines : byPhrase.values()) {
            for (int i = 0; i < lines.size(); i++) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (overlap(lines.get(i), lines.get(j))) {
                        overlapping.add(String.join(" ", lines.get(i).words()) + " " + lines.get(i).code() + "/"
                                + lines.get(j).code());
                    }
                }
            }
        }
        assertTrue(overlapping.isEmpty(), "overlapping offices (the first listed wins): " + overlapping);
    }

    /** True when the two validity ranges share more than a boundary day (a hand-over day is shared). */
    private static boolean overlap(ActorEntry a, ActorEntry b) {
        long aFrom = a.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
        long aTo = a.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
        long bFrom = b.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
        long bTo = b.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
        return Math.max(aFrom, bFrom) < Math.min(aTo, bTo);
    }
}
