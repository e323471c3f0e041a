package org.dyad.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.EventPlace;
import org.dyad.store.EventRow;
import org.dyad.store.ScannedEvent;

/** What {@link EventColumns} is built from: the scanned events in scan order, codes numbered at first sight. */
final class ColumnsScan {
    private ColumnsScan() {}

    /** A table of distinct strings, each given the next number at its first sight. */
    static final class Dictionary {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int number(String value) {
            if (value == null) {
                return -1;
            }
            return numbers.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        String[] values() {
            return values.toArray(new String[0]);
        }
    }

    /** A growing int column. */
    static final class Ints {
        private int[] values = new int[1024];
        private int n;

        void add(int v) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, n);
        }
    }

    static final class Builder {
        final List<EventRow> rows = new ArrayList<>();
        final List<int[]> words = new ArrayList<>();
        final Dictionary codes = new Dictionary();
        final Dictionary cameos = new Dictionary();
        final Dictionary roots = new Dictionary();
        final Dictionary plovers = new Dictionary();
        final Ints source = new Ints();
        final Ints target = new Ints();
        final Ints sourceCountry = new Ints();
        final Ints targetCountry = new Ints();
        final Ints cameo = new Ints();
        final Ints cameoRoot = new Ints();
        final Ints plover = new Ints();
        final Ints place = new Ints();
        final List<EventPlace> places;
        final Map<Long, Integer> placeIndex = new HashMap<>();
        final java.util.stream.LongStream.Builder geonameList = java.util.stream.LongStream.builder();
        long[] geonameIds;
        private final Map<String, String> sentences = new HashMap<>();

        Builder(List<EventPlace> places) {
            this.places = places;
            for (int i = 0; i < places.size(); i++) {
                placeIndex.put(places.get(i).geonameId(), i);
            }
        }

        void add(ScannedEvent e) {
            EventRow r = e.row();
            // Events of one sentence share its text: keep one copy.
            String sentence = sentences.computeIfAbsent(r.sentenceText(), s -> s);
            rows.add(sentence == r.sentenceText() ? r : new EventRow(r.id(), r.articleId(), r.date(), r.sourceCode(),
                    r.sourceText(), r.targetCode(), r.targetText(), r.cameo(), r.quadClass(), r.goldstein(),
                    r.ploverType(), r.ploverMode(), r.ploverContext(), r.factuality(), r.confidence(), sentence,
                    r.url(), r.placeName(), r.placeCountry(), r.incidentId()));
            words.add(e.sentenceWords());
            source.add(codes.number(r.sourceCode()));
            target.add(codes.number(r.targetCode().orElse(null)));
            sourceCountry.add(codes.number(e.sourceCountry().orElse(null)));
            targetCountry.add(codes.number(e.targetCountry().orElse(null)));
            cameo.add(cameos.number(r.cameo()));
            cameoRoot.add(roots.number(r.cameo() == null ? null : r.cameo().substring(0, Math.min(2, r.cameo().length()))));
            plover.add(plovers.number(r.ploverType().orElse(null)));
            long g = e.geonameId().orElse(0);
            geonameList.add(g);
            place.add(g == 0 ? -1 : placeIndex.getOrDefault(g, -1));
        }
    }
}
