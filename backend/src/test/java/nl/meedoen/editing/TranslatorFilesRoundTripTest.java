package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static nl.meedoen.editing.EditingTestData.TIGRINYA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export for translators, change two units, import: exactly those two change, in XLIFF 2.0, XLIFF 1.2
 * and PO; every other text of every page stays as it was.
 */
@MicronautTest(transactional = false)
class TranslatorFilesRoundTripTest {

    @Serdeable
    record Report(List<String> changedUnits, List<String> publishedPages) {
    }

    private final Api api;
    private final Sql sql;
    private final EditingTestData data;
    private final TestStaff staff;
    private String editor;

    TranslatorFilesRoundTripTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @BeforeEach
    void nationalEditor() {
        editor = TestStaff.signIn(api, staff.person("vertaalbureau", Role.EDITOR, null));
    }

    @AfterEach
    void removePages() {
        data.removeAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff2", "xliff12"})
    void anXliffFileWithTwoChangedUnitsChangesExactlyThoseTwo(String format) throws Exception {
        String slug = data.page(1, "ti");
        byte[] exported = export(format);
        assertTrue(new String(exported, StandardCharsets.UTF_8).contains("values/" + slug + "/body"));

        Document document = parse(exported);
        setTarget(document, "values/" + slug + "/title", "ሓድሽ ኣርእስቲ");
        setTarget(document, "values/" + slug + "/body", TIGRINYA.replace("ቀዳማይ", "ሓድሽ"));
        Report report = importFile(format, "application/xliff+xml", serialise(document));

        assertEquals(List.of("values/" + slug + "/title", "values/" + slug + "/body"), report.changedUnits());
        assertEquals(List.of("values/" + slug), report.publishedPages());
        EditingTestData.Item item = EditingTestData.item(api, editor, slug, "ti");
        assertEquals("ሓድሽ ኣርእስቲ", item.text().title());
        assertEquals(TIGRINYA.replace("ቀዳማይ", "ሓድሽ"), item.text().body());
        assertEquals("unreviewed", item.status());
        assertEquals(0, sql.one("SELECT count(*) FROM content_version WHERE slug NOT LIKE 'toets-%' AND slug NOT LIKE 'matrix-%'",
                rows -> rows.getInt(1)).orElseThrow(), "no other page was published");
    }

    @Test
    void aPoFileWithTwoChangedUnitsChangesExactlyThoseTwo() {
        String slug = data.page(1, "ti");
        String po = new String(export("po"), StandardCharsets.UTF_8);
        String title = "msgctxt \"values/" + slug + "/title\"\nmsgid \"Toetspagina\"\nmsgstr \"ገጽ ፈተና ti\"\n";
        String summary = "msgctxt \"values/" + slug + "/summary\"\nmsgid \"\"\nmsgstr \"\"\n";
        assertTrue(po.contains(title), po.substring(0, 600));
        assertTrue(po.contains(summary));

        Report report = importFile("po", "text/x-gettext-translation", po
                .replace(title, title.replace("ገጽ ፈተና ti", "ሓድሽ \\\"ኣርእስቲ\\\""))
                .replace(summary, summary.replace("msgstr \"\"", "msgstr \"ሓጺር መግለጺ\""))
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("values/" + slug + "/title", "values/" + slug + "/summary"), report.changedUnits());
        EditingTestData.Item item = EditingTestData.item(api, editor, slug, "ti");
        assertEquals("ሓድሽ \"ኣርእስቲ\"", item.text().title());
        assertEquals("ሓጺር መግለጺ", item.text().summary());
        assertEquals(TIGRINYA, item.text().body());
    }

    @Test
    void anUnchangedFileChangesNothing() {
        data.page(1, "ti");

        Report report = importFile("po", "text/x-gettext-translation", export("po"));

        assertEquals(List.of(), report.changedUnits());
    }

    private byte[] export(String format) {
        Api.Response response = api.get("/api/v1/editing/files/ti?format=" + format, "Authorization", editor);
        assertEquals(200, response.status(), response.body());
        return response.bytes();
    }

    private Report importFile(String format, String type, byte[] file) {
        Api.Response response = api.sendBytes("POST", "/api/v1/editing/files/ti?format=" + format, file, type, "Authorization", editor);
        assertEquals(200, response.status(), response.body());
        return response.as(Report.class);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static void setTarget(Document document, String id, String text) {
        NodeList units = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            if (id.equals(unit.getAttribute("id")) && !unit.getLocalName().equals("file")) {
                unit.getElementsByTagNameNS("*", "target").item(0).setTextContent(text);
                return;
            }
        }
        throw new AssertionError("no unit " + id);
    }

    private static byte[] serialise(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }
}
