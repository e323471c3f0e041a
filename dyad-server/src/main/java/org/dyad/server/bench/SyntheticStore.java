package org.dyad.server.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.dyad.core.facts.ActorCode;
import org.dyad.core.doc.Article;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.EventActor;
import org.dyad.core.facts.EventAttributes;
import org.dyad.core.facts.Factuality;
import org.dyad.core.facts.Plover;
import org.dyad.core.facts.PloverType;
import org.dyad.core.text.Span;
import org.dyad.store.CodingProvenance;
import org.dyad.store.EventFacts;
import org.dyad.store.EventPlace;
import org.dyad.store.EventQuantities;
import org.dyad.store.EventStore;
import org.dyad.store.IngestItem;

/**
 * A store of synthetic events written with the store's own writer, for load tests: a fixed seed
 * gives the same store every time. Articles hold {@code perArticle} events each, dated over two
 * years from 2024-01-01, among sixteen actors, ten CAMEO codes and twenty-four capitals; each
 * event's sentence is its own stretch of the article text with the actor names at their offsets.
 */
public final class SyntheticStore {
    /** Changes whenever the events written change, so that a kept store is written again. */
    static final String VERSION = "synthetic-1";
    static final String[][] ACTORS = {{"USAGOV", "Washington"}, {"RUSMIL", "Russian troops"},
        {"UKRGOV", "Kyiv"}, {"CHNGOV", "Beijing"}, {"IRNGOV", "Tehran"}, {"IGOUNO", "the United Nations"},
        {"FRAGOV", "Paris"}, {"DEUGOV", "Berlin"}, {"ISRMIL", "Israeli forces"}, {"PSEREB", "Hamas"},
        {"SYRGOV", "Damascus"}, {"TURMIL", "Turkish soldiers"}, {"INDGOV", "New Delhi"}, {"PAKMIL", "the Pakistani army"},
        {"NGAREB", "Boko Haram"}, {"SDNMIL", "the Sudanese army"}};
    static final String[][] VERBS = {{"042", "1", "1.9", "CONSULT", "met"}, {"190", "4", "-10", "ASSAULT", "attacked"},
        {"111", "3", "-2", "ACCUSE", "criticised"}, {"057", "1", "8", "AGREE", "signed a deal with"},
        {"173", "4", "-5", "COERCE", "arrested officials of"}, {"036", "1", "4", "CONSULT", "offered talks to"},
        {"193", "4", "-10", "ASSAULT", "shelled"}, {"138", "3", "-7", "THREATEN", "threatened"},
        {"112", "3", "-2", "ACCUSE", "accused"}, {"070", "2", "7", "AID", "sent aid to"}};
    static final Object[][] PLACES = {{2643743L, "London", "GBR", 51.5085, -0.1257}, {524901L, "Moscow", "RUS", 55.7522, 37.6156},
        {703448L, "Kyiv", "UKR", 50.4547, 30.5238}, {1816670L, "Beijing", "CHN", 39.9075, 116.3972},
        {112931L, "Tehran", "IRN", 35.6944, 51.4215}, {5128581L, "New York", "USA", 40.7143, -74.006},
        {2988507L, "Paris", "FRA", 48.8534, 2.3488}, {2950159L, "Berlin", "DEU", 52.5244, 13.4105},
        {281184L, "Jerusalem", "ISR", 31.769, 35.2163}, {281133L, "Gaza", "PSE", 31.5017, 34.4667},
        {170654L, "Damascus", "SYR", 33.5102, 36.2913}, {323786L, "Ankara", "TUR", 39.9199, 32.8543},
        {1261481L, "New Delhi", "IND", 28.6358, 77.2245}, {1176615L, "Islamabad", "PAK", 33.7215, 73.0433},
        {2352778L, "Maiduguri", "NGA", 11.8464, 13.1603}, {379252L, "Khartoum", "SDN", 15.5518, 32.5324},
        {360630L, "Cairo", "EGY", 30.0626, 31.2497}, {3435910L, "Buenos Aires", "ARG", -34.6132, -58.3772},
        {1850147L, "Tokyo", "JPN", 35.6895, 139.6917}, {2147714L, "Sydney", "AUS", -33.8679, 151.2073},
        {184745L, "Nairobi", "KEN", -1.2833, 36.8167}, {3530597L, "Mexico City", "MEX", 19.4285, -99.1277},
        {98182L, "Baghdad", "IRQ", 33.3406, 44.4009}, {1138958L, "Kabul", "AFG", 34.5281, 69.1723}};
    static final String[] WORDS = ("government minister border talks ceasefire election protest capital president"
            + " rebels sanctions summit agreement statement officials police city province refugees convoy drone"
            + " missile parliament court vote opposition leader envoy meeting negotiations treaty port village strike"
            + " security militants hostages trade embassy").split(" ");

