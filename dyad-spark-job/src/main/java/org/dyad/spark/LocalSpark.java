package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session on this machine ({@code local[N]}) that listens only on the loopback address
 * and runs no web UI: a local run opens no port to the network.
 */
public final class LocalSpark {
    private LocalSpark() {}

    /** A session for {@code master}, which must be {@code local}, {@code local[N]} or {@code local[*]}. */
    public static SparkSession session(String master) {
        if (!master.matches("local(\\[(\\d+|\\*)])?")) {
            throw new IllegalArgumentException("'" + master + "' is not a local master; use local[N] here, and"
                    + " spark-submit --master for a cluster");
        }
        return SparkSession.builder()
                .appName("dyad")
                .master(master)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                // Few, coarse shuffles: the default of 200 partitions only adds tasks on one machine.
                .config("spark.sql.shuffle.partitions", "8")
                // The event rows have 50 columns; Spark warns when a plan's description passes 25.
                .config("spark.sql.debug.maxToStringFields", "100")
                // Hadoop's local file system starts a chmod process for every file and folder it makes.
                .config("spark.hadoop.fs.file.impl", LocalFiles.class.getName())
                .getOrCreate();
    }
}
