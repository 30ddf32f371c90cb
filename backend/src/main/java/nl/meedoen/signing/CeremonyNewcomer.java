package nl.meedoen.signing;

import java.util.UUID;

/**
 * The newcomer at a ceremony: name, language and whether signing is voluntary for them (EU citizens
 * and the other voluntary target groups: signing cannot be required of them).
 */
record CeremonyNewcomer(UUID id, String municipality, String name, String language, String targetGroup) {

    boolean signingVoluntary() {
        return targetGroup.equals("eu-voluntary") || targetGroup.equals("other-voluntary");
    }

    /** Initials only, as the public verification shows them: "A. B." for "Amal Bahrami". */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0))).append(". ");
            }
        }
        return initials.toString().strip();
    }
}
