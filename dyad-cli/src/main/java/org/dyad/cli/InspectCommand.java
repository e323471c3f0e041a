package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.core.facts.ActorMention;
import org.dyad.core.doc.Sentence;
import org.dyad.core.doc.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad inspect}: the analysis behind the events, sentence by sentence: each token with
 * its tag, lemma, head and relation, then the actors found. For writing dictionaries and patterns.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show tokens, parse and actors of each sentence (for dictionary and pattern authors).")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively), http(s) URLs of feeds or pages, or - for standard input.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<RunTally> tally = ArticleRun.codeEach(input, inputs, err, (article, doc) -> {
            for (Sentence s : doc.sentenceList()) {
                out.println("# " + s.index() + ": " + s.rawText());
                for (Token t : s.tokens()) {
                    Token head = t.head();
                    out.printf("  %3d %-16s %-5s %-14s %-12s %s%n", t.index(), t.word(), t.pos(), t.lemma(),
                            t.relation(), head == null ? "ROOT" : head.word() + "#" + head.index());
                }
                for (ActorMention m : doc.actors()) {
                    if (doc.sentences().sentenceOf(m.headToken()) == s.index()) {
                        out.printf("  actor %-10s %-30s %s%s%n", m.code(), m.text(), m.rule(),
                                m.antecedent().map(a -> " (refers to: " + a.text() + ")").orElse(""));
                    }
                }
            }
        });
        out.flush();
        return tally.map(RunTally::exitCode).orElse(2);
    }
}
