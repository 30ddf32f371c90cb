package nl.meedoen.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Newcomers with known answers, registered in the 31 days up to today ({@link #from} to {@link #to}):
 * <pre>
 *              lang regime     registered invited    redeemed  seat          came        signed          DUO
 * arabic1      ar   wi2021     -20        yes        yes       morning       present     yes (20 days)   yes
 * arabic2      ar   wi2021     -10        yes        yes       morning       present     yes (10 days)
 * arabic3      ar   wi2021     -30 (from) yes                  morning       no-show
 * arabic4      ar   wi2021     -5         revoked              later, cancelled
 * polish1      pl   voluntary  -25        yes        yes       morning       present     refused
 * polish2      pl   voluntary  -15        yes        yes       morning       present     signed, revoked
 * polish3      pl   voluntary  0 (to)                          waiting list for later
 * early        ar   wi2021     -31 (the day before from: not in the cohort), came to the afternoon session
 * </pre>
 * Sessions: morning (3 days ago, 10 seats: 5 taken, 4 present, 1 no-show), afternoon (yesterday, 4 seats:
 * 1 taken and present), later (in 5 days: not held yet), one cancelled 2 days ago (50 seats) and one 40
 * days ago (10 seats), both not counted.
 */
final class FiguresScenario {

    final String municipality;
    final FiguresTestData.Staff coordinator;
    final LocalDate from = FiguresTestData.today().minusDays(30);
    final LocalDate to = FiguresTestData.today();
    final UUID morning;
    final UUID later;

    FiguresScenario(FiguresTestData data) {
        LocalDate today = FiguresTestData.today();
        municipality = data.municipality("Cijferstad");
        coordinator = data.staff(municipality, "coordinator");
        morning = data.session(municipality, "Ochtendworkshop", today.minusDays(3), 10, "planned");
        UUID afternoon = data.session(municipality, "Middagworkshop", today.minusDays(1), 4, "planned");
        later = data.session(municipality, "Latere workshop", today.plusDays(5), 20, "planned");
        data.session(municipality, "Afgelaste workshop", today.minusDays(2), 50, "cancelled");
        data.session(municipality, "Oude workshop", today.minusDays(40), 10, "planned");

        UUID arabic1 = data.newcomer(municipality, "ar", "permit-holder", today.minusDays(20));
        UUID arabic2 = data.newcomer(municipality, "ar", "permit-holder", today.minusDays(10));
        UUID arabic3 = data.newcomer(municipality, "ar", "family-migrant", today.minusDays(30));
        UUID arabic4 = data.newcomer(municipality, "ar", "permit-holder", today.minusDays(5));
        UUID polish1 = data.newcomer(municipality, "pl", "eu-voluntary", today.minusDays(25));
        UUID polish2 = data.newcomer(municipality, "pl", "eu-voluntary", today.minusDays(15));
        UUID polish3 = data.newcomer(municipality, "pl", "eu-voluntary", today);
        UUID early = data.newcomer(municipality, "ar", "permit-holder", today.minusDays(31));

        for (UUID invited : new UUID[] {arabic1, arabic2, polish1, polish2, early}) {
            data.invitation(invited, true, false);
        }
        data.invitation(arabic3, false, false);
        data.invitation(arabic4, false, true);

        for (UUID booked : new UUID[] {arabic1, arabic2, arabic3, polish1, polish2}) {
            data.booking(booked, morning, "confirmed");
        }
        for (UUID came : new UUID[] {arabic1, arabic2, polish1, polish2}) {
            data.attendance(morning, came, "present");
        }
        data.attendance(morning, arabic3, "no-show");
        data.booking(arabic4, later, "cancelled");
        data.booking(polish3, later, "waitlisted");
        data.booking(early, afternoon, "confirmed");
        data.attendance(afternoon, early, "present");

        UUID signed = data.sign(municipality, coordinator, arabic1);
        data.registerWithDuo(municipality, coordinator, signed);
        data.sign(municipality, coordinator, arabic2);
        data.refuse(municipality, coordinator, polish1);
        data.revoke(municipality, coordinator, data.sign(municipality, coordinator, polish2));
        data.registerWithDuo(municipality, coordinator, data.sign(municipality, coordinator, early));
    }
}
