package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives Dyad's actor and agent dictionaries from the Phoenix (PETRARCH-2) dictionaries and
 * CountryInfo. A build tool, run by hand when the sources change (docs/dictionaries.md):
 *
 * <pre>
 * java -cp dyad-codebooks/target/classes org.dyad.codebooks.tools.ImportPhoenix \
 *     ../shared/dictionaries dyad-codebooks/src/main/resources/org/dyad/codebooks/dict
 * </pre>
 */
public final class ImportPhoenix {
    private static final Pattern CODE = Pattern.compile("\\[([A-Z0-9~]+)(?:\\s+([<>]?\\d{6,8})(?:\\s*-\\s*(\\d{6,8}))?)?\\s*\\]");
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "REB", "OPP", "ELI", "BUS", "CVL", "MED", "EDU",
            "JUD", "LEG", "COP", "SPY", "REF", "LAB", "HLH", "AGR", "CRM", "DEV", "ENV", "HRI", "IGO", "NGO", "IMG",
            "INS", "MOD", "RAD", "REL", "SEP", "UAF", "PTY", "SET", "UNK");

    private ImportPhoenix() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ImportPhoenix SHARED_DICTIONARIES_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        CountryInfo info = CountryInfo.read(in.resolve("countryinfo/CountryInfo.120116.txt"));
        String header = "# Derived by org.dyad.codebooks.tools.ImportPhoenix from the Phoenix (PETRARCH-2) dictionaries,\n"
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

    /** TABARI phrase to Dyad phrase: underscores are spaces, a trailing underscore marks a whole word. */
    static String phrase(String tabari) {
        String p = tabari.trim();
        int hash = p.indexOf('#');
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        p = p.replace('_', ' ').trim().replaceAll("\\s+", " ");
        return p.toLowerCase(Locale.ROOT);
    }

    private record Code(String code, String from, String to) {
    }

    private static void convertActors(Path src, Path dst, String header, String version, CountryInfo info)
            throws IOException {
        List<String> lines = Files.readAllLines(src, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(); // phrases of the current entry (first is primary)
        List<Code> codes = new ArrayList<>();
        boolean inCountryBlock = false;
        int skipped = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i <= lines.size(); i++) {
            String raw = i < lines.size() ? lines.get(i) : "";
            String line = raw.replace("\t", "    ");
            String t = line.trim();
            if (t.startsWith("#")) {
                continue;
            }
            boolean codeLine = t.startsWith("[");
            boolean synonym = t.startsWith("+");
            boolean entryStart = !t.isEmpty() && !codeLine && !synonym;
            // A new primary phrase after codes closes the previous entry.
            if ((entryStart && !codes.isEmpty()) || (t.isEmpty() && !codes.isEmpty()) || i == lines.size()) {
                if (!codes.isEmpty()) {
                    skipped += emit(out, pending, codes, info, seen);
                }
                pending.clear();
                codes.clear();
            }
            if (t.isEmpty()) {
                continue;
            }
            String body = t.split("#", 2)[0];
            Matcher m = CODE.matcher(body);
            String phrasePart = body;
            int firstBracket = body.indexOf('[');
            if (firstBracket >= 0) {
                phrasePart = body.substring(0, firstBracket);
            }
            if (synonym) {
                phrasePart = phrasePart.substring(1);
            }
            if (!codeLine) {
                String p = phrase(phrasePart.replaceAll("\\{.*", ""));
                if (!p.isEmpty()) {
                    pending.add(p);
                }
            }
            while (m.find()) {
                codes.add(new Code(m.group(1), m.group(2), m.group(3)));
            }
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

    private static int emit(List<String> out, List<String> phrases, List<Code> codes, CountryInfo info,
            Map<String, Integer> seen) {
        int skipped = 0;
        boolean dated = codes.stream().anyMatch(c -> c.from() != null);
        for (int p = 0; p < phrases.size(); p++) {
            String phrase = phrases.get(p);
            for (Code c : codes) {
                String code = c.code().replace("~", "");
                if (code.length() % 3 != 0 || code.isEmpty() || (code.length() == 3 && ROLES.contains(code))) {
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
                String from = "";
                String to = "";
                try {
                    if (c.from() != null) {
                        if (c.from().startsWith(">")) {
                            from = date(c.from().substring(1));
                        } else if (c.from().startsWith("<")) {
                            to = date(c.from().substring(1));
                        } else {
                            from = date(c.from());
                            to = c.to() == null ? "" : date(c.to());
                        }
                    }
                } catch (IllegalArgumentException e) {
                    skipped++;
                    continue;
                }
                if (!from.isEmpty() && !to.isEmpty() && to.compareTo(from) < 0) {
                    skipped++;
                    continue;
                }
                String key = phrase + "\t" + code + "\t" + from + "\t" + to;
                if (seen.merge(key, 1, Integer::sum) > 1) {
                    continue;
                }
                out.add(phrase + "\t" + code + "\t" + kind + (from.isEmpty() && to.isEmpty() ? "" : "\t" + from + "\t" + to));
            }
        }
        return skipped;
    }

    /** yymmdd (two-digit years up to 30 are 20xx) or yyyymmdd to ISO. */
    static String date(String d) {
        String full;
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            full = (yy <= 30 ? "20" : "19") + d;
        } else if (d.length() == 8) {
            full = d;
        } else {
            throw new IllegalArgumentException("bad date " + d);
        }
        int month = Integer.parseInt(full.substring(4, 6));
        int day = Integer.parseInt(full.substring(6, 8));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("bad date " + d);
        }
        try {
            java.time.LocalDate.parse(full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("bad date " + d, e);
        }
        return full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8);
    }

    private static List<String> expandMacros(String line, Map<String, List<String>> macros) {
        for (Map.Entry<String, List<String>> m : macros.entrySet()) {
            int at = line.indexOf(m.getKey());
            if (at >= 0) {
                List<String> out = new ArrayList<>();
                for (String value : m.getValue()) {
                    out.addAll(expandMacros(line.substring(0, at) + value + line.substring(at + m.getKey().length()),
                            macros));
                }
                return out;
            }
        }
        return List.of(line);
    }

    private static void convertAgents(Path src, Path dst, String header) throws IOException {
        Pattern agent = Pattern.compile("^([^\\[{#]+?)\\s*(\\{[^}]*\\})?\\s*\\[~([A-Z]+)\\]");
        Set<String> prepositions = Set.of("to", "for", "at", "of", "in", "on", "with", "from", "by", "and");
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(src, StandardCharsets.ISO_8859_1);
        // Substitution sets: "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" expand inside phrases.
        Map<String, List<String>> macros = new HashMap<>();
        Pattern macro = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
        for (String line : lines) {
            Matcher mm = macro.matcher(line.trim());
            if (mm.find()) {
                List<String> values = new ArrayList<>();
                for (String v : mm.group(2).split(",")) {
                    values.add(v.trim());
                }
                macros.put(mm.group(1), values);
            }
        }
        List<String> expanded = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || macro.matcher(line.trim()).find()) {
                continue;
            }
            expanded.addAll(expandMacros(line, macros));
        }
        for (String line : expanded) {
            Matcher m = agent.matcher(line.trim());
            if (!m.find()) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            forms.add(m.group(1));
            if (m.group(2) != null) {
                for (String f : m.group(2).replaceAll("[{}]", "").trim().split("\\s+")) {
                    if (!f.isBlank()) {
                        forms.add(f);
                    }
                }
            }
            String role = m.group(3);
            if (role.length() % 3 != 0) {
                continue;
            }
            for (String f : forms) {
                String p = phrase(f.replace(",", ""));
                String[] words = p.split(" ");
                if (p.isEmpty() || prepositions.contains(words[words.length - 1])) {
                    continue; // "ambassador to" style phrases: Dyad reads prepositions from the parse
                }
                if (seen.add(p)) {
                    out.add(p + "\t" + role);
                }
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
