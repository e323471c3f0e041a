/**
 * The Dyad event store: an embedded DuckDB file holding articles, events, actors, mentions,
 * places, near-duplicate links and incidents, with query and export.
 *
 * <p>{@link org.dyad.store.EventStore} is the entry point; every other public type is a value it
 * takes or returns. DuckDB types never leave this package. Nothing here prints or exits: failures
 * are {@link org.dyad.store.StoreException}s whose messages say what to do.
 */
package org.dyad.store;
