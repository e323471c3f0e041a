package org.dyad.core.pipeline;

/** A pipeline was assembled with a stage whose required layers nothing before it provides. */
public final class PipelineAssemblyException extends IllegalArgumentException {
    public PipelineAssemblyException(String message) {
        super(message);
    }
}
