package org.dyad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Splits a CAMEO actor code into GDELT's actor columns using GDELT's lookup tables: the country,
 * known-group, two religion and three type codes. {@code IGOUNOGOV}: type IGO, known group UNO,
 * type GOV.
 */
final class GdeltActorCodes {
    record Parts(String country, String knownGroup, String religion1, String religion2, String type1, String type2,
            String type3) {}

    private final Set<String> countries = load("CAMEO.country.txt");
    private final Set<String> types = load("CAMEO.type.txt");
    private final Set<String> knownGroups = load("CAMEO.knowngroup.txt");
    private final Set<String> religions = load("CAMEO.religion.txt");

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
            if (i == 0 && countries.contains(g)) {
                country = g;
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

    private static Set<String> load(String name) {
        String resource = "/org/dyad/store/gdelt/" + name;
        try (InputStream in = GdeltActorCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> out = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                String code = (tab < 0 ? line : line.substring(0, tab)).strip();
                if (code.length() == 3) {
                    out.add(code);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
