package org.dyad.codebooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;
import org.dyad.core.event.DiscardList;
import org.dyad.core.event.NounEventDictionary;
import org.dyad.core.event.PersonNouns;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.ontology.CameoNegations;
import org.dyad.core.ontology.CameoOntology;
import org.dyad.core.text.Lexicon;

/**
 * The dictionaries and ontology tables Dyad codes with: the bundled, versioned files, optionally
 * overridden and extended by a user's own files. Immutable; create once and share.
 *
 * <pre>
 * Codebooks books = Codebooks.bundled().withUserFiles(List.of(Path.of("my.actors.tsv")));
 * ActorDictionary actors = books.actors();
 * </pre>
 */
public final class Codebooks {
    private static final String BASE = "/org/dyad/codebooks/dict/";

    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final VerbDictionary verbs;
    private final NounEventDictionary nouns;
    private final CameoOntology cameo;
    private final DiscardList discards;
    private final PersonNouns persons;
    private final Map<String, String> hashes;

    private Codebooks(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs, NounEventDictionary nouns,
            CameoOntology cameo, DiscardList discards, PersonNouns persons, Map<String, String> hashes) {
        this.persons = persons;
        this.actors = actors;
        this.agents = agents;
        this.verbs = verbs;
        this.nouns = nouns;
        this.cameo = cameo;
        this.discards = discards;
        this.hashes = Map.copyOf(hashes);
    }

    /** Codebooks made of dictionaries loaded elsewhere (an evaluation suite's own, say). */
    public static Codebooks of(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
            NounEventDictionary nouns, CameoOntology cameo, Map<String, String> hashes) {
        return new Codebooks(actors, agents, verbs, nouns, cameo, DiscardList.none(), PersonNouns.none(), hashes);
    }

    /** These codebooks with a discard list added to theirs. */
    public Codebooks withDiscards(DiscardList more) {
        return new Codebooks(actors, agents, verbs, nouns, cameo, discards.and(more), persons, hashes);
    }

    /**
     * Loads the dictionaries shipped in this jar. Each file is laid over the ones before it (a
     * phrase it defines replaces all their entries for that phrase): first the files derived from
     * Phoenix, then Dyad's own, {@code dyad.actors.tsv} last.
     */
    public static Codebooks bundled() {
        Map<String, String> hashes = new LinkedHashMap<>();
        ActorDictionary actors = actorFile("countries.actors.tsv", hashes)
                .overriddenBy(actorFile("international.actors.tsv", hashes))
                .overriddenBy(actorFile("nonstate.actors.tsv", hashes))
                // People in office since 2016 from the World Factbook; Phoenix's earlier offices stay for earlier dates.
                .extendedBy(actorFile("factbook.leaders.actors.tsv", hashes))
                .overriddenBy(actorFile("dyad.countries.actors.tsv", hashes))
                .overriddenBy(actorFile("dyad.organizations.actors.tsv", hashes))
                // Companies and news media with their home countries (issue 15).
                .overriddenBy(actorFile("dyad.companies.actors.tsv", hashes))
                .overriddenBy(actorFile("dyad.groups.actors.tsv", hashes))
                .overriddenBy(actorFile("dyad.leaders.actors.tsv", hashes))
                .overriddenBy(actorFile("dyad.actors.tsv", hashes));
        AgentDictionary agents = DictionaryReader.agents(parse("agents.tsv", hashes), "agents")
                .overriddenBy(DictionaryReader.agents(parse("dyad.agents.tsv", hashes), "dyad.agents"));
        // Nouns of persons and groups for @person slots (dyad dictionaries derive-person-nouns); its
        // noun.person lines are also the nouns naming people, for parties no actor resolves.
        DictionaryReader.Parsed personsFile = parse("wordnet.persons.tsv", hashes);
        // Verbs WordNet 3.1 relates to coded verbs (dyad dictionaries derive-related-verbs), under the verb files.
        VerbDictionary verbs = VerbDictionary.read(parse("wordnet.verbs.tsv", hashes), "wordnet.verbs")
                .overriddenBy(VerbDictionary.read(parse("verbs.tsv", hashes), "verbs"))
                .overriddenBy(VerbDictionary.read(parse("dyad.verbs.tsv", hashes), "dyad.verbs"))
                .withWordClasses(personsFile, "wordnet.persons");
        // Nouns derived from WordNet 3.1 (dyad dictionaries derive-event-nouns), the hand-written ones over them.
        NounEventDictionary nouns = NounEventDictionary.read(parse("wordnet.nouns.tsv", hashes), "wordnet.nouns")
                .overriddenBy(NounEventDictionary.read(parse("dyad.nouns.tsv", hashes), "dyad.nouns"));
        String table = text("cameo_eventcodes.tsv", hashes);
        CameoOntology cameo = CameoOntology.read(new StringReader(table), "cameo-consolidated-" + hashes
                .get("cameo_eventcodes.tsv").substring(0, 12))
                .withNegations(CameoNegations.read(parse("cameo_negations.tsv", hashes), "cameo_negations"));
        // No discard list is bundled: Phoenix's drops sentences that name a past year or "years
        // ago", which loses real events; a user adds one with a dyad-discards/1 file.
        PersonNouns persons = PersonNouns.read(personsFile, "wordnet.persons");
        return new Codebooks(actors, agents, verbs, nouns, cameo, DiscardList.none(), persons, hashes);
    }

