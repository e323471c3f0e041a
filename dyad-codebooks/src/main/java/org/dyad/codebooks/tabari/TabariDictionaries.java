package org.dyad.codebooks.tabari;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.codebooks.Codebooks;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.actor.ActorDictionary;
import org.dyad.core.actor.ActorEntry;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.AgentDictionary;
import org.dyad.core.actor.AgentEntry;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.Phrase;
import org.dyad.core.event.DiscardList;
import org.dyad.core.event.VerbDictionary;
import org.dyad.core.event.VerbPattern;
import org.dyad.core.ontology.CameoEntry;
import org.dyad.core.ontology.CameoOntology;

/**
 * A set of TABARI/PETRARCH dictionaries loaded into Dyad's dictionaries: the way to code with a
 * suite's own dictionaries, such as the PETRARCH validation suite's.
 *
 * <pre>
 * TabariDictionaries suite = TabariDictionaries.fromDirectory(Path.of("petrarch-unit"));
 * Codebooks books = suite.codebooks(Codebooks.bundled()); // suite actors, agents, verbs; bundled nouns and CAMEO table
 * suite.issues(); // the lines Dyad could not use, with reasons
 * </pre>
 *
 * Files are found by name: {@code *actors*}, {@code *agents*}, {@code *verbs*} and
 * {@code *discards*} ending in {@code .txt}; ISO-8859-1, as TABARI wrote them.
 */
