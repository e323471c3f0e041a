package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores whole the CAMEO patterns the earlier importer cut to a light noun: a noun whose sense
 * lies in the words around it ("open the way for a president", "a role in peacekeeping", "take
 * part in a conference"), so that its one-word line ({@code begin obj way 0812}, {@code take obj
 * part 141}) coded any "way" or "part" with a far code. A slot line of the current file naming
 * one light noun, for which the current TABARI reader's reading of CAMEO.2.0 has no one-word
 * pattern (same verb, particle, slot, word and code), is such a cut; it is replaced by that
 * reading's phrase patterns of the same verb, particle and code that name the word (reverse codes
 * left out, as in the rest of the file). Genuine one-word patterns ({@code - * ROLE [160]} of
 * ABANDON) are kept, and so are lines saying the reading is no event ({@code take obj steps ---}). Run through {@code dyad dictionaries restore-light-patterns}.
 */
public final class LightNounPatterns {
    /** The light nouns. */
    public static final Set<String> LIGHT_NOUNS = Set.of("way", "ways", "step", "steps", "part", "role", "place",
            "hand", "hands", "stand", "turn", "lead", "thing", "things", "stage", "kind", "sort");
    private static final String NOTE = "# Light-noun cuts restored (dyad dictionaries restore-light-patterns): a one-word "
            + "line on a light noun that CAMEO.2.0 writes only inside a longer pattern is that pattern, whole.";

    private LightNounPatterns() {
    }

    /**
     * @param current the lines of the current file (no comments)
     * @param regenerated the current reader's lines for the same source ({@link CameoVerbImport#convert})
     */
    public static CameoVerbImport.Result restore(List<String> current, List<String> regenerated) {
        Set<String> oneWord = new HashSet<>();
        List<String[]> phrases = new ArrayList<>();
        for (String line : regenerated) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                continue;
            }
            if (f[2].equals("phrase")) {
                phrases.add(f);
            } else {
                oneWord.add(key(f[0], f[1], f[2], f[3], code(f[4])));
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> added = new HashSet<>();
        List<String> replaced = new ArrayList<>();
        for (String line : current) {
            String[] f = line.split("\t", -1);
            boolean slot = f.length == 5 && (f[2].equals("obj") || f[2].startsWith("prep:"));
            if (!slot || !LIGHT_NOUNS.contains(f[3]) || code(f[4]).equals("---") || oneWord.contains(key(f[0], f[1], f[2], f[3], code(f[4])))) {
                out.add(line);
                continue;
            }
            replaced.add(line + " (a light noun cut from a longer pattern: restored whole)");
            for (String[] p : phrases) {
                if (p[0].equals(f[0]) && p[1].equals(f[1]) && code(p[4]).equals(code(f[4])) && names(p[3], f[3])) {
                    String whole = String.join("\t", p[0], p[1], p[2], p[3], code(p[4]));
                    if (added.add(whole)) {
                        out.add(whole);
                    }
                }
            }
        }
        return new CameoVerbImport.Result(out, replaced);
    }

    /** Applies {@link #restore} to {@code current}, reading CAMEO.2.0 from {@code cameo}; returns the lines replaced. */
    public static List<String> write(Path current, Path cameo, Path target) throws IOException {
        List<String> header = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(current, StandardCharsets.UTF_8)) {
            (line.startsWith("#") ? header : lines).add(line);
        }
        List<String> regenerated;
        try (Reader in = Files.newBufferedReader(cameo, StandardCharsets.ISO_8859_1)) {
            regenerated = CameoVerbImport.convert(in, cameo.getFileName().toString()).lines();
        }
        CameoVerbImport.Result result = restore(lines, regenerated);
        header.add(header.isEmpty() ? 0 : header.size() - 1, NOTE);
        CameoVerbImport.writeLines(target, header, result.lines());
        return result.leftOut();
    }

    private static boolean names(String phrase, String word) {
        for (String w : phrase.split("[\\s(){}|]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String code(String field) {
        return field.trim().split(":", 2)[0];
    }

    private static String key(String verb, String particle, String slot, String word, String code) {
        return verb + "\t" + particle + "\t" + slot + "\t" + word + "\t" + code;
    }
}
