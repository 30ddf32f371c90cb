package nl.meedoen.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a retention run removed, by kind, as numbers only: the log line, the audit entry and the run's row
 * show these and nothing that could name a person.
 */
final class RetentionCounts {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    RetentionCounts add(String what, int count) {
        counts.merge(what, count, Integer::sum);
        return this;
    }

    RetentionCounts add(RetentionCounts other) {
        other.counts.forEach(this::add);
        return this;
    }

    int of(String what) {
        return counts.getOrDefault(what, 0);
    }

    /** Such as {@code newcomers=2 invitations=3 …}, in the order the kinds were first counted. */
    String summary() {
        StringBuilder summary = new StringBuilder();
        counts.forEach((what, count) -> summary.append(summary.isEmpty() ? "" : " ").append(what).append('=').append(count));
        return summary.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
