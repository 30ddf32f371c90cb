package nl.meedoen.identity;

import io.netty.util.internal.ThreadExecutorMap;

/** Database work must never hold up the threads that serve every connection. */
final class EventLoop {

    private EventLoop() {
    }

    /** Fails when called on one of Netty's event loop threads. */
    static void refuse() {
        if (ThreadExecutorMap.currentExecutor() != null) {
            throw new IllegalStateException("Reading the database on the event loop; run this on the blocking pool");
        }
    }
}
