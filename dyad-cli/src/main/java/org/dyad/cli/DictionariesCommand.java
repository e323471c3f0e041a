package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.codebooks.tools.CameoVerbImport;
import org.dyad.codebooks.tools.Derived;
import org.dyad.codebooks.tools.EventNounDerivation;
import org.dyad.codebooks.tools.EventNounFiles;
import org.dyad.codebooks.tools.FactbookImport;
import org.dyad.codebooks.tools.LightNounPatterns;
import org.dyad.codebooks.tools.NounClassFiles;
import org.dyad.codebooks.tools.PhoenixImport;
import org.dyad.codebooks.tools.RelatedVerbDerivation;
import org.dyad.codebooks.tools.RelatedVerbFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad dictionaries}: regenerate the bundled dictionaries derived from Phoenix and CAMEO.2.0 (docs/dictionaries.md). */
@Command(name = "dictionaries", mixinStandardHelpOptions = true,
        description = "Regenerate the bundled dictionaries derived from the Phoenix (PETRARCH-2) files.",
        subcommands = {DictionariesCommand.ImportPhoenix.class, DictionariesCommand.ImportVerbs.class,
                DictionariesCommand.RestoreLightPatterns.class,
                DictionariesCommand.CleanVerbs.class, DictionariesCommand.DeriveEventNouns.class,
                DictionariesCommand.ImportFactbook.class, DictionariesCommand.DerivePersonNouns.class,
                DictionariesCommand.DeriveRelatedVerbs.class, VerbUsageCommand.class})
final class DictionariesCommand {

    /** {@code dyad dictionaries import-phoenix DIR OUT}: the actor and agent files. */
    @Command(name = "import-phoenix", mixinStandardHelpOptions = true,
            description = "Derive countries/international/nonstate actors and agents from the Phoenix dictionaries "
                    + "and CountryInfo.")
    static final class ImportPhoenix implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE_DIR", description = "Directory holding phoenix/ and countryinfo/.")
        Path source;

