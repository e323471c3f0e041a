package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.app.EventJson;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.facts.Factuality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad code}: one JSON line per event on stdout; one line per set-aside article on stderr. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles into events, one JSON object per event per line.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--all", description = "Print every event with its factuality label, not only asserted ones.")
    boolean all;

    @Option(names = "--conventions", paramLabel = "plover|cameo", defaultValue = "plover",
            description = "Coding conventions (docs/coding.md): plover (default) or cameo, PETRARCH-compatible output "
                    + "(statements without a target, stated future actions as the action, roles no country owns as "
                    + "---GOV ...) for users of Phoenix.")
    String conventions;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively), http(s) URLs of feeds or pages, or - for standard input.")
    List<String> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventJson json = new EventJson();
        Conventions coding;
        try {
            coding = ConventionsOption.parse(conventions, Conventions.PLOVER);
        } catch (IllegalArgumentException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
        Optional<RunTally> tally = ArticleRun.codeEach(input, coding, inputs, err, (article, doc) -> {
            doc.events().stream()
                    .filter(e -> all || e.factuality() == Factuality.ASSERTED)
                    .forEach(e -> out.println(json.line(e, article)));
            out.flush();
        });
        return tally.map(RunTally::exitCode).orElse(2);
    }
}
