package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives Dyad's verb pattern dictionary (format dyad-verbs/1, docs/dictionaries.md) from the
 * PETRARCH-2 CAMEO verb dictionary. Run by hand when the source changes:
 *
 * <pre>
 * java -cp dyad-codebooks/target/classes org.dyad.codebooks.tools.ImportCameoVerbs \
 *     ../shared/dictionaries/phoenix/CAMEO.2.0.txt dyad-codebooks/src/main/resources/org/dyad/codebooks/dict/verbs.tsv
 * </pre>
 *
 * Each PETRARCH verb becomes a default line (its own code or its block's); each pattern line
 * "- * WORDS [code]" becomes an object or prepositional pattern keyed on the head word, applied
 * to every verb of its block, as PETRARCH does.
 */
public final class ImportCameoVerbs {
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern VERB = Pattern.compile("^(\\+?[A-Z][A-Z_'\\-]*)\\s*(\\{[^}]*\\})?\\s*(\\[([^\\]]*)\\])?");
    private static final Pattern PATTERN = Pattern.compile("^-\\s+(.*?)\\s*\\[([^\\]]*)\\]");
    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "on", "against", "for", "in", "into", "from",
            "at", "by", "of", "over", "about", "toward", "towards", "upon", "under", "between", "among", "across",
            "through", "after", "during", "within");

    private ImportCameoVerbs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ImportCameoVerbs CAMEO.2.0.txt OUTPUT.tsv");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        Map<String, List<String>> synsets = new HashMap<>();
        String currentSet = null;
        for (String line : lines) {
            String t = line.split("#", 2)[0].trim();
            if (t.startsWith("&")) {
                currentSet = t.substring(1).replaceAll("_$", "");
                synsets.put(currentSet, new ArrayList<>());
            } else if (currentSet != null && t.startsWith("+")) {
                synsets.get(currentSet).add(word(t.substring(1)));
            } else if (t.isEmpty() || t.startsWith("---")) {
                currentSet = null;
            }
        }
        Set<String> out = new LinkedHashSet<>();
        String blockCode = null;
        List<String[]> blockVerbs = new ArrayList<>(); // {verb, particle}
        boolean inVerbs = false;
        for (String line : lines) {
            String t = line.split("#", 2)[0].trim();
            Matcher b = BLOCK.matcher(line.trim());
            if (b.find()) {
                blockCode = code(b.group(2));
                blockVerbs.clear();
                inVerbs = true;
                continue;
            }
            if (blockCode == null && !inVerbs) {
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("-")) {
                Matcher p = PATTERN.matcher(t);
                if (!p.find()) {
                    continue;
                }
                String code = code(p.group(2).split(":", -1)[0]);
                String[] sides = p.group(1).split("\\*", -1);
                if (sides.length != 2 || !sides[0].isBlank()) {
                    continue; // subject-side patterns need the noun before the verb: not used yet
                }
                String post = sides[1].trim();
                for (String[] slotWords : slot(post, synsets)) {
                    for (String[] v : blockVerbs) {
                        out.add(String.join("\t", v[0], v[1], slotWords[0], slotWords[1], code));
                    }
                }
                continue;
            }
            Matcher v = VERB.matcher(t);
            if (v.find() && inVerbs) {
                String verb = v.group(1);
                String particle = "-";
                if (verb.startsWith("+")) {
                    String[] parts = verb.substring(1).toLowerCase(Locale.ROOT).split("_");
                    if (parts.length != 2 || parts[1].isEmpty()) {
                        continue; // longer phrasal entries are left to Dyad's own patterns
                    }
                    verb = parts[0];
                    particle = parts[1];
                } else {
                    verb = verb.toLowerCase(Locale.ROOT);
                }
                String own = v.group(4) == null ? blockCode : code(v.group(4));
                blockVerbs.add(new String[] {verb, particle});
                out.add(String.join("\t", verb, particle, "-", "-", own));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("#format dyad-verbs/1");
            w.println("#version cameo-2.0-2015.04.30");
            w.println("# Derived by org.dyad.codebooks.tools.ImportCameoVerbs from CAMEO.2.0.txt (PETRARCH-2),");
            w.println("# Copyright (c) 2015 Open Event Data Alliance, MIT licence (see LICENSE-phoenix.txt).");
            w.println("# verb\tparticle\tslot\twords\tcode   ('-' = none; code '---' = explicitly not an event)");
            out.forEach(w::println);
        }
    }

    /** The slot and head words of a pattern's right side: obj WORD, or prep:P WORD. */
    private static List<String[]> slot(String post, Map<String, List<String>> synsets) {
        String s = post.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        String[] words = s.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        String slot = "obj";
        int headFrom = 0;
        if (PREPOSITIONS.contains(first)) {
            slot = "prep:" + first;
            headFrom = 1;
        }
        if (headFrom >= words.length) {
            List<String[]> bare = new ArrayList<>();
            bare.add(new String[] {slot, "-"});
            return bare;
        }
        // The head is the first word of the first group; PETRARCH groups a noun with its modifiers.
        String group = post.trim();
        String head;
        if (group.startsWith("{")) {
            String[] inner = group.substring(1, group.indexOf('}') < 0 ? group.length() : group.indexOf('}')).trim().split("\\s+");
            head = inner[inner.length - 1];
        } else {
            head = words[headFrom];
            if (head.startsWith("&") || words.length == headFrom + 1) {
                head = words[headFrom];
            }
        }
        List<String[]> out = new ArrayList<>();
        if (head.startsWith("&")) {
            List<String> members = synsets.get(head.substring(1).replaceAll("_$", ""));
            if (members == null) {
                return List.of();
            }
            Map<String, Boolean> uniq = new LinkedHashMap<>();
            for (String m : members) {
                uniq.put(m, true);
            }
            out.add(new String[] {slot, String.join(",", uniq.keySet())});
        } else {
            out.add(new String[] {slot, word(head)});
        }
        return out;
    }

    private static String word(String w) {
        String[] parts = w.replaceAll("_+$", "").toLowerCase(Locale.ROOT).split("_");
        return parts[parts.length - 1];
    }

    /** A PETRARCH code "[A]" or "[A:B]" (B codes the reverse event, unused here) to A or "---". */
    private static String code(String c) {
        String t = c.split(":", -1)[0].trim();
        if (t.isEmpty() || t.startsWith("-")) {
            return "---";
        }
        return t.replaceAll("[^0-9]", "").isEmpty() ? "---" : t.replaceAll("[^0-9]", "");
    }
}
