package org.dyad.core.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;

/**
 * The CAMEO event codebook with Goldstein scores, quad classes and the CAMEO-to-PLOVER crosswalk.
 * Codes without their own PLOVER mapping inherit the nearest ancestor's.
 */
public final class CameoOntology {
    private final Map<String, CameoEntry> entries;
    private final CameoNegations negations;
    private final String version;

    private CameoOntology(Map<String, CameoEntry> entries, CameoNegations negations, String version) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.negations = negations;
        this.version = version;
    }

    /**
     * Reads the consolidated table: tab-separated, with a header naming at least
     * {@code cameo_code}, {@code name_cameo_codefile_0.7b5}, the quad column (its name starts
     * with {@code quad}), {@code goldstein_gdelt}, {@code goldstein_phoenix},
     * {@code plover_event_2021}, {@code plover_mode_2021} and {@code plover_context_2021}.
     */
    public static CameoOntology read(Reader table, String version) {
        Map<String, CameoEntry> entries = new HashMap<>();
        try (BufferedReader in = new BufferedReader(table)) {
            String header = in.readLine();
            if (header == null) {
                throw new OntologyFormatException("the CAMEO table is empty");
            }
            String[] names = header.split("\t", -1);
            int code = column(names, "cameo_code");
            int name = column(names, "name_cameo_codefile");
            int quad = column(names, "quad");
            int gdelt = column(names, "goldstein_gdelt");
            int phoenix = column(names, "goldstein_phoenix");
            int plover = column(names, "plover_event");
            int mode = column(names, "plover_mode");
            int context = column(names, "plover_context");
            String line;
            int lineNo = 1;
            Map<String, Plover> ownPlover = new HashMap<>();
            Map<String, String[]> rows = new TreeMap<>();
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < names.length) {
                    throw new OntologyFormatException("CAMEO table line " + lineNo + " has " + f.length
                            + " fields, expected " + names.length);
                }
                rows.put(f[code].trim(), f);
                if (!f[plover].isBlank()) {
                    ownPlover.put(f[code].trim(), new Plover(PloverType.valueOf(f[plover].trim().toUpperCase(Locale.ROOT)),
                            Optional.of(f[mode].trim()), Optional.of(f[context].trim())));
                }
            }
            for (Map.Entry<String, String[]> row : rows.entrySet()) {
                String c = row.getKey();
                String[] f = row.getValue();
                String g = !f[gdelt].isBlank() ? f[gdelt] : f[phoenix];
                double goldstein = g.isBlank() ? inheritedGoldstein(rows, c, gdelt, phoenix) : Double.parseDouble(g.trim());
                entries.put(c, new CameoEntry(c, f[name].trim(), Integer.parseInt(f[quad].trim()), goldstein,
                        inheritedPlover(ownPlover, c)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CAMEO table", e);
        } catch (IllegalArgumentException e) {
            throw new OntologyFormatException("bad value in the CAMEO table: " + e.getMessage());
        }
        return new CameoOntology(entries, CameoNegations.none(), version);
    }

    private static double inheritedGoldstein(Map<String, String[]> rows, String code, int gdelt, int phoenix) {
        for (String c = code.substring(0, code.length() - 1); c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            String[] f = rows.get(c);
            if (f != null) {
                String g = !f[gdelt].isBlank() ? f[gdelt] : f[phoenix];
                if (!g.isBlank()) {
                    return Double.parseDouble(g.trim());
                }
            }
        }
        return 0.0;
    }

    private static Optional<Plover> inheritedPlover(Map<String, Plover> own, String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            Plover p = own.get(c);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static int column(String[] names, String prefix) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].trim().startsWith(prefix)) {
                return i;
            }
        }
        throw new OntologyFormatException("the CAMEO table has no column starting with '" + prefix + "'");
    }

    /**
     * This codebook with codes a dictionary defines beyond it (a test suite's own codes, say);
     * codes it already has keep their entries.
     */
    public CameoOntology withCodes(Collection<CameoEntry> extra, String extension) {
        Map<String, CameoEntry> all = new HashMap<>(entries);
        for (CameoEntry e : extra) {
            all.putIfAbsent(e.code(), e);
        }
        return new CameoOntology(all, negations, version + "+" + extension);
    }

    /** This codebook with the codes that negate each other ("not 050" is 110). */
    public CameoOntology withNegations(CameoNegations pairs) {
        return new CameoOntology(entries, pairs, version + "+" + pairs.version());
    }

    /**
     * The entry of the code that says {@code code} did not happen (110 for 050, 050 for 110), when
     * the ontology defines one.
     */
    public Optional<CameoEntry> negation(String code) {
        return negations.negation(code).flatMap(this::get);
    }

    public Optional<CameoEntry> get(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** The entry for {@code code}, falling back to its parent codes. */
    public Optional<CameoEntry> nearest(String code) {
        for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            CameoEntry e = entries.get(c);
            if (e != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Collection<CameoEntry> entries() {
        return entries.values();
    }

    public String version() {
        return version;
    }
}
