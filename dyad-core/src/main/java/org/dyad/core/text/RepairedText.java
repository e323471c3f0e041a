package org.dyad.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A raw article text, the text after repairs, the offset map between them and the list of
 * repairs made. Immutable: {@link #apply} returns a new instance.
 */
public final class RepairedText {
    private final String raw;
    private final String text;
    private final OffsetMap map;
    private final List<Repair> repairs;

    /** Takes {@code repairs} as it is: an unmodifiable list no one else holds. */
    private RepairedText(String raw, String text, OffsetMap map, List<Repair> repairs) {
        this.raw = raw;
        this.text = text;
        this.map = map;
        this.repairs = repairs;
    }

    /** A text with no repairs yet. */
    public static RepairedText of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("raw text must not be null");
        }
        return new RepairedText(raw, raw, OffsetMap.identity(raw.length()), List.of());
    }

    public String raw() {
        return raw;
    }

    /** The repaired text that NLP reads. */
    public String text() {
        return text;
    }

    public OffsetMap map() {
        return map;
    }

    public List<Repair> repairs() {
        return repairs;
    }

    /** Raw offset of a span start in the repaired text. */
    public int rawStart(int offset) {
        return map.toRawStart(offset);
    }

    /** The raw span {@code [start, end)} that produced repaired-text span {@code [start, end)}. */
    public Span rawSpan(int start, int end) {
        int rs = map.toRawStart(start);
        return new Span(rs, Math.max(rs, map.toRawEnd(end)));
    }

    /**
     * Applies non-overlapping edits to the repaired text, all of one kind.
     *
     * @throws IllegalArgumentException if edits overlap or fall outside the text
     */
    public RepairedText apply(List<Edit> edits, RepairKind kind) {
        if (edits.isEmpty()) {
            return this;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        // A char array filled by bulk copies: StringBuilder copies a String range char by char.
        char[] out = new char[text.length() + 16];
        int length = 0;
        OffsetMap.Builder step = new OffsetMap.Builder();
        List<Edit> effective = new ArrayList<>();
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new IllegalArgumentException("overlapping " + kind.label() + " edits at offset " + e.start());
            }
            if (e.end() > text.length()) {
                throw new IllegalArgumentException("edit ends at " + e.end() + " beyond text length " + text.length());
            }
            if (e.end() - e.start() == e.replacement().length()
                    && text.regionMatches(e.start(), e.replacement(), 0, e.replacement().length())) {
                continue; // no-op edits leave no trace
            }
            String replacement = e.replacement();
            int needed = length + (e.start() - pos) + replacement.length() + (text.length() - e.end());
            if (needed > out.length) {
                out = Arrays.copyOf(out, Math.max(needed, out.length * 2));
            }
            text.getChars(pos, e.start(), out, length);
            length += e.start() - pos;
            replacement.getChars(0, replacement.length(), out, length);
            length += replacement.length();
            step.copy(e.start() - pos);
            step.replace(e.replacement().length(), e.end() - e.start());
            effective.add(e);
            pos = e.end();
        }
        if (effective.isEmpty()) {
            return this;
        }
        text.getChars(pos, text.length(), out, length);
        length += text.length() - pos;
        step.copy(text.length() - pos);
        OffsetMap composed = step.build().andThen(map);
        // Both lists are in raw order (edits are sorted and the map keeps order): merge them,
        // earlier repairs first where two start at the same raw offset.
        List<Repair> all = new ArrayList<>(repairs.size() + effective.size());
        int k = 0;
        for (Edit e : effective) {
            int rs = map.toRawStart(e.start());
            int re = Math.max(rs, map.toRawEnd(e.end()));
            while (k < repairs.size() && repairs.get(k).start() <= rs) {
                all.add(repairs.get(k++));
            }
            all.add(new Repair(rs, re, raw.substring(rs, re), e.replacement(), kind));
        }
        all.addAll(repairs.subList(k, repairs.size()));
        return new RepairedText(raw, new String(out, 0, length), composed, Collections.unmodifiableList(all));
    }
}
