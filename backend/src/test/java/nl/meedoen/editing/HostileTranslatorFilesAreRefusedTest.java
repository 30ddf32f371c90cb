package nl.meedoen.editing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Problem;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken or hostile translator's file is refused with a 400 that says why, and nothing changes. */
@MicronautTest(transactional = false)
class HostileTranslatorFilesAreRefusedTest {

    private static final String XLIFF = "application/xliff+xml";

    private final Api api;
    private final EditingTestData data;
    private final TestStaff staff;
    private String editor;
    private String slug;

    HostileTranslatorFilesAreRefusedTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.api = new Api(server, json);
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @BeforeEach
    void pageAndEditor() {
        editor = TestStaff.signIn(api, staff.person("vertaalbureau", Role.EDITOR, null));
        slug = data.page(1, "ti");
    }

    @AfterEach
    void removePages() {
        data.removeAll();
    }

    @Test
    void brokenXml() {
        refused("xliff2", XLIFF, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" trgLang=\"ti\"><file>",
                "not well-formed");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        refused("xliff2", XLIFF, """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="ti"><file id="f">
                <unit id="values/%s/title"><notes><note category="source-version">1</note></notes>
                <segment><source>Toetspagina</source><target>&secret;</target></segment></unit></file></xliff>
                """.formatted(slug), "DOCTYPE");
    }

    @Test
    void entityExpansionIsNeverRun() {
        refused("xliff12", XLIFF, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file target-language="ti"><body>
                <trans-unit id="values/%s/title"><source>Toetspagina</source><target>&lol4;</target>
                <note from="source-version">1</note></trans-unit></body></file></xliff>
                """.formatted(slug), "DOCTYPE");
    }

    @Test
    void aFileForAnotherLanguage() {
        refused("xliff2", XLIFF, unit("ar", "values/" + slug + "/title", "عنوان"), "not for 'ti'");
    }

    @Test
    void anUnknownUnitRefusesTheWholeFile() {
        String file = """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="ti"><file id="f">
                <unit id="values/%s/title"><notes><note category="source-version">1</note></notes>
                <segment><source>Toetspagina</source><target>ሓድሽ</target></segment></unit>
                <unit id="values/bestaat-niet/title"><notes><note category="source-version">1</note></notes>
                <segment><source>X</source><target>Y</target></segment></unit></file></xliff>
                """.formatted(slug);
        refused("xliff2", XLIFF, file, "'values/bestaat-niet/title' is not a text of Meedoen");
    }

    @Test
    void aTranslationThatBreaksTheSourceStructureRefusesTheWholeFile() {
        refused("xliff2", XLIFF, unit("ti", "values/" + slug + "/body", "ሓደ ክፍሊ ጥራይ።"), "Keep the blocks");
    }

    @Test
    void anOversizedFile() {
        String padding = "<!-- " + "x".repeat(TranslatorFiles.MAX_BYTES) + " -->";
        refused("xliff2", XLIFF, unit("ti", "values/" + slug + "/title", "ሓድሽ").replace("<file", padding + "<file"), "larger than");
    }

    @Test
    void aBrokenPoFile() {
        refused("po", "text/x-gettext-translation", "msgid \"\"\nmsgstr \"Language: ti\\n\"\n\nmsgctxt \"values/" + slug
                + "/title\"\nmsgid \"Toetspagina\"\nmsgstr \"ሓድሽ\n", "Line 6 is not PO");
        refused("po", "text/x-gettext-translation", "<script>alert(1)</script>\n", "not PO");
    }

    @Test
    void aPoFileForAnotherLanguage() {
        refused("po", "text/x-gettext-translation", "msgid \"\"\nmsgstr \"Language: ar\\n\"\n\n#. source-version: 1\nmsgctxt \"values/"
                + slug + "/title\"\nmsgid \"Toetspagina\"\nmsgstr \"عنوان\"\n", "not for 'ti'");
    }

    private static String unit(String lang, String id, String target) {
        return """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="%s"><file id="f">
                <unit id="%s"><notes><note category="source-version">1</note></notes>
                <segment><source>Bron</source><target>%s</target></segment></unit></file></xliff>
                """.formatted(lang, id, target);
    }

    private void refused(String format, String type, String file, String because) {
        Api.Response response = api.sendBytes("POST", "/api/v1/editing/files/ti?format=" + format,
                file.getBytes(StandardCharsets.UTF_8), type, "Authorization", editor);
        assertEquals(400, response.status(), response.body());
        assertEquals("application/problem+json", response.header("Content-Type"));
        String detail = response.as(Problem.class).detail();
        assertTrue(detail.contains(because) && detail.endsWith("Nothing was changed."), detail);
        EditingTestData.Item item = EditingTestData.item(api, editor, slug, "ti");
        assertEquals("ገጽ ፈተና ti", item.text().title());
        assertEquals(EditingTestData.TIGRINYA, item.text().body());
    }
}
