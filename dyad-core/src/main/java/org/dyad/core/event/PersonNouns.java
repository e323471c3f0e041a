package org.dyad.core.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * Nouns that name people ("visitor", "sibling", "protester", "people"), versioned data the
 * bundled codebooks derive from WordNet 3.1 ({@code wordnet.people.tsv}): a subject, object or
 * agent with such a head that names no actor is an unresolved party of the event (PLOVER's
 * conventions, docs/coding.md "Unnamed and generic parties").
 */
public final class PersonNouns {
    public static final String FORMAT = "dyad-person-nouns/1";
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

    /** Reads a {@code dyad-person-nouns/1} file: one noun lemma a line. */
    public static PersonNouns read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        Set<String> out = new HashSet<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 1 || f[0].isBlank()) {
                throw new DictionaryFormatException(name, line.number(), "expected one noun a line, found " + f.length
                        + " fields");
            }
            out.add(f[0].trim().toLowerCase(Locale.ROOT));
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
