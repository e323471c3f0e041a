package org.dyad.app;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dyad.core.conventions.Conventions;

/**
 * What an engine is made from: the user's dictionary files laid over the bundled codebooks, and
 * the coding conventions. Serializable, so that a cluster job ships the configuration to its
 * executors and each builds its own engine.
 *
 * @param userDictionaries paths of Dyad dictionary files, in the order they are laid over the bundled ones
 * @param conventions {@code plover} (the default) or {@code cameo} (PETRARCH-compatible)
 * @param nlpPath which sentences CoreNLP parses: the fast path (the default) or all of them
 */
public record EngineConfig(List<String> userDictionaries, String conventions, Engine.NlpPath nlpPath)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    public EngineConfig {
        userDictionaries = List.copyOf(Objects.requireNonNull(userDictionaries, "userDictionaries"));
        Conventions.named(Objects.requireNonNull(conventions, "conventions")); // rejects an unknown name
        Objects.requireNonNull(nlpPath, "nlpPath");
    }

    /** These dictionaries and conventions on the default NLP path. */
    public EngineConfig(List<String> userDictionaries, String conventions) {
        this(userDictionaries, conventions, Engine.NlpPath.DEFAULT);
    }

    /** The bundled codebooks under PLOVER's conventions, on the default NLP path. */
    public static EngineConfig defaults() {
        return new EngineConfig(List.of(), Conventions.PLOVER.name(), Engine.NlpPath.DEFAULT);
    }

    public EngineConfig withDictionaries(List<Path> files) {
        return new EngineConfig(files.stream().map(Path::toString).toList(), conventions, nlpPath);
    }

    public EngineConfig withConventions(Conventions chosen) {
        return new EngineConfig(userDictionaries, chosen.name(), nlpPath);
    }

    public EngineConfig withNlpPath(Engine.NlpPath path) {
        return new EngineConfig(userDictionaries, conventions, path);
    }

    public Conventions codingConventions() {
        return Conventions.named(conventions);
    }

    public List<Path> dictionaryPaths() {
        return userDictionaries.stream().map(Path::of).toList();
    }
}