        @Parameters(index = "1", paramLabel = "OUTPUT_DIR", description = "Where to write the .tsv files.")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return run(spec, () -> {
                PhoenixImport.write(source, output);
                PhoenixImport.OUTPUTS.forEach(f -> out.println("wrote " + output.resolve(f)));
                return List.of();
            });
        }
    }

    /** A command that reads one verb file and writes another: {@code SOURCE OUTPUT}. */
    abstract static class VerbFile implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "The verb dictionary to read.")
        Path source;

        @Parameters(index = "1", paramLabel = "OUTPUT_TSV", description = "The dyad-verbs/1 file to write (may be "
                + "SOURCE for clean-verbs).")
        Path output;

        @Spec
        CommandSpec spec;

        /** Writes {@code output} from {@code source}; returns the lines left out. */
        abstract List<String> write() throws IOException;

        @Override
        public Integer call() {
            return run(spec, () -> {
                List<String> leftOut = write();
                spec.commandLine().getOut().println("wrote " + output + "; " + leftOut.size() + " lines left out");
                return leftOut;
            });
        }
    }

    /** {@code dyad dictionaries import-verbs CAMEO.2.0.txt verbs.tsv}: the derived verb patterns. */
    @Command(name = "import-verbs", mixinStandardHelpOptions = true,
            description = "Derive verbs.tsv from a CAMEO.2.0-style verb dictionary; lists the lines left out on stderr.")
    static final class ImportVerbs extends VerbFile {
        @Override
        List<String> write() throws IOException {
            return CameoVerbImport.write(source, output);
        }
    }

    /** {@code dyad dictionaries clean-verbs IN OUT}: the catch-all rule on an existing verb file. */
    @Command(name = "clean-verbs", mixinStandardHelpOptions = true,
            description = "Apply the catch-all rule to a dyad-verbs/1 file: drop object or subject slots without a "
                    + "word, move bare prepositions after every pattern naming a word.")
    static final class CleanVerbs extends VerbFile {
        @Override
        List<String> write() throws IOException {
            return CameoVerbImport.clean(source, output);
        }
    }

    /** {@code dyad dictionaries import-factbook leaders.jsonl OUT}: dated leaders from the World Factbook. */
    @Command(name = "import-factbook", mixinStandardHelpOptions = true,
            description = "Derive dated chiefs of state and heads of government from the World Factbook's leaders.jsonl "
                    + "snapshots; lists the phrases left out on stderr.")
    static final class ImportFactbook implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LEADERS_JSONL", description = "The snapshots (shared/data/factbook/leaders.jsonl).")
        Path source;

        @Parameters(index = "1", paramLabel = "OUTPUT_TSV", description = "The dyad-actors/1 file to write.")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, () -> {
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                List<FactbookImport.Record> records = new java.util.ArrayList<>();
                for (String line : java.nio.file.Files.readAllLines(source)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    com.fasterxml.jackson.databind.JsonNode o = json.readTree(line);
                    records.add(new FactbookImport.Record(java.time.LocalDate.parse(o.path("snapshot").asText()),
                            o.path("fips").asText(), o.path("chief_of_state").asText(null),
                            o.path("head_of_government").asText(null), o.path("parties").asText(null)));
                }
                FactbookImport.Result result = FactbookImport.convert(records, FactbookImport.bundledFipsTable(),
                        org.dyad.codebooks.Codebooks.bundled().actors(),
                        org.dyad.codebooks.lexicon.BundledLexicons.load().englishWords());
                FactbookImport.write(result, output, "factbook-" + records.stream().map(FactbookImport.Record::snapshot)
                        .max(java.util.Comparator.naturalOrder()).map(Object::toString).orElse("empty"));
                spec.commandLine().getOut().println("wrote " + output + ": " + result.lines().size() + " lines; "
                        + result.leftOut().size() + " phrases left out");
                return result.leftOut();
            });
        }
    }

    /** {@code dyad dictionaries derive-event-nouns DICT_DIR}: event nouns from WordNet 3.1 (docs/dictionaries.md). */
    @Command(name = "derive-event-nouns", mixinStandardHelpOptions = true,
            description = "Derive " + EventNounFiles.OUTPUT + " from the coded verbs of the verb files in DICT_DIR through "
                    + "WordNet 3.1, less the nouns of " + EventNounFiles.HAND_NOUNS + " and " + EventNounFiles.REVIEW
                    + "; lists the nouns left out on stderr.")
    static final class DeriveEventNouns extends Derivation {
        @Override
        List<String> derive(PrintWriter out) throws IOException {
            Derived<EventNounDerivation.Noun> result = EventNounFiles.write(dir);
            out.println("wrote " + dir.resolve(EventNounFiles.OUTPUT) + ": " + result.kept().size() + " nouns kept, "
                    + result.leftOut().size() + " left out");
            return result.leftOutLines();
        }
    }

    /**
     * {@code dyad dictionaries restore-light-patterns VERBS CAMEO.2.0.txt OUT}: one-word lines on a
     * light noun that CAMEO.2.0 writes only inside a longer pattern, restored whole.
     */
    @Command(name = "restore-light-patterns", mixinStandardHelpOptions = true,
            description = "Replace the one-word lines of a dyad-verbs/1 file that name a light noun (way, part, role, "
                    + "step, ...) and that CAMEO.2.0 writes only inside a longer pattern by that pattern, whole; "
                    + "lists the lines replaced on stderr.")
    static final class RestoreLightPatterns implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "VERBS", description = "The current dyad-verbs/1 file.")
        Path current;

        @Parameters(index = "1", paramLabel = "CAMEO", description = "CAMEO.2.0.txt, ISO-8859-1.")
        Path cameo;

        @Parameters(index = "2", paramLabel = "OUT", description = "Where to write (may be VERBS).")
        Path output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, () -> LightNounPatterns.write(current, cameo, output));
        }
    }

    /** {@code dyad dictionaries derive-person-nouns DICT_DIR}: nouns of persons and groups from WordNet 3.1. */
    @Command(name = "derive-person-nouns", mixinStandardHelpOptions = true,
            description = "Derive " + NounClassFiles.OUTPUT + " in DICT_DIR: the nouns whose most frequent WordNet 3.1 "
                    + "sense is a person or a group, which a verb pattern's @person slot accepts and, with noun.person, the "
                    + "event coder's unresolved parties (docs/dictionaries.md).")
    static final class DerivePersonNouns extends Derivation {
        @Override
        List<String> derive(PrintWriter out) throws IOException {
            int n = NounClassFiles.write(dir);
            out.println("wrote " + dir.resolve(NounClassFiles.OUTPUT) + ": " + n + " nouns");
            return List.of();
        }
    }

    /** {@code dyad dictionaries derive-related-verbs DICT_DIR}: verbs WordNet 3.1 relates to coded verbs. */
    @Command(name = "derive-related-verbs", mixinStandardHelpOptions = true,
            description = "Derive " + RelatedVerbFiles.OUTPUT + " in DICT_DIR from its verb files, "
                    + RelatedVerbFiles.REVIEW + " and WordNet 3.1: the verbs whose first sense is a coded verb's first "
                    + "sense, with that verb's default code; lists the verbs left out on stderr.")
    static final class DeriveRelatedVerbs extends Derivation {
        @Override
        List<String> derive(PrintWriter out) throws IOException {
            Derived<RelatedVerbDerivation.Verb> result = RelatedVerbFiles.write(dir);
            out.println("wrote " + dir.resolve(RelatedVerbFiles.OUTPUT) + ": " + result.kept().size() + " verbs kept, "
                    + result.leftOut().size() + " left out");
            return result.leftOutLines();
        }
    }

    /** A command that derives files in the folder of the bundled dictionaries: {@code DICT_DIR}. */
    abstract static class Derivation implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DICT_DIR", description = "The folder of the bundled dictionaries.")
        Path dir;

        @Spec
        CommandSpec spec;

        /** Writes the files, says what it wrote on {@code out}; returns what it left out. */
        abstract List<String> derive(PrintWriter out) throws IOException;

        @Override
        public Integer call() {
            return run(spec, () -> derive(spec.commandLine().getOut()));
        }
    }

    /** What an import does; returns the lines it left out. */
    private interface Import {
        List<String> run() throws IOException;
    }

    private static int run(CommandSpec spec, Import work) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            work.run().forEach(line -> err.println("left out: " + line));
            return 0;
        } catch (NoSuchFileException e) {
            err.println("dyad: no such file " + e.getFile() + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
            return 2;
        } catch (IOException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
    }
}
