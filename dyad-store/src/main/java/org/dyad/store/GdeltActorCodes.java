package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.facts.ActorCode;

/**
 * Splits a CAMEO actor code into GDELT's actor columns using GDELT's lookup tables: the country,
 * known-group, two religion and three type codes. {@code IGOUNOGOV}: type IGO, known group UNO,
 * type GOV.
 */
final class GdeltActorCodes {
    record Parts(String country, String knownGroup, String religion1, String religion2, String type1, String type2,
            String type3) {}

    private final Set<String> countries = load("CAMEO.country.txt");
    /** ISO codes that GDELT's country table writes otherwise: ROU is ROM, MNE is MTN. */
    private final Map<String, String> isoToCameo = loadPairs("iso_to_cameo_country.txt");
    private final Set<String> types = load("CAMEO.type.txt");
    private final Set<String> knownGroups = load("CAMEO.knowngroup.txt");
    private final Set<String> religions = load("CAMEO.religion.txt");

    /** The code as GDELT writes it: a role of unknown country ({@code ---GOV}) is the bare role. */
    static String gdeltCode(String code) {
        return code.startsWith(ActorCode.UNKNOWN_COUNTRY) ? code.substring(ActorCode.UNKNOWN_COUNTRY.length()) : code;
    }

    Parts split(String code) {
        String country = "";
        String known = "";
        String[] religion = {"", ""};
        String[] type = {"", "", ""};
        int nr = 0;
        int nt = 0;
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String g = code.substring(i, i + 3);
            // A few codes (UNO, AMN, IRC) are both a type and a known group: after a type such
            // as IGO they name the group.
            boolean group = known.isEmpty() && knownGroups.contains(g) && (nt > 0 || !types.contains(g));
            if (i == 0 && (countries.contains(g) || isoToCameo.containsKey(g))) {
                country = isoToCameo.getOrDefault(g, g);
            } else if (group) {
                known = g;
            } else if (types.contains(g)) {
                if (nt < 3) {
                    type[nt++] = g;
                }
            } else if (religions.contains(g) && nr < 2) {
                religion[nr++] = g;
            }
        }
        return new Parts(country, known, religion[0], religion[1], type[0], type[1], type[2]);
    }

    private static Map<String, String> loadPairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(name)) {
            String[] f = line.split("\t");
            if (f.length >= 2 && f[0].strip().length() == 3 && f[1].strip().length() == 3) {
                out.put(f[0].strip(), f[1].strip());
            }
        }
        return out;
    }

    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            String code = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (code.length() == 3) {
                out.add(code);
            }
        }
        return out;
    }

    /** The lines of a bundled table after its header. */
    private static List<String> lines(String name) {
        String resource = "/org/dyad/store/gdelt/" + name;
        try (InputStream in = GdeltActorCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