    private static ActorDictionary actorFile(String file, Map<String, String> hashes) {
        String name = file.replace(".actors.tsv", "");
        return DictionaryReader.actors(parse(file, hashes), name);
    }

    private static DictionaryReader.Parsed parse(String file, Map<String, String> hashes) {
        return DictionaryReader.parse(new StringReader(text(file, hashes)), file);
    }

    private static String text(String file, Map<String, String> hashes) {
        try (InputStream in = Codebooks.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled dictionary " + file + " is missing from the classpath; "
                        + "rebuild dyad-codebooks");
            }
            byte[] bytes = in.readAllBytes();
            hashes.put(file, sha256(bytes));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + file, e);
        }
    }

    /**
     * These codebooks with the user's files laid over them, in order. Each file's
     * {@code #format} line says what it holds (actors, agents, verbs or nouns).
     *
     * @throws DictionaryFormatException naming the file and line of the first bad line
     */
    public Codebooks withUserFiles(List<Path> files) {
        ActorDictionary a = actors;
        AgentDictionary g = agents;
        VerbDictionary v = verbs;
        NounEventDictionary n = nouns;
        DiscardList d = discards;
        Map<String, String> h = new LinkedHashMap<>(hashes);
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new DictionaryFormatException(file.toString(), 0, "no such file");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dictionary " + file, e);
            }
            String name = file.toString();
            DictionaryReader.Parsed parsed = DictionaryReader.parse(
                    new StringReader(new String(bytes, StandardCharsets.UTF_8)), name);
            switch (parsed.format()) {
                case DictionaryReader.ACTORS_FORMAT -> a = a.overriddenBy(DictionaryReader.actors(parsed, name));
                case DictionaryReader.AGENTS_FORMAT -> g = g.overriddenBy(DictionaryReader.agents(parsed, name));
                case VerbDictionary.FORMAT -> v = v.overriddenBy(VerbDictionary.read(parsed, name));
                case NounEventDictionary.FORMAT -> n = n.overriddenBy(NounEventDictionary.read(parsed, name));
                case DiscardList.FORMAT -> d = d.and(DiscardList.read(parsed, name));
                default -> throw new DictionaryFormatException(name, 1, "unknown format '" + parsed.format()
                        + "'; use one of " + DictionaryReader.ACTORS_FORMAT + ", " + DictionaryReader.AGENTS_FORMAT
                        + ", " + VerbDictionary.FORMAT + ", " + NounEventDictionary.FORMAT + ", " + DiscardList.FORMAT);
            }
            h.put(name, sha256(bytes));
        }
        return new Codebooks(a, g, v, n, cameo, d, persons, h);
    }

    public ActorDictionary actors() {
        return actors;
    }

    public AgentDictionary agents() {
        return agents;
    }

    public VerbDictionary verbs() {
        return verbs;
    }

    public NounEventDictionary nouns() {
        return nouns;
    }

    /** The nouns naming people (WordNet 3.1 derived), for parties no actor resolves; none for a suite's own books. */
    public PersonNouns persons() {
        return persons;
    }

    public CameoOntology cameo() {
        return cameo;
    }

    /** Phrases whose stories or sentences code no events; none unless a user or a suite gives some. */
    public DiscardList discards() {
        return discards;
    }

    /** SHA-256 of every dictionary file in use, by file name: the provenance of a coding run. */
    public Map<String, String> hashes() {
        return hashes;
    }

    /**
     * The single words of actor names (countries, groups, people, places), for text repair to
     * recognise names that no English word list has.
     */
    public Lexicon nameLexicon() {
        Set<String> words = new HashSet<>();
        for (ActorEntry e : actors.entries()) {
            for (String w : e.words()) {
                if (w.length() > 1 && w.chars().allMatch(Character::isLetter)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> frozen = Set.copyOf(words);
        return word -> frozen.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
