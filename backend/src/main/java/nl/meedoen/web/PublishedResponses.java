package nl.meedoen.web;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers to {@link PublishedContent} reads, kept in this instance's memory for the published version
 * they were made from. Nothing here matters beyond a cache: it is filled from the database on demand,
 * and every instance drops it within about a second of a change by any instance, because they all
 * poll the same version counter.
 */
@Singleton
public class PublishedResponses {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedResponses.class);

    /** Keys include the raw Accept-Language header, which a client can vary at will: bound the map. */
    private static final int MAX_ENTRIES = 5_000;

    private final PublishedVersions versions;
    private final Map<String, PublishedResponse> responses = new ConcurrentHashMap<>();
    private volatile long version = -1;

    PublishedResponses(PublishedVersions versions) {
        this.versions = versions;
    }

    /** The version answers are made from now; entries made under an older one are never served. */
    public long version() {
        return version;
    }

    @Nullable PublishedResponse find(String key) {
        PublishedResponse response = responses.get(key);
        return response != null && response.version() == version ? response : null;
    }

    void keep(String key, PublishedResponse response) {
        if (response.version() != version) {
            return;
        }
        if (responses.size() >= MAX_ENTRIES) {
            responses.clear();
        }
        responses.put(key, response);
    }

    /** Reads the published version; called every second, and at once by code that just published. */
    @Scheduled(fixedDelay = "1s", initialDelay = "0s")
    public void refresh() {
        long current = versions.current();
        if (current != version) {
            if (version >= 0) {
                LOG.info("Published content changed (version {} to {}): answers are made anew", version, current);
            }
            version = current;
            responses.clear();
        }
    }
}
