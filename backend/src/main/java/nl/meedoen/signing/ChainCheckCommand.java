package nl.meedoen.signing;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Checks the signature chains from the command line, straight against PostgreSQL, without starting
 * the service:
 *
 * <pre>
 * DATASOURCES_DEFAULT_URL=jdbc:postgresql://db/meedoen DATASOURCES_DEFAULT_USERNAME=meedoen \
 * DATASOURCES_DEFAULT_PASSWORD=… java -cp meedoen.jar nl.meedoen.signing.ChainCheckCommand [GM0363 …]
 * </pre>
 *
 * Without municipality codes every municipality that has signatures is checked. Prints one line per
 * municipality; exits 0 when every chain is whole, 1 when one is broken, 2 when it cannot check.
 */
public final class ChainCheckCommand {

    private ChainCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv("DATASOURCES_DEFAULT_URL"), System.getenv("DATASOURCES_DEFAULT_USERNAME"),
                System.getenv("DATASOURCES_DEFAULT_PASSWORD"), args, System.out));
    }

    static int run(String url, String user, String password, String[] municipalities, PrintStream out) {
        if (url == null || url.isBlank()) {
            out.println("Set DATASOURCES_DEFAULT_URL (and _USERNAME, _PASSWORD) to the service's PostgreSQL.");
            return 2;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            String[] codes = municipalities.length > 0 ? municipalities : allWithSignatures(connection);
            boolean whole = true;
            for (String code : codes) {
                ChainCheck.Result result = check(connection, code);
                whole &= result.valid();
                out.println(result.valid()
                        ? code + ": " + result.rows() + " rows, chain intact"
                          + (result.erasedRows() == 0 ? "" : " (" + result.erasedRows() + " with personal parts erased)")
                        : code + ": BROKEN at position " + result.firstBadPosition() + " (row " + result.firstBadId() + "): "
                          + result.problem());
            }
            return whole ? 0 : 1;
        } catch (SQLException e) {
            out.println("Cannot read the signatures: " + e.getMessage());
            return 2;
        }
    }

    private static String[] allWithSignatures(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT municipality_code FROM signature ORDER BY 1");
             ResultSet rows = statement.executeQuery()) {
            java.util.List<String> codes = new java.util.ArrayList<>();
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
            return codes.toArray(String[]::new);
        }
    }

    private static ChainCheck.Result check(Connection connection, String municipality) throws SQLException {
        ChainCheck check = new ChainCheck(municipality);
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM signature WHERE municipality_code = ? ORDER BY position")) {
            statement.setString(1, municipality);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    check.accept(Signatures.row(rows));
                }
            }
        }
        return check.result();
    }
}
