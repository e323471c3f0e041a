package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.dyad.ingest.BadArticle;
import org.dyad.ingest.Quarantine;

/**
 * Counts a run's articles (coded, skipped because already stored, set aside) and reports each
 * set-aside article: one line on stderr and, with --quarantine, one JSON line in the quarantine
 * file. Used from the run's main thread only.
 */
final class RunTally {
    private final PrintWriter err;
    private final Quarantine quarantine;
    private int coded;
    private int skipped;
    private int setAside;
    private int events;

    /** @param quarantine where set-aside articles go, or null */
    RunTally(PrintWriter err, Quarantine quarantine) {
        this.err = err;
        this.quarantine = quarantine;
    }

    RunTally(PrintWriter err) {
        this(err, null);
    }

    void coded(int eventCount) {
        coded++;
        events += eventCount;
    }

    void skipped() {
        skipped++;
    }

    void setAside(BadArticle bad) {
        setAside++;
        err.println("dyad: set aside " + bad.name() + ": " + bad.reason());
        err.flush();
        if (quarantine != null) {
            try {
                quarantine.write(bad);
            } catch (IOException e) {
                err.println("dyad: cannot write the quarantine file: " + e.getMessage());
            }
        }
    }

    int coded() {
        return coded;
    }

    int skippedCount() {
        return skipped;
    }

    int setAsideCount() {
        return setAside;
    }

    int events() {
        return events;
    }

    /** The end-of-run line: coded, skipped (already stored), set aside. */
    String summary() {
        return coded + " articles coded (" + events + " events), " + skipped + " skipped (already stored), " + setAside
                + " set aside" + (quarantine == null || setAside == 0 ? "" : " (see the quarantine file)");
    }

    /** Non-zero only when nothing could be read. */
    int exitCode() {
        return coded + skipped == 0 ? 1 : 0;
    }
}
