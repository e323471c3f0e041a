package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.EntityMention;
import org.dyad.core.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad actors}: the actors found, one JSON line each with raw offsets, every sentence
 * parsed, roles no name owns listed with an unknown country ({@code ---COP} for "border police");
 * with {@code --unknown}, the titles whose names no dictionary knows (inferred actors: "President
 * X") and the names that look like actors but match no dictionary, most frequent first, so a user
 * can extend the dictionaries.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List the actors found, or with --unknown the inferred titles and the actor-like names no "
                + "dictionary knows.")
final class ActorsCommand implements Callable<Integer> {
    private static final Set<String> ACTOR_LIKE = Set.of("PERSON", "ORGANIZATION", "MISC", "LOCATION", "COUNTRY",
            "NATIONALITY", "CITY", "STATE_OR_PROVINCE");

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--unknown", description = "List the titles with names no dictionary knows (inferred actors, "
            + "with the code inferred) and actor-like names that match no dictionary, most frequent first.")
    boolean unknown;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> unknownCounts = new HashMap<>();
        Map<String, String> unknownTypes = new HashMap<>();
        input.full = true; // an actor list covers every sentence, not only those that may hold an event
        // CAMEO's conventions keep the roles no name owns, with an unknown country: "border police" ---COP.
        Optional<RunTally> tally = ArticleRun.codeEach(input, Conventions.CAMEO, files.stream().map(Path::toString)
                .toList(), err, (article, doc) -> {
            if (unknown) {
                collectUnknown(doc, unknownCounts, unknownTypes);
                return;
            }
            for (ActorMention m : doc.actors()) {
                if (m.isModifierOnly()) {
                    continue;
                }
                ObjectNode o = json.createObjectNode();
                o.put("article_id", doc.id());
                o.put("start", m.rawSpan().start());
                o.put("end", m.rawSpan().end());
                o.put("text", m.text());
                o.put("code", m.code().code());
                o.put("country", m.code().knowsCountry() ? m.code().country() : null);
                o.put("sector", m.code().sector().isEmpty() ? null : m.code().sector());
                o.put("basis", m.basis().name().toLowerCase(java.util.Locale.ROOT));
                o.put("inferred", m.basis() == ActorBasis.TITLE || m.basis() == ActorBasis.PLACED_ROLE);
                o.put("rule", m.rule());
                m.antecedent().ifPresent(a -> o.putObject("antecedent").put("text", a.text())
                        .put("start", a.rawSpan().start()).put("end", a.rawSpan().end()));
                out.println(o);
            }
            out.flush();
        });
        if (unknown && tally.isPresent()) {
            unknownCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.printf("%d\t%s\t%s%n", e.getValue(), unknownTypes.get(e.getKey()), e.getKey()));
            out.flush();
        }
        return tally.map(RunTally::exitCode).orElse(2);
    }

    private static void collectUnknown(Document doc, Map<String, Integer> counts, Map<String, String> types) {
        boolean[] covered = new boolean[doc.tokens().size()];
        for (ActorMention m : doc.actors()) {
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                covered[t] = true;
            }
        }
        for (ActorMention m : doc.actors()) {
            if (m.basis() == ActorBasis.TITLE) {
                String name = m.text().replaceAll("\\s+", " ");
                counts.merge(name, 1, Integer::sum);
                types.putIfAbsent(name, "TITLE " + m.code().code());
            }
        }
        for (EntityMention e : doc.entities()) {
            if (!ACTOR_LIKE.contains(e.type())) {
                continue;
            }
            boolean known = false;
            for (int t = e.firstToken(); t < e.endToken(); t++) {
                known |= covered[t];
            }
            if (!known) {
                Span raw = doc.text().rawSpan(doc.tokens().start(e.firstToken()), doc.tokens().end(e.endToken() - 1));
                String name = raw.of(doc.text().raw()).replaceAll("\\s+", " ");
                counts.merge(name, 1, Integer::sum);
                types.putIfAbsent(name, e.type());
            }
        }
    }
}
