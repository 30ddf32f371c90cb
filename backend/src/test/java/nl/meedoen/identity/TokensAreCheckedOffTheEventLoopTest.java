package nl.meedoen.identity;

import io.netty.channel.DefaultEventLoop;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The check of a token reads the database (session live, account active, roles), so it refuses to run
 * on a Netty event loop. Every test that signs in passes through it, which shows that the service
 * runs it on the blocking pool.
 */
class TokensAreCheckedOffTheEventLoopTest {

    @Test
    void theCheckRefusesTheEventLoop() throws Exception {
        DefaultEventLoop eventLoop = new DefaultEventLoop();
        try {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> eventLoop.submit(EventLoop::refuse).get());
            assertInstanceOf(IllegalStateException.class, refused.getCause());
        } finally {
            eventLoop.shutdownGracefully().sync();
        }
        assertDoesNotThrow(EventLoop::refuse);
    }
}
