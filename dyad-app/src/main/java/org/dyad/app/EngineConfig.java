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
 */
public record EngineConfig(List<String> userDictionaries, String conventions) implements Serializable {
    private static final long serialVersionUID = 1L;

    public EngineConfig {
        userDictionaries = List.copyOf(Objects.requireNonNull(userDictionaries, "userDictionaries"));
        Conventions.named(Objects.requireNonNull(conventions, "conventions")); // rejects an unknown name
    }

    /** The bundled codebooks under PLOVER's conventions. */
    public static EngineConfig defaults() {
        return new EngineConfig(List.of(), Conventions.PLOVER.name());
    }

    public EngineConfig withDictionaries(List<Path> files) {
        return new EngineConfig(files.stream().map(Path::toString).toList(), conventions);
    }

    public EngineConfig withConventions(Conventions chosen) {
        return new EngineConfig(userDictionaries, chosen.name());
    }

    public Conventions codingConventions() {
        return Conventions.named(conventions);
    }

    public List<Path> dictionaryPaths() {
        return userDictionaries.stream().map(Path::of).toList();
    }
}
