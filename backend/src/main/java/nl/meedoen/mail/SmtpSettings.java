package nl.meedoen.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import org.jspecify.annotations.Nullable;

/**
 * The SMTP server mail is sent through: {@code MEEDOEN_SMTP_HOST}, {@code _PORT}, {@code _USERNAME},
 * {@code _PASSWORD}, {@code _FROM} and {@code _STARTTLS}. STARTTLS is on unless switched off, so that a
 * password never crosses the network in the clear by accident.
 */
@ConfigurationProperties("meedoen.smtp")
@Requires(property = "meedoen.smtp.host")
record SmtpSettings(String host, @Bindable(defaultValue = "587") int port, @Nullable String username, @Nullable String password,
                    @Nullable String from, @Bindable(defaultValue = "true") boolean starttls) {
}