public record TabariDictionaries(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
        TabariDiscards discards, List<TabariIssue> issues, Map<String, String> hashes) {

    private static final Set<String> FINAL_PREPOSITIONS = Set.of("to", "for", "at", "of", "in", "on", "with", "from",
            "by", "and");

    public TabariDictionaries {
        issues = List.copyOf(issues);
        hashes = Map.copyOf(hashes);
    }

    /**
     * Loads every TABARI dictionary in {@code dir}.
     *
     * @throws DictionaryFormatException when the directory lacks an actors, agents or verbs file
     */
    public static TabariDictionaries fromDirectory(Path dir) {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<TabariIssue> issues = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String kind : List.of("actors", "agents", "verbs", "discards")) {
            Optional<Path> file = find(dir, kind);
            if (file.isEmpty()) {
                if (kind.equals("discards")) {
                    continue;
                }
                throw new DictionaryFormatException(dir.toString(), 0, "no *" + kind + "*.txt dictionary in this "
                        + "directory; give the directory that holds the TABARI actors, agents and verbs files");
            }
            try {
                byte[] bytes = Files.readAllBytes(file.get());
                hashes.put(file.get().getFileName().toString(), sha256(bytes));
                texts.put(kind, new String(bytes, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dictionary " + file.get(), e);
            }
        }
        String actorsName = name(hashes, "actors");
        TabariResult<List<TabariActor>> actors = TabariReader.actors(new StringReader(texts.get("actors")), actorsName);
        issues.addAll(actors.issues());
        String agentsName = name(hashes, "agents");
        TabariResult<List<TabariAgent>> agents = TabariReader.agents(new StringReader(texts.get("agents")), agentsName);
        issues.addAll(agents.issues());
        String verbsName = name(hashes, "verbs");
        TabariResult<List<TabariVerbPattern>> verbs = TabariReader.verbs(new StringReader(texts.get("verbs")), verbsName);
        issues.addAll(verbs.issues());
        TabariDiscards discards = texts.containsKey("discards")
                ? TabariReader.discards(new StringReader(texts.get("discards")), name(hashes, "discards")).value()
                : new TabariDiscards(List.of(), List.of());
        return new TabariDictionaries(
                actorDictionary(actors.value(), actorsName, issues),
                agentDictionary(usableAgents(agents.value(), agentsName, issues), agentsName),
                verbDictionary(verbs.value(), verbsName)
                        .withWrittenForms(TabariReader.writtenVerbs(new StringReader(texts.get("verbs")), verbsName)),
                discards, issues, hashes);
    }

    /**
     * Codebooks with these actors, agents and verbs, and {@code base}'s event nouns and CAMEO table.
     * Codes the verbs use that CAMEO lacks (the validation suite's {@code 903} or {@code 095}, say) join
     * the table so that they are coded as written, not as their parent.
     */
    public Codebooks codebooks(Codebooks base) {
        Map<String, String> all = new LinkedHashMap<>(hashes);
        base.hashes().forEach((file, hash) -> {
            if (file.equals("cameo_eventcodes.tsv") || file.endsWith(".nouns.tsv")) {
                all.put(file, hash);
            }
        });
        Map<String, CameoEntry> own = new TreeMap<>();
        for (VerbPattern p : verbs.all()) {
            for (Optional<String> code : List.of(p.code(), p.reverseCode())) {
                code.filter(c -> !c.equals(VerbPattern.NOUN_CODE) && base.cameo().get(c).isEmpty())
                        .ifPresent(c -> own.put(c, ownEntry(c, base.cameo().nearest(c))));
            }
        }
        CameoOntology cameo = own.isEmpty() ? base.cameo() : base.cameo().withCodes(own.values(), "suite codes");
        return Codebooks.of(actors, agents, verbs, base.nouns(), cameo, all)
                .withDiscards(DiscardList.of(discards.storyPhrases(), discards.sentencePhrases(), "tabari-discards"));
    }

    /**
     * A code the verbs define beyond CAMEO, coded as written: under a CAMEO parent ({@code 095}
     * under 09) it is read as that parent is, else it has quad class 0, Goldstein 0 and no PLOVER type.
     */
    private CameoEntry ownEntry(String code, Optional<CameoEntry> parent) {
        String name = "defined by " + verbs.version();
        return parent.map(e -> new CameoEntry(code, name + " under " + e.code(), e.quadClass(), e.goldstein(), e.plover()))
                .orElse(new CameoEntry(code, name, 0, 0.0, Optional.empty()));
    }

    /**
     * Dyad actor entries for TABARI entries: every phrase with every code that is groups of three
     * letters (others, such as {@code [---]} or {@code [ITHTV]}, are issues). Kinds: a dated code is
     * a person; a bare three-letter code a country; anything else an organisation.
     */
    public static ActorDictionary actorDictionary(List<TabariActor> entries, String name, List<TabariIssue> issues) {
        List<ActorEntry> out = new ArrayList<>();
        for (TabariActor a : entries) {
            boolean dated = a.codes().stream().anyMatch(TabariCode::dated);
            for (TabariCode c : a.codes()) {
                String code = c.code().replace("~", "");
                if (!code.matches("([A-Z0-9]{3})+")) {
                    issues.add(new TabariIssue(name, c.line(), "code '" + c.code()
                            + "' is not groups of three letters; not used for '" + a.phrases().get(0) + "'"));
                    continue;
                }
                ActorKind kind = dated ? ActorKind.PERSON : code.length() == 3 ? ActorKind.COUNTRY : ActorKind.ORGANIZATION;
                for (String p : a.phrases()) {
                    out.add(new ActorEntry(Phrase.words(p), new ActorCode(code), c.from(), c.to(), kind, name));
                }
            }
        }
        return new ActorDictionary(out, name);
    }

    /**
     * The agents Dyad can use: roles of groups of three letters, phrases that do not end in a
     * preposition (Dyad reads "ambassador to" from the parse), each phrase once.
     */
    public static List<TabariAgent> usableAgents(List<TabariAgent> agents, String name, List<TabariIssue> issues) {
        List<TabariAgent> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TabariAgent a : agents) {
            if (!a.role().matches("([A-Z0-9]{3})+")) {
                issues.add(new TabariIssue(name, a.line(), "role '" + a.role() + "' is not groups of three letters; skipped"));
                continue;
            }
            List<String> phrases = new ArrayList<>();
            for (String p : a.phrases()) {
                String[] words = p.split(" ");
                if (!FINAL_PREPOSITIONS.contains(words[words.length - 1]) && seen.add(p)) {
                    phrases.add(p);
                }
            }
            if (!phrases.isEmpty()) {
                out.add(new TabariAgent(phrases, a.role(), a.prefix(), a.line()));
            }
        }
        return out;
    }

    private static AgentDictionary agentDictionary(List<TabariAgent> agents, String name) {
        List<AgentEntry> out = new ArrayList<>();
        for (TabariAgent a : agents) {
            for (String p : a.phrases()) {
                out.add(new AgentEntry(Phrase.words(p), a.role(), a.prefix(), name));
            }
        }
        return new AgentDictionary(out, name);
    }

    private static VerbDictionary verbDictionary(List<TabariVerbPattern> patterns, String name) {
        List<VerbPattern> out = new ArrayList<>();
        for (TabariVerbPattern p : patterns) {
            out.add(p.toVerbPattern(name));
        }
        return VerbDictionary.of(out, name);
    }

    private static Optional<Path> find(Path dir, String kind) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
            List<Path> matching = new ArrayList<>();
            for (Path f : files) {
                if (f.getFileName().toString().toLowerCase(Locale.ROOT).contains(kind)) {
                    matching.add(f);
                }
            }
            return matching.stream().sorted().findFirst();
        } catch (IOException e) {
            throw new DictionaryFormatException(dir.toString(), 0, "cannot list the directory (" + e.getMessage()
                    + "); give the directory that holds the TABARI dictionaries");
        }
    }

    private static String name(Map<String, String> hashes, String kind) {
        return hashes.keySet().stream().filter(f -> f.toLowerCase(Locale.ROOT).contains(kind)).findFirst().orElse(kind);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
