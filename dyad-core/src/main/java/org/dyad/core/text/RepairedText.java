package org.dyad.core.text;

import java.util.ArrayList;
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

    private RepairedText(String raw, String text, OffsetMap map, List<Repair> repairs) {
        this.raw = raw;
        this.text = text;
        this.map = map;
        this.repairs = List.copyOf(repairs);
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
        StringBuilder out = new StringBuilder(text.length());
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
            if (text.substring(e.start(), e.end()).equals(e.replacement())) {
                continue; // no-op edits leave no trace
            }
            out.append(text, pos, e.start());
            step.copy(e.start() - pos);
            out.append(e.replacement());
            step.replace(e.replacement().length(), e.end() - e.start());
            effective.add(e);
            pos = e.end();
        }
        if (effective.isEmpty()) {
            return this;
        }
        out.append(text, pos, text.length());
        step.copy(text.length() - pos);
        OffsetMap composed = step.build().andThen(map);
        List<Repair> all = new ArrayList<>(repairs);
        for (Edit e : effective) {
            int rs = map.toRawStart(e.start());
            int re = Math.max(rs, map.toRawEnd(e.end()));
            all.add(new Repair(rs, re, raw.substring(rs, re), e.replacement(), kind));
        }
        all.sort(Comparator.comparingInt(Repair::start));
        return new RepairedText(raw, out.toString(), composed, all);
    }
}
