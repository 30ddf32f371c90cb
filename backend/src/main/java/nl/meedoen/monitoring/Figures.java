package nl.meedoen.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.identity.AuditLog;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.SignedInStaff;
import nl.meedoen.municipality.MunicipalityDirectory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The figures a coordinator follows for their municipality, and those an admin follows across
 * municipalities with small numbers hidden.
 * <p>
 * Looking at figures on the screen is not written to the audit log, downloading them is. The screen shows
 * counts only, never a person, and is read again at every change of period or breakdown: an entry per look
 * would bury the changes to personal data the log is there for. A download is a report that leaves the
 * service, so who took which figures, when, is recorded, in the transaction that read them.
 */
@Singleton
class Figures {

    static final String EXPORTED = "figures.exported";

    private final FigureQueries queries;
    private final AuditLog audit;
    private final MunicipalityDirectory municipalities;

    Figures(FigureQueries queries, AuditLog audit, MunicipalityDirectory municipalities) {
        this.queries = queries;
        this.audit = audit;
        this.municipalities = municipalities;
    }

    @Transactional
    MunicipalityFigures of(String municipality, FiguresPeriod period, FunnelBreakdown by, SignedInStaff staff) {
        staff.requireIn(municipality, Role.COORDINATOR);
        List<FigureQueries.FunnelLine> lines = queries.funnel(period, municipality, by);
        FunnelCounts total = lines.stream().filter(line -> line.municipality() != null && line.group() == null)
                .map(FigureQueries.FunnelLine::counts).findFirst().orElse(FunnelCounts.NONE);
        List<FigureQueries.HeldSession> held = queries.heldSessions(period, municipality);
        return new MunicipalityFigures(municipality, municipalities.require(municipality).name(), period.from(), period.to(),
                by == FunnelBreakdown.NONE ? null : by.code(), total, groups(lines, by), SessionFigures.of(held),
                held.stream().map(SessionFigures::held).toList());
    }

    @Transactional
    MunicipalityFigures export(String municipality, FiguresPeriod period, FunnelBreakdown by, SignedInStaff staff, String client) {
        MunicipalityFigures figures = of(municipality, period, by, staff);
        audit.record(staff, municipality, EXPORTED, subject(period, by), client);
        return figures;
    }

    @Transactional
    PublishedFigures acrossMunicipalities(FiguresPeriod period, SignedInStaff staff) {
        staff.requireAdmin();
        Map<String, String> names = queries.municipalityNames().stream()
                .collect(Collectors.toMap(FigureQueries.Name::key, FigureQueries.Name::name));
        Map<String, FunnelCounts> funnels = new HashMap<>();
        FunnelCounts grandTotal = FunnelCounts.NONE;
        for (FigureQueries.FunnelLine line : queries.funnel(period, null, FunnelBreakdown.NONE)) {
            if (line.municipality() == null) {
                grandTotal = line.counts();
            } else if (line.group() == null) {
                funnels.put(line.municipality(), line.counts());
            }
        }
        Map<String, List<FigureQueries.HeldSession>> held = queries.heldSessions(period, null).stream()
                .collect(Collectors.groupingBy(FigureQueries.HeldSession::municipality));
        TreeSet<String> codes = new TreeSet<>(funnels.keySet());
        codes.addAll(held.keySet());
        List<PublishedFigures.Exact> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(new PublishedFigures.Exact(code, names.getOrDefault(code, code), funnels.getOrDefault(code, FunnelCounts.NONE),
                    SessionFigures.of(held.getOrDefault(code, List.of()))));
        }
        rows.sort(Comparator.comparing(PublishedFigures.Exact::name).thenComparing(row -> Objects.requireNonNull(row.code())));
        SessionFigures allSessions = SessionFigures.of(held.values().stream().flatMap(List::stream).toList());
        return PublishedFigures.of(period, rows, new PublishedFigures.Exact(null, "Alle gemeenten", grandTotal, allSessions));
    }

    @Transactional
    PublishedFigures exportAcrossMunicipalities(FiguresPeriod period, SignedInStaff staff, String client) {
        PublishedFigures figures = acrossMunicipalities(period, staff);
        audit.record(staff, null, EXPORTED, subject(period, FunnelBreakdown.NONE) + " across municipalities", client);
        return figures;
    }

    private List<MunicipalityFigures.Group> groups(List<FigureQueries.FunnelLine> lines, FunnelBreakdown by) {
        if (by == FunnelBreakdown.NONE) {
            return List.of();
        }
        List<FigureQueries.FunnelLine> grouped = lines.stream().filter(line -> line.municipality() != null && line.group() != null).toList();
        Map<String, String> sessionNames = by == FunnelBreakdown.SESSION
                ? queries.sessionNames(grouped.stream().map(FigureQueries.FunnelLine::group).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(FigureQueries.Name::key, FigureQueries.Name::name))
                : Map.of();
        return grouped.stream()
                .map(line -> {
                    String key = Objects.requireNonNull(line.group());
                    return new MunicipalityFigures.Group(key, sessionNames.getOrDefault(key, by.dutchLabel(key)), line.counts());
                })
                .sorted(Comparator.comparingLong((MunicipalityFigures.Group group) -> group.funnel().registered()).reversed()
                        .thenComparing(MunicipalityFigures.Group::label))
                .toList();
    }

    private static String subject(FiguresPeriod period, FunnelBreakdown by) {
        return period + (by == FunnelBreakdown.NONE ? "" : " by " + by.code());
    }
}
