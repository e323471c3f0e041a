package org.dyad.app;

/** How an input file holds its articles. */
public enum InputFormat {
    /** The whole file is one article; its id is the file name. */
    TEXT,
    /** One JSON object per line: id, text, optional published, url, title. */
    JSONL
}
