package nl.meedoen.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpreadsheetCsvTest {

    @Test
    void everyCharacterThatStartsAFormulaIsDefused() {
        for (String dangerous : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("\"'" + dangerous + "\"", SpreadsheetCsv.field(dangerous));
        }
        assertEquals("\"Amal \"\"Nour\"\" Haddad\"", SpreadsheetCsv.field("Amal \"Nour\" Haddad"));
    }

    @Test
    void rowsAreSemicolonSeparatedWithWindowsLineEnds() {
        String csv = SpreadsheetCsv.withHeader("naam", "aantal").row("Amal", "3").row(List.of("=x", "")).toString();

        assertEquals("\"naam\";\"aantal\"\r\n\"Amal\";\"3\"\r\n\"'=x\";\"\"\r\n", csv);
    }
}
