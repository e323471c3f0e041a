package org.dyad.core.doc;

/** A document was asked for a layer that no stage has added. */
public final class MissingLayerException extends IllegalStateException {
    private final LayerKind layer;

    public MissingLayerException(LayerKind layer, String documentId) {
        super("document " + documentId + " has no " + layer + " layer; run " + layer.usualProvider()
                + " before asking for it");
        this.layer = layer;
    }

    public LayerKind layer() {
        return layer;
    }
}
