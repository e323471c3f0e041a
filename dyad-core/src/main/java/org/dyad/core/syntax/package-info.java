/**
 * One place for reading the dependency parse: UD relation names ({@link org.dyad.core.syntax.Rel}),
 * Penn tags ({@link org.dyad.core.syntax.Pos}), a predicate's arguments ({@link
 * org.dyad.core.syntax.Clauses}) and noun-phrase structure ({@link org.dyad.core.syntax.Phrases}).
 * The actor, event and place stages ask here instead of walking the parse themselves.
 */
package org.dyad.core.syntax;
