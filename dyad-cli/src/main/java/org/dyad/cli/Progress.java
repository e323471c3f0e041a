package org.dyad.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A run's progress on stderr: on a terminal a progress bar over the input's bytes (rate and time
 * left) with articles and articles/s beside it; otherwise a plain line every {@code everyNanos}.
 * Told from the run's main thread.
 */
abstract class Progress implements AutoCloseable {
    private final long started = System.nanoTime();
    protected int coded;
    protected int setAside;

    /** A bar when stderr is a terminal (the dyad script says so in the dyad.stderr.tty property), else periodic lines. */
    static Progress to(PrintWriter err, long totalBytes) {
        String tty = System.getProperty("dyad.stderr.tty");
        boolean terminal = tty == null ? System.console() != null : Boolean.parseBoolean(tty);
        return terminal ? new Bar(System.err, totalBytes) : new Lines(err, totalBytes, 10_000_000_000L);
    }

    void coded() {
        coded++;
        changed();
    }

    void setAside() {
        setAside++;
        changed();
    }

    abstract void bytesRead(long n);

    abstract void changed();

    double articlesPerSecond() {
        double s = (System.nanoTime() - started) / 1e9;
        return s <= 0 ? 0 : coded / s;
    }

    @Override
    public void close() {
    }

    /** me.tongfei's bar, in MB of input when the size is known. */
    static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(PrintStream err, long totalBytes) {
            this.bar = new ProgressBarBuilder().setTaskName("coding").setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setUnit(" MB", 1 << 20).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        void bytesRead(long n) {
            bar.stepBy(n);
        }

        @Override
        void changed() {
            bar.setExtraMessage(String.format(" %d articles, %.1f/s, %d set aside", coded, articlesPerSecond(), setAside));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** A line now and then, for logs. */
    static final class Lines extends Progress {
        private final PrintWriter err;
        private final long totalBytes;
        private final long everyNanos;
        private long bytes;
        private long lastLine = System.nanoTime();

        Lines(PrintWriter err, long totalBytes, long everyNanos) {
            this.err = err;
            this.totalBytes = totalBytes;
            this.everyNanos = everyNanos;
        }

        @Override
        void bytesRead(long n) {
            bytes += n;
        }

        @Override
        void changed() {
            long now = System.nanoTime();
            if (now - lastLine >= everyNanos) {
                lastLine = now;
                err.printf("dyad: %d articles coded (%.1f/s), %d set aside, %.1f%s MB read%n", coded, articlesPerSecond(),
                        setAside, bytes / 1048576.0, totalBytes > 0 ? String.format(" of %.1f", totalBytes / 1048576.0)
                                : "");
                err.flush();
            }
        }
    }
}
