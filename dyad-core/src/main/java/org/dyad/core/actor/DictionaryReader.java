package org.dyad.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dyad.core.facts.ActorCode;
/**
 * Reads Dyad's dictionary files (docs/dictionaries.md). Each file starts with a
 * {@code #format} line naming its kind; {@code #version} gives its version; other lines starting
 * with {@code #} are comments; data lines are tab-separated.
 *
 * <pre>
 * #format dyad-actors/1
 * #version 2024-01
 * # phrase      code    kind      from        to
 * Afghanistan   AFG     country
 * Hamid Karzai  AFGGOV  person    2001-12-22  2014-09-29
 * Male          ---                       (removes the phrase from the dictionaries below)
 *
 * #format dyad-agents/1
 * # phrase   role
 * soldier    MIL
 * </pre>
 */
public final class DictionaryReader {
    public static final String ACTORS_FORMAT = "dyad-actors/1";
    public static final String AGENTS_FORMAT = "dyad-agents/1";

    /** A parsed file: its format, version and raw data lines with their numbers. */
    public record Parsed(String format, String version, List<Line> lines) {
    }

    public record Line(int number, String[] fields) {
    }

    private DictionaryReader() {
    }

    /** Reads the header and data lines; {@code name} is used in error messages. */
    public static Parsed parse(Reader reader, String name) {
        List<Line> lines = new ArrayList<>();
        String format = null;
        String version = "unversioned";
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    if (trimmed.startsWith("#format ")) {
                        format = trimmed.substring(8).trim();
                    } else if (trimmed.startsWith("#version ")) {
                        version = trimmed.substring(9).trim();
                    }
                    continue;
                }
                if (format == null) {
                    throw new DictionaryFormatException(name, n, "data before the '#format' line; start the file with '#format "
                            + ACTORS_FORMAT + "' or '#format " + AGENTS_FORMAT + "'");
                }
                int hash = line.indexOf(" #");
                String data = hash >= 0 ? line.substring(0, hash) : line;
                lines.add(new Line(n, data.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e);
        }
        if (format == null) {
            throw new DictionaryFormatException(name, 1, "no '#format' line; start the file with '#format "
                    + ACTORS_FORMAT + "' or '#format " + AGENTS_FORMAT + "'");
        }
        return new Parsed(format, version, lines);
    }

    public static ActorDictionary actors(Parsed parsed, String name) {
        requireFormat(parsed, ACTORS_FORMAT, name);
        List<ActorEntry> entries = new ArrayList<>();
        java.util.Set<List<String>> removed = new java.util.HashSet<>();
        for (Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length >= 2 && f[1].trim().equals("---") && !f[0].isBlank()) {
                removed.add(Phrase.words(f[0]));
                continue;
            }
            if (f.length < 3 || f.length > 5) {
                throw new DictionaryFormatException(name, line.number(), "expected 3 to 5 tab-separated fields "
                        + "(phrase, code, kind, from, to), found " + f.length);
            }
            String phrase = f[0].trim();
            if (phrase.isEmpty()) {
                throw new DictionaryFormatException(name, line.number(), "empty phrase");
            }
            ActorCode code;
            try {
                code = new ActorCode(f[1].trim());
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), e.getMessage());
            }
            ActorKind kind;
            try {
                kind = ActorKind.parse(f[2]);
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), "unknown kind '" + f[2].trim()
                        + "'; use one of " + java.util.Arrays.toString(ActorKind.values()).toLowerCase(java.util.Locale.ROOT));
            }
            Optional<LocalDate> from = date(f, 3, name, line.number());
            Optional<LocalDate> to = date(f, 4, name, line.number());
            try {
                entries.add(new ActorEntry(Phrase.words(phrase), code, from, to, kind, name));
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), e.getMessage());
            }
        }
        return new ActorDictionary(entries, removed, name + "@" + parsed.version());
    }

    public static AgentDictionary agents(Parsed parsed, String name) {
        requireFormat(parsed, AGENTS_FORMAT, name);
        List<AgentEntry> entries = new ArrayList<>();
        for (Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 2) {
                throw new DictionaryFormatException(name, line.number(), "expected 2 tab-separated fields (phrase, role), found "
                        + f.length);
            }
            if (f[0].isBlank()) {
                throw new DictionaryFormatException(name, line.number(), "empty phrase");
            }
            try {
                // "IGO~": a prefix role, written before its owner's code (TABARI's notation).
                String role = f[1].trim();
                boolean prefix = role.endsWith("~");
                entries.add(new AgentEntry(Phrase.words(f[0]), prefix ? role.substring(0, role.length() - 1) : role,
                        prefix, name));
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), e.getMessage());
            }
        }
        return new AgentDictionary(entries, name + "@" + parsed.version());
    }

    private static Optional<LocalDate> date(String[] f, int i, String name, int line) {
        if (f.length <= i || f[i].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(f[i].trim()));
        } catch (DateTimeParseException e) {
            throw new DictionaryFormatException(name, line, "date '" + f[i].trim() + "' is not YYYY-MM-DD");
        }
    }

    private static void requireFormat(Parsed parsed, String expected, String name) {
        if (!parsed.format().equals(expected)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + expected + "'");
        }
    }
}
