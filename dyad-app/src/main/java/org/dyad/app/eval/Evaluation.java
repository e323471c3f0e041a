package org.dyad.app.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.app.Engine;
import org.dyad.core.doc.Article;
import org.dyad.core.doc.Document;
import org.dyad.core.evaluation.StudyCheckSplit;
import org.dyad.core.facts.Event;
import org.dyad.core.facts.Factuality;

/**
 * Codes every gold record with an engine and scores the result.
 *
 * <pre>
 * List&lt;GoldRecord&gt; gold = new GoldReader().petrarch(reader, "unit_tests.jsonl", books.cameo());
 * EvalReport report = Evaluation.run(Engine.create(books), gold, false);
 * report.metrics().get("triple exact").f1();
 * </pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Codes each record as an article of its own (dated with the record's date) and scores its
     * asserted events, or all events when {@code allFactualities}; events without a target are
     * left out for a record that requires one.
     */
    public static EvalReport run(Engine engine, List<GoldRecord> gold, boolean allFactualities) {
        return run(engine, gold, allFactualities ? java.util.EnumSet.allOf(Factuality.class)
                : java.util.EnumSet.of(Factuality.ASSERTED));
    }

    /** As above, scoring the events whose factuality is one of {@code counted}. */
    public static EvalReport run(Engine engine, List<GoldRecord> gold, java.util.Set<Factuality> counted) {
        return run(engine, gold, counted, false);
    }

    /**
     * As above; with {@code ploverEventsOnly}, events without a PLOVER type (public statements and
     * appeals) are left out, as a PLOVER dataset has none.
     */
    public static EvalReport run(Engine engine, List<GoldRecord> gold, java.util.Set<Factuality> counted,
            boolean ploverEventsOnly) {
        return runByPart(engine, gold, counted, ploverEventsOnly).get(StudyCheckSplit.ALL);
    }

    /**
     * As above, coding each record once and scoring it three times: into its own part of the
     * study/check split ({@link StudyCheckSplit#of} its id) and into {@link StudyCheckSplit#ALL}.
     * A part no record falls in has an empty report.
     */
    public static Map<StudyCheckSplit, EvalReport> runByPart(Engine engine, List<GoldRecord> gold,
            java.util.Set<Factuality> counted, boolean ploverEventsOnly) {
        return runByPart(engine, gold, counted, ploverEventsOnly, null);
    }

    /**
     * As above; with {@code losses} (one account per part, filled here) also traces each record's
     * coding ({@link Engine#trace}) and accounts for its lost and false events.
     */
    public static Map<StudyCheckSplit, EvalReport> runByPart(Engine engine, List<GoldRecord> gold,
            java.util.Set<Factuality> counted, boolean ploverEventsOnly, Map<StudyCheckSplit, LossAccount> losses) {
        Map<StudyCheckSplit, EvalScorer> scorers = new EnumMap<>(StudyCheckSplit.class);
        for (StudyCheckSplit part : StudyCheckSplit.values()) {
            scorers.put(part, new EvalScorer());
        }
        for (GoldRecord r : gold) {
            Article article = new Article(r.id(), r.text(), r.date(), Optional.empty(), Optional.empty());
            Document doc = engine.process(article);
            java.util.function.Predicate<Event> scored = e -> counted.contains(e.factuality())
                    && (!ploverEventsOnly || e.plover().isPresent()) && (!r.targetRequired() || e.target().isPresent());
            List<Prediction> predicted = doc.events().stream().filter(scored)
                    .map(e -> Prediction.of(e, engine.conventions().name()))
                    .toList();
            if (losses != null) {
                LossAccount.RecordCoding coding = LossAccount.RecordCoding.of(doc, engine.trace(doc), scored);
                losses.computeIfAbsent(StudyCheckSplit.ALL, p -> new LossAccount()).add(r, coding);
                losses.computeIfAbsent(StudyCheckSplit.of(r.id()), p -> new LossAccount()).add(r, coding);
            }
            scorers.get(StudyCheckSplit.ALL).add(r, predicted);
            scorers.get(StudyCheckSplit.of(r.id())).add(r, predicted);
        }
        Map<StudyCheckSplit, EvalReport> out = new EnumMap<>(StudyCheckSplit.class);
        scorers.forEach((part, scorer) -> out.put(part, scorer.report()));
        return out;
    }
}
