package org.dyad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.core.conventions.Conventions;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.ActorBasis;
import org.dyad.core.facts.ActorMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor descriptions as news writes them (testdata/actors/descriptions.tsv: VOA, Wikinews and the
 * forms issue 15 names), read as {@code dyad actors} reads them: CoreNLP, the bundled codebooks,
 * every sentence parsed, roles nothing owns kept with an unknown country. The widest actor of
 * each description must carry the country and sector a coder gives it.
 */
class ActorDescriptionsIT {
    private static Engine engine;

    @BeforeAll
    static void loadTheEngine() {
        engine = Engine.create(EngineConfig.defaults().withConventions(Conventions.CAMEO)
                .withNlpPath(Engine.NlpPath.FULL));
    }

    /** The widest actor of a description (the first on a tie), modifiers left out. */
    private static Optional<ActorMention> actor(String text, LocalDate date) {
        Article article = new Article("description", text, Optional.of(date), Optional.empty(), Optional.empty());
        return engine.process(article).actors().stream().filter(m -> !m.isModifierOnly())
                .max(Comparator.comparingInt((ActorMention m) -> m.endToken() - m.firstToken())
                        .thenComparingInt(m -> -m.firstToken()));
    }

    @Test
    void descriptions_get_the_country_and_sector_a_coder_gives_them() throws IOException {
        List<String> wrongCountry = new ArrayList<>();
        List<String> wrongSector = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(Path.of("../testdata/actors/descriptions.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            n++;
            Optional<ActorMention> m = actor(f[0], LocalDate.parse(f[1]));
            String country = m.filter(a -> a.code().knowsCountry()).map(a -> a.code().country()).orElse("-");
            String sector = m.map(a -> a.code().sector()).filter(s -> !s.isEmpty()).orElse("-");
            if (!country.equals(f[2])) {
                wrongCountry.add(f[0] + ": " + country + " for " + f[2]);
            }
            if (!sector.equals(f[3])) {
                wrongSector.add(f[0] + ": " + sector + " for " + f[3]);
            }
        }
        // 79 items since session 5 added 42 from VOA and Wikinews (read before that session's fixes:
        // country 0.762, sector 0.810 on them; after: 0.81 / 0.83); 106 since session 6 added 27
        // more (companies, news media, titles, demonym roles: 0.407 / 0.519 before its fixes, 0.852 /
        // 0.963 after); 144 since branch actorcountry added 38 more (ministers, party adjectives,
        // acronyms, plural demonyms, unowned police: 0.789 / 0.842 before its fixes, 0.816 / 0.868
        // after); the whole set gives about 0.89 / 0.91.
        assertTrue(1.0 - (double) wrongCountry.size() / n >= 0.85, "countries: " + wrongCountry);
        assertTrue(1.0 - (double) wrongSector.size() / n >= 0.85, "sectors: " + wrongSector);
    }

    @Test
    void a_title_with_an_unknown_name_takes_the_articles_country_not_its_targets_and_is_coded() {
        Article article = new Article("title", "Kenya's government faced protests on Monday. "
                + "Interior Minister Hassan Abdulkadir accused Ethiopia of arming the rebels.",
                Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty(), Optional.empty());
        var doc = engine.process(article);
        ActorMention title = doc.actors().stream().filter(m -> m.basis() == ActorBasis.TITLE).findFirst().orElseThrow();
        assertEquals("KENGOV", title.code().code());
        assertTrue(title.antecedent().isPresent(), "the words that gave its country");
        assertTrue(doc.events().stream().anyMatch(e -> e.source().text().contains("Abdulkadir")),
                "the coder codes an event on it: " + doc.events());
    }
}
