package org.dyad.core.pipeline;

import java.util.Set;
import org.dyad.core.doc.Document;
import org.dyad.core.doc.LayerKind;

/**
 * One step of a pipeline: reads some layers of a document and returns a new document with its
 * own layers added. Implementations are thread-safe after construction.
 */
public interface Stage {

    /** A short name used in error messages. */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<LayerKind> requires();

    /** Layers this stage adds. */
    Set<LayerKind> provides();

    Document apply(Document document);
}
