package org.dyad.core.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * Verb patterns keyed by verb and particle. Patterns from later dictionaries take precedence, so
 * a user's file overrides and extends the bundled one.
 */
public final class VerbDictionary {
    public static final String FORMAT = "dyad-verbs/1";

    /** The format of a word-class file: class ({@code @person}), word, and a note. */
    public static final String WORD_CLASS_FORMAT = "dyad-word-class/1";

    private final Map<String, List<VerbPattern>> byVerb; // "verb particle" -> patterns, highest priority first
    private final String version;
    private final Set<String> writtenForms;
    private final Map<String, Set<String>> wordClasses; // "@person" -> lemmas

    private VerbDictionary(Map<String, List<VerbPattern>> byVerb, String version, Set<String> writtenForms) {
        this(byVerb, version, writtenForms, Map.of());
    }

    private VerbDictionary(Map<String, List<VerbPattern>> byVerb, String version, Set<String> writtenForms,
            Map<String, Set<String>> wordClasses) {
        this.byVerb = byVerb;
        this.version = version;
        this.writtenForms = Set.copyOf(writtenForms);
        this.wordClasses = Map.copyOf(wordClasses);
    }

    public static VerbDictionary of(List<VerbPattern> patterns, String version) {
        Map<String, List<VerbPattern>> map = new HashMap<>();
        for (VerbPattern p : patterns) {
            map.computeIfAbsent(key(p.verb(), p.particle()), k -> new ArrayList<>()).add(p);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new VerbDictionary(map, version, Set.of());
    }

    /**
     * Reads a {@code dyad-verbs/1} file: verb, particle, slot, words, code ('-' for none; {@code A:B}
     * when the target does B in return).
     */
    public static VerbDictionary read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        List<VerbPattern> out = new ArrayList<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 5) {
                throw new DictionaryFormatException(name, line.number(),
                        "expected 5 tab-separated fields (verb, particle, slot, words, code), found " + f.length);
            }
            try {
                out.add(pattern(f, name));
            } catch (IllegalArgumentException e) {
                throw new DictionaryFormatException(name, line.number(), e.getMessage());
            }
        }
        return of(out, name + "@" + parsed.version());
    }

    /**
     * One line's five fields (verb, particle, slot, words, code) as a pattern from {@code source}.
     *
     * @throws IllegalArgumentException saying which field is wrong
     */
    public static VerbPattern pattern(String[] f, String source) {
        String verb = f[0].trim().toLowerCase(java.util.Locale.ROOT);
        String particle = dash(f[1]);
        String slotText = dash(f[2]);
        if (slotText.equals("phrase")) {
            return VerbPattern.phrase(verb, particle, PhrasePattern.parse(f[3]), code(f[4]), source)
                    .withReverseCode(reverse(f[4]));
        }
        VerbPattern.Slot slot;
        String prep = "";
        if (slotText.isEmpty()) {
            slot = VerbPattern.Slot.DEFAULT;
        } else if (slotText.equals("obj")) {
            slot = VerbPattern.Slot.OBJECT;
        } else if (slotText.equals("subj")) {
            slot = VerbPattern.Slot.SUBJECT;
        } else if (slotText.startsWith("prep:") && slotText.length() > 5) {
            slot = VerbPattern.Slot.PREPOSITION;
            prep = slotText.substring(5);
        } else {
            throw new IllegalArgumentException("slot '" + slotText + "' must be '-', 'obj', 'subj', 'prep:WORD' or 'phrase'");
        }
        String wordsText = dash(f[3]);
        Set<String> words = wordsText.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(wordsText.split(",")));
        return new VerbPattern(verb, particle, slot, prep, words, code(f[4]), source).withReverseCode(reverse(f[4]));
    }

    /** The code of a code field: {@code 040}, {@code 040:040} (with the reverse event's) or {@code ---}. */
    private static Optional<String> code(String field) {
        String codeText = field.trim().split(":", 2)[0];
        return codeText.equals("---") ? Optional.empty() : Optional.of(codeText);
    }

    private static Optional<String> reverse(String field) {
        String[] parts = field.trim().split(":", 2);
        return parts.length == 2 ? Optional.of(parts[1].trim()) : Optional.empty();
    }

    private static String dash(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("-") ? "" : t;
    }

    private static String key(String verb, String particle) {
        return particle.isEmpty() ? verb : verb + " " + particle;
    }

    /** Patterns for a verb with a particle ("step up"), or for the bare verb when particle is empty. */
    public List<VerbPattern> patterns(String verb, String particle) {
        return byVerb.getOrDefault(key(verb, particle), List.of());
    }

    /** Every pattern, in no particular order. */
    public List<VerbPattern> all() {
        return byVerb.values().stream().flatMap(List::stream).toList();
    }

    /**
     * This dictionary naming some verbs by a written form rather than a lemma: a PETRARCH dictionary
     * matches words as written, so its {@code LEFT [040]} block is the verb "left", not "leave".
     */
    public VerbDictionary withWrittenForms(Set<String> forms) {
        Set<String> all = new HashSet<>(writtenForms);
        forms.forEach(f -> all.add(f.toLowerCase(java.util.Locale.ROOT)));
        return new VerbDictionary(byVerb, version, all, wordClasses);
    }

    /**
     * This dictionary with the word classes of a {@code dyad-word-class/1} file (class, word,
     * note): a pattern's word {@code @person} names the class of that name ("prisoner",
     * "delegation", from WordNet 3.1's persons and groups).
     */
    public VerbDictionary withWordClasses(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(WORD_CLASS_FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '"
                    + WORD_CLASS_FORMAT + "'");
        }
        Map<String, Set<String>> classes = new HashMap<>();
        wordClasses.forEach((k, v) -> classes.put(k, new HashSet<>(v)));
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length < 2 || !f[0].trim().startsWith("@") || f[1].isBlank()) {
                throw new DictionaryFormatException(name, line.number(),
                        "expected a class ('@person'), a word and an optional note, tab-separated");
            }
            classes.computeIfAbsent(f[0].trim(), k -> new HashSet<>()).add(f[1].trim().toLowerCase(java.util.Locale.ROOT));
        }
        classes.replaceAll((k, v) -> Set.copyOf(v));
        return new VerbDictionary(byVerb, version + "+" + name + "@" + parsed.version(), writtenForms, classes);
    }

    /** True when the word (a lemma, lower case) is in the named class ({@code @person}). */
    public boolean inClass(String wordClass, String word) {
        return wordClasses.getOrDefault(wordClass, Set.of()).contains(word);
    }

    /**
     * The entry a verb token is looked up by: its written form when the dictionary names a verb by
     * that form ("left" of "leave"), else its lemma.
     */
    public String entryFor(String word, String lemma) {
        String written = word.toLowerCase(java.util.Locale.ROOT);
        return writtenForms.contains(written) ? written : lemma.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean knows(String verb, String particle) {
        return byVerb.containsKey(key(verb, particle));
    }

    /** This dictionary with {@code overrides}' patterns tried first. */
    public VerbDictionary overriddenBy(VerbDictionary overrides) {
        Map<String, List<VerbPattern>> merged = new HashMap<>(byVerb);
        for (Map.Entry<String, List<VerbPattern>> e : overrides.byVerb.entrySet()) {
            List<VerbPattern> list = new ArrayList<>(e.getValue());
            list.addAll(byVerb.getOrDefault(e.getKey(), List.of()));
            merged.put(e.getKey(), List.copyOf(list));
        }
        Set<String> forms = new HashSet<>(writtenForms);
        forms.addAll(overrides.writtenForms);
        Map<String, Set<String>> classes = new HashMap<>(wordClasses);
        overrides.wordClasses.forEach((k, v) -> classes.merge(k, v, (a, b) -> {
            Set<String> both = new HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        }));
        return new VerbDictionary(merged, version + "+" + overrides.version, forms, classes);
    }

    public String version() {
        return version;
    }

    public int size() {
        return byVerb.values().stream().mapToInt(List::size).sum();
    }
}
