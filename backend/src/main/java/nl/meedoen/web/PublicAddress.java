package nl.meedoen.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Set;

/**
 * The address people use to reach Meedoen ({@code MEEDOEN_PUBLIC_URL}), for links that leave the
 * service: on invitation letters, in password links, as redirect address for sign-in providers.
 * Left unset it is this machine, which nobody else can reach: the start-up log and the staff screen say so.
 */
@Singleton
public final class PublicAddress {

    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);
    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "[::1]", "::1", "0.0.0.0");

    private final String base;

    PublicAddress(@Value("${meedoen.public-url:`http://localhost:8080`}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    public String base() {
        return base;
    }

    /** The public URL of a path such as {@code /#/invite/…}. */
    public String of(String path) {
        return base + path;
    }

    /** Whether links point at this machine, so that a newcomer's phone or a colleague's browser cannot open them. */
    public boolean isThisMachine() {
        String host = URI.create(base).getHost();
        return host == null || THIS_MACHINE.contains(host.toLowerCase(java.util.Locale.ROOT)) || host.endsWith(".localhost");
    }

    @EventListener
    void onStartup(StartupEvent started) {
        warnIfThisMachine();
    }

    void warnIfThisMachine() {
        if (isThisMachine()) {
            LOG.warn("MEEDOEN_PUBLIC_URL is not set to the public address: invitation letters and password links point at {}, "
                    + "which no phone or other computer can open. Set MEEDOEN_PUBLIC_URL, for example https://meedoen.voorbeeldstad.nl.", base);
        }
    }
}
