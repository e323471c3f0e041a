package org.dyad.core.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * Nouns that name people ("visitor", "sibling", "protester"), versioned data the bundled
 * codebooks derive from WordNet 3.1: the {@code noun.person} lines of the word-class file of
 * {@code @person} verb slots ({@code wordnet.persons.tsv}, whose groups such as "delegation" are
 * for slots only): a subject, object or agent with such a head that names no actor is an
 * unresolved party of the event (PLOVER's conventions, docs/coding.md "Unnamed and generic
 * parties").
 */
public final class PersonNouns {
    /** The file format read: {@link VerbDictionary#WORD_CLASS_FORMAT}'s class, noun, lexicographer file. */
    public static final String FORMAT = VerbDictionary.WORD_CLASS_FORMAT;
    /** The lexicographer file of the nouns kept: persons, not groups. */
    public static final String PERSON_FILE = "noun.person";
    private static final PersonNouns NONE = new PersonNouns(Set.of(), "none");

    private final Set<String> nouns;
    private final String version;

    public PersonNouns(Set<String> nouns, String version) {
        for (String n : nouns) {
            if (n.isBlank() || !n.equals(n.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("person noun '" + n + "' must be a lower-case word");
            }
        }
        this.nouns = Set.copyOf(nouns);
        this.version = version;
    }

    /** No nouns: only names and pronouns can be unresolved parties. */
    public static PersonNouns none() {
        return NONE;
    }

    /**
     * Reads the nouns of a {@code dyad-word-class/1} file (class, noun, lexicographer file) whose
     * lexicographer file is {@value #PERSON_FILE}; the other lines (groups) are skipped.
     */
    public static PersonNouns read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        Set<String> out = new HashSet<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 3 || f[1].isBlank()) {
                throw new DictionaryFormatException(name, line.number(), "expected 3 tab-separated fields (class, noun, "
                        + "lexicographer file), found " + f.length);
            }
            if (f[2].trim().equals(PERSON_FILE)) {
                out.add(f[1].trim().toLowerCase(Locale.ROOT));
            }
        }
        return new PersonNouns(out, name + "@" + parsed.version());
    }

    /** Whether this noun lemma names people; hyphens are ignored ("party-goer" is "partygoer"). */
    public boolean namesPeople(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return nouns.contains(l) || (l.indexOf('-') > 0 && nouns.contains(l.replace("-", "")));
    }

    public int size() {
        return nouns.size();
    }

    public String version() {
        return version;
    }
}
