package org.dyad.core.facts;

/**
 * What kind of dictionary reading gave an event its code: the typed fact confidence is calibrated
 * by (docs/coding.md, "Calibrated confidence"), never the audit {@code rule}.
 */
public enum PatternKind {
    /** A phrase pattern: words that follow the verb ("abandon * {economic relations}"). */
    PHRASE,
    /** A slot pattern naming its word: the object, an oblique or the subject ("take obj hostage"). */
    SLOT,
    /** The verb's default, or a slot pattern that only needs its preposition ("demonstrate against"). */
    DEFAULT,
    /** An event noun's code: behind a light verb ("held talks"), or a noun standing alone ("the attack on"). */
    NOMINAL
}
