package org.dyad.core.text;

import java.util.List;

/**
 * One repair step: finds the damage of one kind in a text and proposes edits that undo it.
 * Implementations are stateless after construction and safe to share between threads.
 */
public interface TextRepair {

    /** The kind of damage this step repairs. */
    RepairKind kind();

    /** Non-overlapping edits to {@code text}; an empty list when nothing needs repair. */
    List<Edit> edits(String text);
}
