package org.dyad.codebooks.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.codebooks.tabari.TabariReader;
import org.dyad.codebooks.tabari.TabariVerbPattern;
import org.dyad.core.event.VerbDictionary;

/**
 * Derives Dyad's verb pattern dictionary (format dyad-verbs/1, docs/dictionaries.md) from the
 * PETRARCH-2 CAMEO verb dictionary, read by {@link TabariReader#verbs}. Run by hand when the
 * source changes:
 *
 * <pre>
 * java -cp dyad-core/target/classes:dyad-codebooks/target/classes org.dyad.codebooks.tools.ImportCameoVerbs \
 *     ../shared/dictionaries/phoenix/CAMEO.2.0.txt dyad-codebooks/src/main/resources/org/dyad/codebooks/dict/verbs.tsv
 * </pre>
 */
public final class ImportCameoVerbs {
    private ImportCameoVerbs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ImportCameoVerbs CAMEO.2.0.txt OUTPUT.tsv");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        java.util.List<TabariVerbPattern> patterns;
        try (Reader in = Files.newBufferedReader(src, StandardCharsets.ISO_8859_1)) {
            patterns = TabariReader.verbs(in, src.getFileName().toString()).value();
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            w.println("#format dyad-verbs/1");
            w.println("#version cameo-2.0-2015.04.30");
            w.println("# Derived by org.dyad.codebooks.tools.ImportCameoVerbs from CAMEO.2.0.txt (PETRARCH-2),");
            w.println("# Copyright (c) 2015 Open Event Data Alliance, MIT licence (see LICENSE-phoenix.txt).");
            w.println("# verb\tparticle\tslot\twords\tcode   ('-' = none; code '---' = explicitly not an event)");
            for (TabariVerbPattern p : patterns) {
                String line = p.dyadLine();
                try {
                    // What the loader would refuse is left out and reported: CAMEO.2.0.txt has a
                    // few broken lines ("VENTURE (WITH VISIT) VISIT)").
                    VerbDictionary.pattern(line.split("\t"), src.getFileName().toString());
                    w.println(line);
                } catch (IllegalArgumentException e) {
                    System.err.println("skipped: " + line + " (" + e.getMessage() + ")");
                }
            }
        }
    }
}
