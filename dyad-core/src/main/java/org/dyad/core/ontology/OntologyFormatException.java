package org.dyad.core.ontology;

/** An ontology table could not be read; the message names the line and the problem. */
public final class OntologyFormatException extends IllegalArgumentException {
    public OntologyFormatException(String message) {
        super(message);
    }
}
