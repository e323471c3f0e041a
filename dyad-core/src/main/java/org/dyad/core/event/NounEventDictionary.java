package org.dyad.core.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * Nouns that name events ({@code sanctions}, {@code talks}, {@code airstrike}) and their CAMEO
 * codes, for nominal events carried by light verbs ("held talks") or passives ("hit by sanctions").
 */
public final class NounEventDictionary {
    public static final String FORMAT = "dyad-nouns/1";

    private final Map<String, String> codes;
    private final String version;

    public NounEventDictionary(Map<String, String> codes, String version) {
        for (Map.Entry<String, String> e : codes.entrySet()) {
            if (!e.getValue().matches("\\d{2,4}")) {
                throw new IllegalArgumentException("noun '" + e.getKey() + "' has a bad CAMEO code '" + e.getValue() + "'");
            }
        }
        this.codes = Map.copyOf(codes);
        this.version = version;
    }

    /** Reads a {@code dyad-nouns/1} file: noun lemma, CAMEO code. */
    public static NounEventDictionary read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        Map<String, String> codes = new HashMap<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 2) {
                throw new DictionaryFormatException(name, line.number(), "expected 2 tab-separated fields (noun, code), found "
                        + f.length);
            }
            String code = f[1].trim();
            if (!code.matches("\\d{2,4}")) {
                throw new DictionaryFormatException(name, line.number(), "'" + code + "' is not a CAMEO code");
            }
            codes.put(f[0].trim().toLowerCase(java.util.Locale.ROOT), code);
        }
        return new NounEventDictionary(codes, name + "@" + parsed.version());
    }

    /** Every noun and noun phrase with a code ("attack", "air strike", "freedom of movement"). */
    public java.util.Set<String> phrases() {
        return codes.keySet();
    }

    public Optional<String> code(String lemma) {
        return Optional.ofNullable(codes.get(lemma.toLowerCase(java.util.Locale.ROOT)));
    }

    public NounEventDictionary overriddenBy(NounEventDictionary overrides) {
        Map<String, String> merged = new HashMap<>(codes);
        merged.putAll(overrides.codes);
        return new NounEventDictionary(merged, version + "+" + overrides.version);
    }

    public String version() {
        return version;
    }
}
