package nl.meedoen.wegwijs;

import org.jspecify.annotations.Nullable;

import java.time.LocalDateTime;

/**
 * Whether a place is open at a moment, and until when in Dutch local time. Open without an end means
 * open round the clock for at least the coming week.
 */
record OpenState(boolean open, @Nullable LocalDateTime until) {

    static final OpenState CLOSED = new OpenState(false, null);
    static final OpenState ROUND_THE_CLOCK = new OpenState(true, null);
}
