package org.dyad.codebooks.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.facts.PatternKind;

/**
 * How often each verb block's patterns coded an event in some news: the block's events, how many
 * came from a verb's default and how many from a pattern naming a slot word or a phrase, and the
 * patterns that fired most, so that a dictionary audit starts from the verbs that code most events
 * in news (docs/dictionaries.md, "Block defaults audited"). Events coded by an event noun fall in
 * one row of their own. Not thread-safe: feed it from one thread.
 */
public final class VerbUsage {
    /** The row of the events an event noun coded (a light verb's noun, a standing noun). */
    public static final String NOUNS = "(event nouns)";

    private final VerbBlocks blocks;
    private final int examplesPerPattern;
    private final Map<String, Block> byBlock = new HashMap<>();

    /** One block's counts. */
    public record Row(String block, int events, int byDefault, int bySlot, int byPhrase,
            List<PatternCount> patterns) {
        public Row {
            patterns = List.copyOf(patterns);
            if (block == null || block.isBlank() || events < byDefault + bySlot + byPhrase) {
                throw new IllegalArgumentException("a row needs a block and no more kinds than events");
            }
        }
    }

    /** One pattern of a block (the coder's rule without its bracketed notes) with its code, count and sentences. */
    public record PatternCount(String pattern, String code, int events, List<String> examples) {
        public PatternCount {
            examples = List.copyOf(examples);
            if (pattern == null || code == null || events < 1) {
                throw new IllegalArgumentException("a pattern count needs a pattern, a code and at least one event");
            }
        }
    }

    private static final class Block {
        int events;
        int byDefault;
        int bySlot;
        int byPhrase;
        final Map<String, PatternCount> patterns = new LinkedHashMap<>();
    }

    public VerbUsage(VerbBlocks blocks, int examplesPerPattern) {
        if (examplesPerPattern < 0) {
            throw new IllegalArgumentException("examples per pattern must be 0 or more, not " + examplesPerPattern);
        }
        this.blocks = blocks;
        this.examplesPerPattern = examplesPerPattern;
    }

    /**
     * Counts one event: the coder's {@code rule} ("allow", "take +obj office", "meet with
     * [joint]", "abandon * {economic relations}"), the kind of reading that gave its code, its
     * CAMEO code and the evidence to keep as an example (trigger and sentence).
     */
    public void count(String rule, Optional<PatternKind> kind, String cameo, String example) {
        String pattern = withoutNotes(rule);
        boolean nominal = kind.isEmpty() || kind.get() == PatternKind.NOMINAL;
        Block b = byBlock.computeIfAbsent(nominal ? NOUNS : blocks.blockOf(verbKey(pattern)), k -> new Block());
        b.events++;
        kind.ifPresent(k -> {
            switch (k) {
                case DEFAULT -> b.byDefault++;
                case SLOT -> b.bySlot++;
                case PHRASE -> b.byPhrase++;
                case NOMINAL -> {
                }
            }
        });
        String key = pattern + "\t" + cameo;
        PatternCount old = b.patterns.get(key);
        List<String> examples = new ArrayList<>(old == null ? List.of() : old.examples());
        if (examples.size() < examplesPerPattern) {
            examples.add(example);
        }
        b.patterns.put(key, new PatternCount(pattern, cameo, old == null ? 1 : old.events() + 1, examples));
    }

    /** The blocks, most events first (ties by name), each with its patterns, most events first. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        byBlock.forEach((name, b) -> out.add(new Row(name, b.events, b.byDefault, b.bySlot, b.byPhrase,
                b.patterns.values().stream().sorted(Comparator.comparingInt(PatternCount::events).reversed()
                        .thenComparing(PatternCount::pattern)).toList())));
        out.sort(Comparator.comparingInt(Row::events).reversed().thenComparing(Row::block));
        return out;
    }

    /** The rule without the coder's bracketed notes: "kill [passive] [unnamed perpetrator]" is "kill". */
    static String withoutNotes(String rule) {
        return rule.replaceAll("\\s*\\[[^\\]]*\\]", "").trim();
    }

    /**
     * The verb entry a rule names: its first word, and the second when that is a particle (a
     * plain word: slot rules go on with {@code +obj}, phrase rules with {@code *} or {@code +}).
     */
    static String verbKey(String pattern) {
        String[] w = pattern.split(" ");
        return w.length > 1 && w[1].matches("[a-z]+") ? w[0] + " " + w[1] : w[0];
    }
}