    private SyntheticStore() {}

    /** Writes {@code events} synthetic events into a new store at {@code db} and returns how many it holds. */
    public static long write(Path db, int events, int perArticle) {
        CodingProvenance provenance = new CodingProvenance("0.1.0-synthetic", Map.of("synthetic", "sha256:0"));
        SplittableRandom random = new SplittableRandom(20_240_101L);
        int articles = (events + perArticle - 1) / perArticle;
        List<IngestItem> batch = new ArrayList<>();
        try (EventStore store = EventStore.open(db)) {
            for (int a = 0; a < articles; a++) {
                int n = Math.min(perArticle, events - a * perArticle);
                batch.add(article(a, n, random, provenance));
                if (batch.size() == 500) {
                    store.storeAll(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                store.storeAll(batch);
            }
        }
        return events;
    }

    private static IngestItem article(int number, int events, SplittableRandom random, CodingProvenance provenance) {
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(number * 730L / 10_000 % 730 + random.nextInt(3));
        StringBuilder text = new StringBuilder();
        List<EventFacts> facts = new ArrayList<>();
        String id = "synthetic-" + number;
        List<Object[]> pending = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            String[] src = ACTORS[random.nextInt(ACTORS.length)];
            String[] tgt = ACTORS[random.nextInt(ACTORS.length)];
            String[] verb = VERBS[random.nextInt(VERBS.length)];
            int start = text.length();
            int srcStart = text.length();
            text.append(src[1]).append(' ');
            int verbStart = text.length();
            text.append(verb[4]).append(' ');
            int tgtStart = text.length();
            text.append(tgt[1]);
            for (int w = 0; w < 8; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(" in report ").append(number).append('-').append(i).append(". ");
            pending.add(new Object[] {src, tgt, verb, start, srcStart, verbStart, tgtStart, text.length() - 1,
                random.nextInt(PLACES.length), random.nextInt(5)});
        }
        Article article = new Article(id, text.toString(), Optional.of(day),
                Optional.of("https://news" + number % 9 + ".example.org/" + id), Optional.of("Synthetic report " + number));
        for (int i = 0; i < pending.size(); i++) {
            Object[] p = pending.get(i);
            String[] src = (String[]) p[0];
            String[] tgt = (String[]) p[1];
            String[] verb = (String[]) p[2];
            int start = (int) p[3];
            int end = (int) p[7];
            int srcStart = (int) p[4];
            int verbStart = (int) p[5];
            int tgtStart = (int) p[6];
            Event e = new Event(id, "e" + i, i, new Span(start, end), article.text().substring(start, end),
                    new EventActor(new ActorCode(src[0]), src[1], new Span(srcStart, srcStart + src[1].length()),
                            Optional.empty()),
                    Optional.of(new EventActor(new ActorCode(tgt[0]), tgt[1], new Span(tgtStart, tgtStart + tgt[1].length()),
                            Optional.empty())),
                    verb[0], Integer.parseInt(verb[1]), Double.parseDouble(verb[2]),
                    Optional.of(new Plover(PloverType.valueOf(verb[3]), Optional.empty(), Optional.empty())),
                    Factuality.ASSERTED, 0.5 + (int) p[9] / 10.0, new Span(verbStart, verbStart + verb[4].length()), verb[4],
                    "synthetic", List.of(), EventAttributes.NONE);
            Object[] place = PLACES[(int) p[8]];
            facts.add(new EventFacts(e, Optional.of(day), Optional.of(new EventPlace((long) place[0], (String) place[1],
                    Optional.of((String) place[2]), Optional.empty(), (double) place[3], (double) place[4])),
                    new EventQuantities(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                            OptionalLong.empty())));
        }
        return IngestItem.withFacts(article, facts, provenance);
    }
}
