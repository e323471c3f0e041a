package org.dyad.core.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.core.actor.DictionaryFormatException;
import org.dyad.core.actor.DictionaryReader;

/**
 * Phrases that mark text as out of scope for political events (sport, weather, history): a story
 * phrase drops every event of its article, a sentence phrase the events of its sentence. The
 * {@code dyad-discards/1} format: one line per phrase, {@code story} or {@code sentence}, a tab,
 * the phrase (words separated by spaces, matched whole and case-insensitively).
 */
public final class DiscardList {
    public static final String FORMAT = "dyad-discards/1";

    private final List<List<String>> story;
    private final List<List<String>> sentence;
    private final String version;

    private DiscardList(List<List<String>> story, List<List<String>> sentence, String version) {
        this.story = List.copyOf(story);
        this.sentence = List.copyOf(sentence);
        this.version = version;
    }

    /** No discards: every event is kept. */
    public static DiscardList none() {
        return new DiscardList(List.of(), List.of(), "none");
    }

    public static DiscardList of(List<String> storyPhrases, List<String> sentencePhrases, String version) {
        return new DiscardList(words(storyPhrases), words(sentencePhrases), version);
    }

    /** Reads a {@code dyad-discards/1} file. */
    public static DiscardList read(DictionaryReader.Parsed parsed, String name) {
        if (!parsed.format().equals(FORMAT)) {
            throw new DictionaryFormatException(name, 1, "format is '" + parsed.format() + "', expected '" + FORMAT + "'");
        }
        List<String> story = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (DictionaryReader.Line line : parsed.lines()) {
            String[] f = line.fields();
            if (f.length != 2 || f[1].isBlank()) {
                throw new DictionaryFormatException(name, line.number(),
                        "expected 2 tab-separated fields (story or sentence, phrase), found " + f.length);
            }
            switch (f[0].trim()) {
                case "story" -> story.add(f[1]);
                case "sentence" -> sentence.add(f[1]);
                default -> throw new DictionaryFormatException(name, line.number(), "scope '" + f[0].trim()
                        + "' must be 'story' or 'sentence'");
            }
        }
        return of(story, sentence, name + "@" + parsed.version());
    }

    private static List<List<String>> words(List<String> phrases) {
        List<List<String>> out = new ArrayList<>();
        for (String p : phrases) {
            String t = p.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                out.add(Arrays.asList(t.split("\\s+")));
            }
        }
        return out;
    }

    /** Both lists' phrases. */
    public DiscardList and(DiscardList more) {
        List<List<String>> s = new ArrayList<>(story);
        s.addAll(more.story);
        List<List<String>> t = new ArrayList<>(sentence);
        t.addAll(more.sentence);
        return new DiscardList(s, t, version + "+" + more.version);
    }

    /** Whether these lower-case words of a whole story hold a story phrase. */
    public boolean discardsStory(List<String> words) {
        return containsAny(words, story);
    }

    /** Whether these lower-case words of one sentence hold a sentence phrase. */
    public boolean discardsSentence(List<String> words) {
        return containsAny(words, sentence);
    }

    public boolean isEmpty() {
        return story.isEmpty() && sentence.isEmpty();
    }

    public String version() {
        return version;
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= words.size(); i++) {
                if (words.subList(i, i + p.size()).equals(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
