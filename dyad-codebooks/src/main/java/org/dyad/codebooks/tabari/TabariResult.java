package org.dyad.codebooks.tabari;

import java.util.List;

/** What was read from a TABARI/PETRARCH dictionary, and the lines Dyad could not use. */
public record TabariResult<T>(T value, List<TabariIssue> issues) {
    public TabariResult {
        if (value == null) {
            throw new IllegalArgumentException("a result needs its value");
        }
        issues = List.copyOf(issues);
    }
}
