package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.app.EventJson;
import org.dyad.core.facts.PlaceMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad places}: one JSON line per place mention, resolved against the gazetteer, with its kind and evidence. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Geoparse articles: one JSON object per place mention (toponym or demonym), with raw offsets "
                + "and the evidence of its resolution (the deciding rule and the competing candidates).")
final class PlacesCommand implements Callable<Integer> {
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
        EventJson json = new EventJson();
        Optional<RunTally> tally = ArticleRun.codeEach(input, inputs, err, (article, doc) -> {
            for (PlaceMention p : doc.places()) {
                out.println(json.placeLine(doc.id(), p));
            }
            out.flush();
        });
        return tally.map(RunTally::exitCode).orElse(2);
    }
}
