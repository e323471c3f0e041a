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

/** The parts of CountryInfo.txt the gazetteer uses. */
record CountryInfo(List<Entry> entries) {
    record Entry(String iso2, String iso3, String name, List<String> nationality) {
    }

    private static final Pattern COUNTRY = Pattern.compile("<Country>(.*?)</Country>", Pattern.DOTALL);

    static CountryInfo parse(String text) {
        List<Entry> out = new ArrayList<>();
        Matcher m = COUNTRY.matcher(text);
        while (m.find()) {
            String body = m.group(1);
            String iso2 = tag(body, "ISO3166-alpha2");
            String iso3 = tag(body, "ISO3166-alpha3");
            String name = tag(body, "CountryName");
            if (iso2 == null || iso3 == null || name == null || !iso3.matches("[A-Z]{3}") || !iso2.matches("[A-Z]{2}")) {
                continue;
            }
            List<String> nat = new ArrayList<>();
            String block = tag(body, "Nationality");
            if (block != null) {
                for (String line : block.split("\n")) {
                    String s = line.replaceAll("#.*", "").trim();
                    if (s.isEmpty() || s.contains("(") || s.contains("{")) {
                        continue;
                    }
                    nat.add(words(s));
                }
            }
            out.add(new Entry(iso2, iso3, words(name), nat));
        }
        return new CountryInfo(out);
    }

    private static String words(String s) {
        return String.join(" ", Arrays.stream(s.split("_")).filter(w -> !w.isEmpty()).toList());
    }

    private static String tag(String body, String tag) {
        int a = body.indexOf("<" + tag + ">");
        int b = body.indexOf("</" + tag + ">");
        if (a < 0 || b < a) {
            return null;
        }
        return body.substring(a + tag.length() + 2, b).trim();
    }
}
