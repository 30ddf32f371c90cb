package nl.meedoen.wegwijs;

/**
 * A Dutch public holiday on which places may close or keep other hours, with its Dutch name. The
 * name is shown in Dutch in every language, marked as Dutch: it is the word newcomers will hear and
 * read on notices on the door, and the date beside it is formatted in their own language.
 */
enum PublicHoliday {
    NIEUWJAARSDAG("Nieuwjaarsdag"),
    EERSTE_PAASDAG("Eerste Paasdag"),
    TWEEDE_PAASDAG("Tweede Paasdag"),
    KONINGSDAG("Koningsdag"),
    BEVRIJDINGSDAG("Bevrijdingsdag"),
    HEMELVAARTSDAG("Hemelvaartsdag"),
    EERSTE_PINKSTERDAG("Eerste Pinksterdag"),
    TWEEDE_PINKSTERDAG("Tweede Pinksterdag"),
    EERSTE_KERSTDAG("Eerste Kerstdag"),
    TWEEDE_KERSTDAG("Tweede Kerstdag");

    private final String dutchName;

    PublicHoliday(String dutchName) {
        this.dutchName = dutchName;
    }

    String dutchName() {
        return dutchName;
    }
}
