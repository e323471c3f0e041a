package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.codebooks.tools.VerbBlocks;
import org.dyad.codebooks.tools.VerbUsage;
import org.dyad.core.facts.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad dictionaries verb-usage [--blocks CAMEO.2.0.txt] NEWS...}: codes some news and
 * counts, for each verb block, the events its patterns coded, by default or by a specific
 * pattern, so that an audit of the verb dictionary starts from the verbs that code most events in
 * news rather than from gold records (docs/dictionaries.md, "Which patterns code news").
 */
@Command(name = "verb-usage", mixinStandardHelpOptions = true,
        description = "Code news and count, per verb block, the events coded by each block's default and by its "
                + "specific (slot, phrase) patterns, most events first.")
final class VerbUsageCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--blocks", paramLabel = "CAMEO", description = "A CAMEO.2.0-style verb dictionary (ISO-8859-1) "
            + "whose blocks group the verbs; without it each verb is a block of its own.")
    Path cameo;

    @Option(names = "--top", paramLabel = "N", defaultValue = "40", description = "How many blocks to list (default 40).")
    int top;

    @Option(names = "--patterns", paramLabel = "N", defaultValue = "4",
            description = "How many patterns to list per block (default 4).")
    int patterns;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "0",
            description = "Under each pattern listed, up to N sentences it coded (trigger, then sentence).")
    int examples;

    @Parameters(arity = "1..*", paramLabel = "NEWS", description = "Files or folders of news (any input format).")
    List<String> news;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1 || patterns < 1 || examples < 0) {
            err.println("dyad: --top and --patterns must be 1 or more, --examples 0 or more");
            return 2;
        }
        VerbBlocks blocks;
        try {
            blocks = cameo == null ? VerbBlocks.none()
                    : VerbBlocks.read(Files.newBufferedReader(cameo, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            err.println("dyad: cannot read the blocks file " + cameo + ": " + e.getMessage());
            return 2;
        }
        VerbUsage usage = new VerbUsage(blocks, examples);
        Optional<RunTally> tally = ArticleRun.codeEach(input, news, err, (article, doc) -> {
            for (Event e : doc.events()) {
                usage.count(e.rule(), e.pattern(), e.cameo(), e.triggerText() + " | "
                        + e.sentenceText().replaceAll("\\s+", " "));
            }
        });
        if (tally.isEmpty()) {
            return 2;
        }
        out.println("block\tevents\tdefault\tslot\tphrase\tpatterns (code, events)");
        for (VerbUsage.Row row : usage.rows().stream().limit(top).toList()) {
            StringBuilder line = new StringBuilder(row.block() + "\t" + row.events() + "\t" + row.byDefault() + "\t"
                    + row.bySlot() + "\t" + row.byPhrase() + "\t");
            List<VerbUsage.PatternCount> listed = row.patterns().stream().limit(patterns).toList();
            for (int i = 0; i < listed.size(); i++) {
                VerbUsage.PatternCount p = listed.get(i);
                line.append(i == 0 ? "" : "; ").append(p.pattern()).append(' ').append(p.code()).append(" x")
                        .append(p.events());
            }
            out.println(line);
            for (VerbUsage.PatternCount p : listed) {
                p.examples().forEach(x -> out.println("\t\t" + p.pattern() + " " + p.code() + ": " + x));
            }
        }
        out.flush();
        return tally.get().exitCode();
    }
}
