package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.codebooks.tabari.TabariReader;
import org.dyad.codebooks.tabari.TabariVerbPattern;
import org.dyad.core.event.VerbDictionary;

/**
 * Derives Dyad's verb pattern dictionary (format dyad-verbs/1, docs/dictionaries.md) from the
 * PETRARCH-2 CAMEO verb dictionary, read by {@link TabariReader#verbs}: multi-word patterns are
 * phrase patterns and reverse codes ({@code [040:040]}) are kept. No line matches any object: an
 * object or subject slot needs a word. A bare preposition ({@code - * AGAINST [141]}: any phrase
 * of that preposition) is kept, but written after every pattern that names a word, so that it is
 * tried only when none of them fits and never overrides the right pattern. Run by hand when the
 * source or the reader changes, through {@code dyad dictionaries import-verbs}:
 *
 * <pre>
 * ./dyad dictionaries import-verbs ../shared/dictionaries/phoenix/CAMEO.2.0.txt \
 *     dyad-codebooks/src/main/resources/org/dyad/codebooks/dict/verbs.tsv
 * </pre>
 */
public final class CameoVerbImport {
    private static final String HEADER = """
            #format dyad-verbs/1
            #version cameo-2.0-2015.04.30-r2
            # Derived by dyad dictionaries import-verbs from CAMEO.2.0.txt (PETRARCH-2),
            # Copyright (c) 2015 Open Event Data Alliance, MIT licence (see LICENSE-phoenix.txt).
            # Multi-word patterns are phrase patterns, reverse codes (A:B) kept; no object slot without a word;
            # bare prepositions ("prep:against -") come last, after every pattern naming a word.
            # verb\tparticle\tslot\twords\tcode   ('-' = none; code '---' = explicitly not an event)
            """;

    /**
     * The derived lines, and what was left out: lines the verb loader would refuse (CAMEO.2.0's
     * broken {@code VENTURE (WITH VISIT) VISIT)}) and catch-alls, each with its reason.
     */
    public record Result(List<String> lines, List<String> leftOut) {
        public Result {
            lines = List.copyOf(lines);
            leftOut = List.copyOf(leftOut);
        }
    }

    private static final String CLEANED = "# Catch-all rule applied (dyad dictionaries clean-verbs): no object or subject slot "
            + "without a word; bare prepositions after every pattern naming a word.";

    private CameoVerbImport() {
    }

    /** Converts a CAMEO.2.0-style verb dictionary read from {@code in} ({@code name} for messages). */
    public static Result convert(Reader in, String name) {
        List<String> lines = new ArrayList<>();
        for (TabariVerbPattern p : TabariReader.verbs(in, name).value()) {
            lines.add(p.dyadLine());
        }
        return withoutCatchAlls(lines, name);
    }

    /**
     * Applies the catch-all rule to {@code dyad-verbs/1} lines (no comment lines): an object or
     * subject slot without a word is left out, a bare preposition moves after every line that
     * names a word, and a line the verb loader would refuse is left out; the order is kept
     * otherwise.
     */
    public static Result withoutCatchAlls(List<String> dyadLines, String name) {
        List<String> lines = new ArrayList<>();
        List<String> barePrepositions = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String line : dyadLines) {
            String[] f = line.split("\t", -1);
            boolean wordless = f.length == 5 && !f[2].equals("-") && f[3].equals("-");
            if (wordless && !f[2].startsWith("prep:")) {
                leftOut.add(line + " (an object or subject slot without a word matches any: a catch-all)");
                continue;
            }
            try {
                VerbDictionary.pattern(f, name);
                (wordless ? barePrepositions : lines).add(line);
            } catch (IllegalArgumentException e) {
                leftOut.add(line + " (" + e.getMessage() + ")");
            }
        }
        lines.addAll(barePrepositions);
        return new Result(lines, leftOut);
    }

    /** Converts {@code source} (ISO-8859-1, as CAMEO.2.0.txt is) into {@code target}; returns what was left out. */
    public static List<String> write(Path source, Path target) throws IOException {
        Result result;
        try (Reader in = Files.newBufferedReader(source, StandardCharsets.ISO_8859_1)) {
            result = convert(in, source.getFileName().toString());
        }
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (String line : result.lines()) {
                w.write(line);
                w.write('\n');
            }
        }
        return result.leftOut();
    }

    /**
     * Applies {@link #withoutCatchAlls} to an existing {@code dyad-verbs/1} file: its comment lines
     * are kept in front, with one more saying so, and the result goes to {@code target} (which may
     * be {@code source}); returns what was left out.
     */
    public static List<String> clean(Path source, Path target) throws IOException {
        List<String> header = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            (line.startsWith("#") ? header : lines).add(line);
        }
        Result result = withoutCatchAlls(lines, source.getFileName().toString());
        header.add(header.isEmpty() ? 0 : header.size() - 1, CLEANED);
        writeLines(target, header, result.lines());
        return result.leftOut();
    }

    /** Writes a verb file: its comment lines, then its pattern lines. */
    static void writeLines(Path target, List<String> header, List<String> lines) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line : header) {
                w.write(line);
                w.write('\n');
            }
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
