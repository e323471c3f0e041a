package org.dyad.codebooks.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of a CAMEO.2.0-style verb dictionary: which block ({@code ALLOW [080]}) each verb
 * (lemma, or "verb particle" for {@code GO_BY}) is listed in, so that counts of fired patterns can be
 * read block by block, as the dictionary is audited.
 */
public final class VerbBlocks {
    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S.*?)\\s+\\[([^\\]]*)\\]\\s+---");

    private final Map<String, String> blockOf;

    private VerbBlocks(Map<String, String> blockOf) {
        this.blockOf = Map.copyOf(blockOf);
    }

    /** No blocks: every verb is a block of its own. */
    public static VerbBlocks none() {
        return new VerbBlocks(Map.of());
    }

    /**
     * Reads the block headers ({@code ---  ALLOW   [080]  ---}) and the verbs listed under each
     * ({@code PERMIT {PERMITS PERMITTED}}, {@code +GO_BY {...}}); patterns, sets and comments are
     * skipped. The first block a verb is listed in is its block.
     */
    public static VerbBlocks read(Reader cameo) {
        Map<String, String> out = new HashMap<>();
        String block = null;
        try (BufferedReader r = new BufferedReader(cameo)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.split("#", 2)[0].trim();
                Matcher h = HEADER.matcher(t);
                if (h.find()) {
                    block = h.group(1).trim() + " [" + h.group(2).trim() + "]";
                    continue;
                }
                if (block == null || t.isEmpty() || "-&{".indexOf(t.charAt(0)) >= 0) {
                    continue;
                }
                String verb = t.split("[\\s{]", 2)[0];
                if (verb.startsWith("+")) {
                    verb = verb.substring(1);
                }
                if (!verb.isEmpty()) {
                    out.putIfAbsent(verb.toLowerCase(Locale.ROOT).replace('_', ' '), block);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VerbBlocks(out);
    }

    /**
     * The block of a verb entry ("meet with": its own block if it has one, else the bare verb's),
     * or the entry itself in capitals when no block lists it (a verb of Dyad's or WordNet's files).
     */
    public String blockOf(String verbKey) {
        String key = verbKey.toLowerCase(Locale.ROOT);
        String found = blockOf.get(key);
        if (found == null && key.contains(" ")) {
            found = blockOf.get(key.substring(0, key.indexOf(' ')));
        }
        return found != null ? found : key.toUpperCase(Locale.ROOT);
    }

    /** How many verbs the blocks list. */
    public int size() {
        return blockOf.size();
    }
}
