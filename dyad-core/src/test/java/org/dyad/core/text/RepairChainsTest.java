package org.dyad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dyad.core.pipeline.TextRepairStage;
import org.junit.jupiter.api.Test;

class RepairChainsTest {
    private static final long SEED = 1_129_2026L;
    // Words for generated text: plain words, compounds, names, curly quotes, accents, Cyrillic.
    private static final String[] POOL = {"the", "troops", "held", "exercises", "in", "western", "China",
        "Taliban", "Uzbekistan", "detaining", "soldiers", "met", "they", "attacks", "five-year",
        "co-founder", "al-Assad", "U.S.-backed", "conflict-ridden", "re-election", "Kurdish-led",
        "build-up", "Russia\u2019s", "\u201cWe", "said.\u201d", "caf\u00e9", "S\u00e3o", "Paulo",
        "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1", "10,000", "2021",
        "COVID-19", "\u2014", "AT&T", "R&D;", "Zapad/", "Interaction", "e.g.", "x-ray", "-"};
    private static final Lexicon LEXICON = Lexicon.of(List.of("troops", "held", "exercises", "western",
            "detaining", "soldiers", "met", "they", "attacks", "the", "in", "five", "year", "founder",
            "conflict", "ridden", "election", "build", "up", "central", "cafe", "ray")).or(Lexicon.of(
            List.of("China", "Taliban", "Uzbekistan", "Kabul", "Afghanistan")));
    private static final WordFrequencies COUNTS = WordFrequencies.of(Map.of("they", 209_250L, "met", 9758L,
            "attacks", 578L, "build", 2452L, "up", 187_170L, "buildup", 59L, "five", 5000L, "year", 8000L));

    private final TextRepairStage stage = new TextRepairStage(RepairChains.standard(LEXICON, COUNTS));

    @Test
    void runs_byte_level_repairs_before_character_repairs_and_hyphens_last() {
        List<RepairKind> order = RepairChains.standard(LEXICON, COUNTS).stream().map(TextRepair::kind).toList();
        assertEquals(List.of(RepairKind.HTML_ENTITY, RepairKind.MOJIBAKE, RepairKind.INVISIBLE_CHARACTER,
                RepairKind.SPACE, RepairKind.PUNCTUATION, RepairKind.HOMOGLYPH, RepairKind.LINE_END_HYPHEN,
                RepairKind.STRAY_HYPHEN), order);
    }

    @Test
    void repairs_damage_that_needs_several_steps_on_one_word() {
        // A soft hyphen as an entity, a Cyrillic a, and a Unicode hyphen in one name.
        assertEquals("the Taliban and Uzbekistan",
                stage.repair("the T&shy;\u0430liban and Uz\u2010bekistan").text());
        // Mojibake of a no-break space, then a line-end break.
        assertEquals("met in Uzbekistan", stage.repair("met\u00c2\u00a0in Uz-\nbekistan").text());
        // Mojibake written as entities (a feed that escapes every non-ASCII character): the
        // mis-decoded bytes of a right quote, and of a Cyrillic a next to a zero-width joiner.
        assertEquals("Taliban\u2019s Taliban", stage.repair("Taliban&#226;&#8364;&#8482;s "
                + "T&#208;&#176;&#226;&#8364;&#141;liban").text());
    }

