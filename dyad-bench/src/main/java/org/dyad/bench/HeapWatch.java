package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * The largest heap seen live after a garbage collection: the sum over heap pools of their usage
 * after the latest collection, sampled whenever asked, maximum kept. Garbage not yet collected is
 * not counted, so the figure does not grow with {@code -Xmx}.
 */
final class HeapWatch {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
    private long peak;

    void sample() {
        long used = 0;
        for (MemoryPoolMXBean p : pools) {
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) {
                used += u.getUsed();
            }
        }
        peak = Math.max(peak, used);
    }

    long peakMb() {
        sample();
        return peak / (1024 * 1024);
    }
}
