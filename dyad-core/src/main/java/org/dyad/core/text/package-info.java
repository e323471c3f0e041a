/**
 * Text repair with offsets: undoes damage in raw news text before NLP reads it, and maps every
 * position in the repaired text back to the raw article.
 *
 * <p>Start at {@link org.dyad.core.text.RepairChains#standard RepairChains.standard(lexicon,
 * frequencies)}; it returns the standard ordered chain of {@link org.dyad.core.text.TextRepair}
 * steps, each a small final class that can also be used alone. {@link
 * org.dyad.core.text.RepairedText} holds the raw text, the repaired text, the {@link
 * org.dyad.core.text.OffsetMap} between them and the {@link org.dyad.core.text.Repair}s made.
 * The vocabulary comes in as a {@link org.dyad.core.text.Lexicon} and {@link
 * org.dyad.core.text.WordFrequencies}; {@code dyad-codebooks} bundles both. See
 * {@code docs/repair.md} for the rules and the benchmark.
 */
package org.dyad.core.text;
