package nl.meedoen.signing;

import jakarta.inject.Singleton;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.locale.UiStrings;
import nl.meedoen.push.Push;
import nl.meedoen.push.PushMessage;

import java.util.Map;
import java.util.Objects;

/**
 * Tells the newcomer's phone, when notifications are on, that a ceremony waits there: a tap opens it.
 * The text is in the language of the translation shown; the notice is not sent after the phone's time is over.
 */
@Singleton
class PhoneNotice {

    private final Push push;
    private final UiStrings strings;
    private final SupportedLocales locales;

    PhoneNotice(Push push, UiStrings strings, SupportedLocales locales) {
        this.push = push;
        this.strings = strings;
        this.locales = locales;
    }

    /** Needs the transaction that opens the ceremony, so that a ceremony that was not opened is not announced. */
    void ceremonyWaits(Ceremony ceremony) {
        SupportedLocale reader = locales.require(ceremony.locale());
        push.queue(ceremony.newcomer(), new PushMessage("signing-ceremony", "signing-ceremony:" + ceremony.id(), reader.code(),
                strings.format(reader, "signOnPhone.pushTitle", Map.of()), strings.format(reader, "signOnPhone.pushBody", Map.of()),
                "/#/sign", Objects.requireNonNull(ceremony.onPhoneUntil())));
    }
}
