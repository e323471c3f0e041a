package org.dyad.nlp.corenlp;

/** CoreNLP could not be started: models missing from the classpath or too little memory. */
public final class NlpUnavailableException extends IllegalStateException {
    public NlpUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
