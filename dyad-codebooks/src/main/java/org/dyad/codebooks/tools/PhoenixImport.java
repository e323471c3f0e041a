package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.codebooks.tabari.TabariActor;
import org.dyad.codebooks.tabari.TabariAgent;
import org.dyad.codebooks.tabari.TabariCode;
import org.dyad.codebooks.tabari.TabariDictionaries;
import org.dyad.codebooks.tabari.TabariReader;
import org.dyad.codebooks.tabari.TabariResult;

/**
 * Derives Dyad's actor and agent dictionaries from the Phoenix (PETRARCH-2) dictionaries and
 * CountryInfo. Run by hand when the sources change, through {@code dyad dictionaries
 * import-phoenix} (docs/dictionaries.md):
 *
 * <pre>
 * ./dyad dictionaries import-phoenix ../shared/dictionaries dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class PhoenixImport {
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "ELI", "BUS", "CVL", "MED", "EDU",
            "JUD", "LEG", "COP", "SPY", "REF", "LAB", "HLH", "AGR", "CRM", "DEV", "ENV", "HRI", "IGO", "NGO", "IMG",
            "INS", "MOD", "RAD", "REL", "SEP", "UAF", "PTY", "SET", "UNK");

    /** The files {@link #write} makes, in order. */
    public static final List<String> OUTPUTS = List.of("countries.actors.tsv", "international.actors.tsv",
            "nonstate.actors.tsv", "agents.tsv");

    private PhoenixImport() {
    }

    /**
     * Reads {@code in} (the shared dictionaries directory: {@code phoenix/Phoenix.*.txt} and
     * {@code countryinfo/CountryInfo.120116.txt}) and writes {@link #OUTPUTS} into {@code out}.
     *
     * @throws NoSuchFileException naming the first source file that is missing
     */
    public static void write(Path in, Path out) throws IOException {
        for (String source : List.of("countryinfo/CountryInfo.120116.txt", "phoenix/Phoenix.Countries.actors.txt",
                "phoenix/Phoenix.International.actors.txt", "phoenix/Phoenix.MilNonState.actors.txt",
                "phoenix/Phoenix.agents.txt")) {
            if (!Files.isRegularFile(in.resolve(source))) {
                throw new NoSuchFileException(in.resolve(source).toString(), null,
                        "give the directory that holds phoenix/ and countryinfo/");
            }
        }
        Files.createDirectories(out);
        CountryInfo info = CountryInfo.read(in.resolve("countryinfo/CountryInfo.120116.txt"));
        String header = "# Derived by dyad dictionaries import-phoenix from the Phoenix (PETRARCH-2) dictionaries,\n"
                + "# Copyright (c) 2014-2015 Open Event Data Alliance, MIT licence (see LICENSE-phoenix.txt),\n"
                + "# with kinds from CountryInfo.120116.txt by Philip A. Schrodt, CC BY-SA 3.0.\n";
        convertActors(in.resolve("phoenix/Phoenix.Countries.actors.txt"), out.resolve("countries.actors.tsv"),
                header, "phoenix-countries-2014.01.30", info);
        convertActors(in.resolve("phoenix/Phoenix.International.actors.txt"), out.resolve("international.actors.tsv"),
                header, "phoenix-international-2015", null);
        convertActors(in.resolve("phoenix/Phoenix.MilNonState.actors.txt"), out.resolve("nonstate.actors.tsv"),
                header, "phoenix-milnonstate-2015", null);
        convertAgents(in.resolve("phoenix/Phoenix.agents.txt"), out.resolve("agents.tsv"), header);
    }

    /** Country name lists from CountryInfo, to tell names, adjectives, capitals and places apart. */
    record CountryInfo(Set<String> names, Set<String> nationality, Set<String> capitals, Set<String> places) {
        static CountryInfo read(Path file) throws IOException {
            Set<String> names = new LinkedHashSet<>();
            Set<String> nationality = new LinkedHashSet<>();
            Set<String> capitals = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            Set<String> current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                String t = line.trim();
                if (t.startsWith("<CountryName>")) {
                    names.add(phrase(t.replaceAll("</?CountryName>", "")));
                } else if (t.equals("<Nationality>")) {
                    current = nationality;
                } else if (t.equals("<Capital>")) {
                    current = capitals;
                } else if (t.equals("<MajorCities>") || t.equals("<Regions>") || t.equals("<GeogFeatures>")) {
                    current = places;
                } else if (t.startsWith("</")) {
                    current = null;
                } else if (current != null && !t.isEmpty() && !t.startsWith("<")) {
                    current.add(phrase(t.split("[\\[#]")[0]));
                }
            }
            return new CountryInfo(names, nationality, capitals, places);
        }

        String kindOf(String phrase, boolean primary) {
            if (capitals.contains(phrase)) {
                return "capital";
            }
            if (places.contains(phrase)) {
                return "place";
            }
            if (names.contains(phrase) || primary) {
                return "country";
            }
            if (nationality.contains(phrase) && isAdjective(phrase)) {
                return "adjective";
            }
            return "country";
        }

        boolean knows(String p) {
            return names.contains(p) || nationality.contains(p) || capitals.contains(p) || places.contains(p);
        }

        private static boolean isAdjective(String p) {
            return p.matches(".*(an|ian|ese|ish|i|ic|ch|er)$") && !p.contains(" ");
        }
    }

    static String phrase(String tabari) {
        return TabariReader.phrase(tabari);
    }

    private static void convertActors(Path src, Path dst, String header, String version, CountryInfo info)
            throws IOException {
        TabariResult<List<TabariActor>> read;
        try (Reader in = Files.newBufferedReader(src, StandardCharsets.ISO_8859_1)) {
            read = TabariReader.actors(in, src.getFileName().toString());
        }
        List<String> out = new ArrayList<>();
        int skipped = read.issues().size();
        Map<String, Integer> seen = new HashMap<>();
        for (TabariActor a : read.value()) {
            skipped += emit(out, a, info, seen);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dst, StandardCharsets.UTF_8))) {
            w.println("#format dyad-actors/1");
            w.println("#version " + version);
            w.print(header);
            w.println("# Source file: " + src.getFileName() + "; " + skipped + " unusable code lines skipped.");
            w.println("# phrase\tcode\tkind\tfrom\tto");
            out.forEach(w::println);
        }
    }

    private static int emit(List<String> out, TabariActor actor, CountryInfo info, Map<String, Integer> seen) {
        int skipped = 0;
        boolean dated = actor.codes().stream().anyMatch(TabariCode::dated);
        for (int p = 0; p < actor.phrases().size(); p++) {
            String phrase = actor.phrases().get(p);
            for (TabariCode c : actor.codes()) {
                String code = c.code().replace("~", "");
                if (!code.matches("([A-Z0-9]{3})+") || (code.length() == 3 && ROLES.contains(code))) {
                    skipped++;
                    continue;
                }
                String kind;
                if (info != null && info.knows(phrase)) {
                    kind = info.kindOf(phrase, p == 0);
                } else if (dated) {
                    kind = "person";
                } else if (info != null && code.length() == 3) {
                    kind = info.kindOf(phrase, p == 0);
                } else {
                    kind = "organization";
                }
                String from = c.from().map(Object::toString).orElse("");
                String to = c.to().map(Object::toString).orElse("");
                String key = phrase + "\t" + code + "\t" + from + "\t" + to;
                if (seen.merge(key, 1, Integer::sum) > 1) {
                    continue;
                }
                out.add(phrase + "\t" + code + "\t" + kind + (from.isEmpty() && to.isEmpty() ? "" : "\t" + from + "\t" + to));
            }
        }
        return skipped;
    }

    private static void convertAgents(Path src, Path dst, String header) throws IOException {
        TabariResult<List<TabariAgent>> read;
        String name = src.getFileName().toString();
        try (Reader in = Files.newBufferedReader(src, StandardCharsets.ISO_8859_1)) {
            read = TabariReader.agents(in, name);
        }
        List<String> out = new ArrayList<>();
        for (TabariAgent a : TabariDictionaries.usableAgents(read.value(), name, new ArrayList<>())) {
            for (String p : a.phrases()) {
                out.add(p + "\t" + a.role() + (a.prefix() ? "~" : ""));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dst, StandardCharsets.UTF_8))) {
            w.println("#format dyad-agents/1");
            w.println("#version phoenix-agents-2015");
            w.print(header);
            w.println("# phrase\trole");
            out.forEach(w::println);
        }
    }
}