    @Test
    void fails_with_an_actionable_message_without_a_lexicon() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RepairChains.standard(null, COUNTS));
        assertTrue(e.getMessage().contains("Lexicon.empty()"), e.getMessage());
    }

    @Test
    void repairing_clean_text_changes_nothing() {
        Random random = new Random(SEED);
        for (int trial = 0; trial < 500; trial++) {
            String clean = cleanText(random, 5 + random.nextInt(60));
            RepairedText text = stage.repair(clean);
            assertEquals(clean, text.text(), "trial " + trial);
            assertEquals(List.of(), text.repairs(), "trial " + trial);
        }
    }

    @Test
    void damaged_text_comes_back_clean_and_every_word_maps_to_its_raw_span() {
        Random random = new Random(SEED + 1);
        for (int trial = 0; trial < 500; trial++) {
            List<String> clean = new ArrayList<>();
            List<String> noisy = new ArrayList<>();
            for (int w = 0, n = 5 + random.nextInt(40); w < n; w++) {
                String word = POOL[random.nextInt(POOL.length)];
                clean.add(word);
                noisy.add(random.nextInt(4) == 0 ? damage(word, random) : word);
            }
            String raw = String.join(" ", noisy);
            RepairedText text = stage.repair(raw);
            assertEquals(String.join(" ", clean), text.text(), "trial " + trial + ": " + raw);
            int cleanAt = 0;
            int rawAt = 0;
            for (int w = 0; w < clean.size(); w++) {
                Span span = text.rawSpan(cleanAt, cleanAt + clean.get(w).length());
                assertEquals(new Span(rawAt, rawAt + noisy.get(w).length()), span,
                        "trial " + trial + " word " + clean.get(w) + " from " + noisy.get(w));
                cleanAt += clean.get(w).length() + 1;
                rawAt += noisy.get(w).length() + 1;
            }
            for (Repair r : text.repairs()) {
                assertEquals(raw.substring(r.start(), r.end()), r.from(), "trial " + trial);
            }
        }
    }

    @Test
    void repairs_the_six_broken_words_of_the_seed_article() throws IOException {
        // The seed article, plus the real compounds and names that must survive next to its damage.
        String article = resource("/seed/article.txt") + "\nBashar al-Assad, U.S.-backed, conflict-ridden, "
                + "five-year, co-founder, re-election, Kurdish-led, Hayat Tahrir al-Sham.";
        // The caller's gazetteer knows Uzbekistan; the stand-in word list knows detaining and met.
        RepairedText text = stage.repair(article);
        assertEquals(6, text.repairs().size(), text.repairs().toString());
        for (Repair r : text.repairs()) {
            assertEquals(RepairKind.STRAY_HYPHEN, r.kind());
            assertEquals("-", r.from());
        }
        List<String> words = text.repairs().stream()
                .map(r -> wordAround(article, r.start()).replace("-", "")).toList();
        assertEquals(List.of("Taliban", "Central", "Uzbekistan", "detaining", "met", "they"), words);
        for (String kept : List.of("Zapad/ Interaction", "countries\u2019 militaries", "Russia\u2019s ambassador",
                "al-Assad", "U.S.-backed", "conflict-ridden", "five-year", "co-founder", "re-election",
                "Kurdish-led", "Hayat Tahrir al-Sham")) {
            assertTrue(text.text().contains(kept), kept);
        }
        assertEquals(article.length() - 6, text.text().length());
    }

    private static String wordAround(String text, int at) {
        int s = at;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int e = at + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** One kind of damage the chain undoes without doubt for the pool's words. */
    private static String damage(String word, Random random) {
        int kind = random.nextInt(5);
        int at = 1 + random.nextInt(Math.max(1, word.length() - 1));
        if (word.length() < 2) {
            return word;
        }
        return switch (kind) {
            case 0 -> word.substring(0, at) + "\u200b" + word.substring(at);
            case 1 -> word.substring(0, at) + "\u00ad" + word.substring(at);
            case 2 -> word.replace("\u2019", "\u00e2\u20ac\u2122").replace("\u00e9", "\u00c3\u00a9");
            case 3 -> word.replace("\u2019", "&rsquo;").replace("\u00e3", "&#227;");
            default -> word.equals("Taliban") ? "T\u0430liban" : word.equals("detaining") ? "det-aining"
                    : word.equals("they") ? "th-ey" : word;
        };
    }

    private static String cleanText(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(random.nextInt(10) == 0 ? "\n" : " ");
            }
            b.append(POOL[random.nextInt(POOL.length)]);
        }
        return b.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RepairChainsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
