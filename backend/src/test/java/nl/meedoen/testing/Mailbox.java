package nl.meedoen.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free port of this machine, that the service under test sends
 * its mail to. It can be stopped and started again on the same port, as a mail server that is away
 * for a while; what it received before a stop is kept.
 */
public final class Mailbox implements AutoCloseable {

    private static final Pattern PASSWORD_LINK = Pattern.compile("http\\S+#/staff/password/(pw\\.[A-Za-z0-9_-]+)");

    public record Received(String recipient, String subject, String text, String messageId) {

        /** The token of the one-time password link in the mail. */
        public String passwordToken() {
            Matcher link = PASSWORD_LINK.matcher(text);
            if (!link.find()) {
                throw new AssertionError("No password link in the mail \"" + subject + "\"");
            }
            return link.group(1);
        }
    }

    private final List<Received> earlier = new ArrayList<>();
    private ServerSetup setup;
    private GreenMail server;

    /** The first start takes a port the system picks; a restart takes the same port again. */
    private Mailbox() {
        this.setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        start();
        this.setup = new ServerSetup(server.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    public static Mailbox started() {
        return new Mailbox();
    }

    /** The service's SMTP settings for this server; the outbox looks for mail often and retries soon. */
    public Map<String, String> serviceProperties() {
        return Map.of(
                "meedoen.smtp.host", "127.0.0.1",
                "meedoen.smtp.port", Integer.toString(setup.getPort()),
                "meedoen.smtp.starttls", "false",
                "meedoen.smtp.from", "meedoen@gemeente.example",
                "meedoen.mail.poll-interval", "100ms",
                "meedoen.mail.first-retry", "500ms");
    }

    public synchronized void start() {
        server = new GreenMail(setup);
        server.start();
    }

    public synchronized void stop() {
        earlier.addAll(read(server));
        server.stop();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Everything received so far, before and after stops. */
    public synchronized List<Received> all() {
        List<Received> all = new ArrayList<>(earlier);
        if (server.isRunning()) {
            all.addAll(read(server));
        }
        return all;
    }

    public List<Received> to(String recipient) {
        return all().stream().filter(mail -> mail.recipient().equalsIgnoreCase(recipient)).toList();
    }

    /** Waits (at most ten seconds) until {@code count} mails to the recipient have arrived, and returns them. */
    public List<Received> awaitTo(String recipient, int count) {
        return await(() -> to(recipient), count, recipient);
    }

    /** Waits until exactly the first mail to the recipient has arrived, and returns it. */
    public Received awaitOneTo(String recipient) {
        return awaitTo(recipient, 1).getFirst();
    }

    private static List<Received> await(Supplier<List<Received>> mails, int count, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Received> found = mails.get();
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            found = mails.get();
        }
        if (found.size() < count) {
            throw new AssertionError(count + " mails to " + what + " expected, " + found.size() + " arrived");
        }
        return found;
    }

    private static List<Received> read(GreenMail server) {
        return Arrays.stream(server.getReceivedMessages()).map(Mailbox::received).toList();
    }

    private static Received received(MimeMessage message) {
        try {
            String text = message.getContent() instanceof String decoded ? decoded : GreenMailUtil.getBody(message);
            return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(), text,
                    message.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
