package nl.meedoen.editing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * XLIFF 2.0 and 1.2 with the JDK's XML parser, locked down: secure processing on, no DOCTYPE at all
 * (which rules out external entities and entity expansion), no external DTDs or schemas, no XInclude.
 */
final class XliffFiles {

    static final String XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String XLIFF_1_2 = "urn:oasis:names:tc:xliff:document:1.2";

    private XliffFiles() {
    }

    static byte[] write(String lang, List<TranslationUnit> units, boolean version2) {
        Document document = builder().newDocument();
        String ns = version2 ? XLIFF_2 : XLIFF_1_2;
        Element root = document.createElementNS(ns, "xliff");
        document.appendChild(root);
        root.setAttribute("version", version2 ? "2.0" : "1.2");
        Element container;
        if (version2) {
            root.setAttribute("srcLang", "nl");
            root.setAttribute("trgLang", lang);
            container = child(document, root, ns, "file");
            container.setAttribute("id", "meedoen");
        } else {
            Element file = child(document, root, ns, "file");
            file.setAttribute("original", "meedoen");
            file.setAttribute("source-language", "nl");
            file.setAttribute("target-language", lang);
            file.setAttribute("datatype", "plaintext");
            container = child(document, file, ns, "body");
        }
        for (TranslationUnit unit : units) {
            if (version2) {
                Element element = child(document, container, ns, "unit");
                element.setAttribute("id", unit.id());
                Element notes = child(document, element, ns, "notes");
                note(document, notes, ns, "category", "source-version", String.valueOf(unit.sourceVersion()));
                note(document, notes, ns, "category", "status", unit.note());
                Element segment = child(document, element, ns, "segment");
                child(document, segment, ns, "source").setTextContent(unit.source());
                child(document, segment, ns, "target").setTextContent(unit.target());
            } else {
                Element element = child(document, container, ns, "trans-unit");
                element.setAttribute("id", unit.id());
                element.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
                child(document, element, ns, "source").setTextContent(unit.source());
                child(document, element, ns, "target").setTextContent(unit.target());
                note(document, element, ns, "from", "source-version", String.valueOf(unit.sourceVersion()));
                note(document, element, ns, "from", "status", unit.note());
            }
        }
        return serialise(document);
    }

    /** The units of an XLIFF 2.0 or 1.2 file for {@code lang}; anything else is an {@link InvalidTranslatorFile}. */
    static List<TranslationUnit> read(byte[] bytes, String lang) {
        Document document;
        try {
            document = builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new InvalidTranslatorFile("The file is not well-formed XLIFF: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidTranslatorFile("The file could not be read.");
        }
        Element root = document.getDocumentElement();
        boolean version2 = XLIFF_2.equals(root.getNamespaceURI());
        if (!"xliff".equals(root.getLocalName()) || !(version2 || XLIFF_1_2.equals(root.getNamespaceURI()))) {
            throw new InvalidTranslatorFile("The file is not XLIFF 2.0 or 1.2.");
        }
        String ns = root.getNamespaceURI();
        List<String> targetLanguages = new ArrayList<>();
        if (version2) {
            targetLanguages.add(root.getAttribute("trgLang"));
        } else {
            for (Element file : elements(root, ns, "file")) {
                targetLanguages.add(file.getAttribute("target-language"));
            }
        }
        if (targetLanguages.isEmpty() || targetLanguages.stream().anyMatch(found -> !found.equals(lang))) {
            throw new InvalidTranslatorFile("The file is for language " + targetLanguages + ", not for '" + lang + "'.");
        }
        List<TranslationUnit> units = new ArrayList<>();
        for (Element unit : elements(root, ns, version2 ? "unit" : "trans-unit")) {
            String id = unit.getAttribute("id");
            List<Element> targets = elements(unit, ns, "target");
            List<Element> sources = elements(unit, ns, "source");
            if (id.isEmpty() || targets.size() > 1 || sources.size() != 1) {
                throw new InvalidTranslatorFile("Unit '" + id + "' needs an id, one source and at most one target.");
            }
            String version = "";
            for (Element note : elements(unit, ns, "note")) {
                if ("source-version".equals(note.getAttribute(version2 ? "category" : "from"))) {
                    version = note.getTextContent().strip();
                }
            }
            units.add(new TranslationUnit(id, sources.getFirst().getTextContent(),
                    targets.isEmpty() ? "" : targets.getFirst().getTextContent(), number(id, version), ""));
        }
        return units;
    }

    static int number(String id, String version) {
        try {
            return Integer.parseInt(version);
        } catch (NumberFormatException e) {
            throw new InvalidTranslatorFile("Unit '" + id + "' has no source version.");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialise(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Document document, Element parent, String ns, String name) {
        Element element = document.createElementNS(ns, name);
        parent.appendChild(element);
        return element;
    }

    private static void note(Document document, Element parent, String ns, String attribute, String value, String text) {
        Element note = child(document, parent, ns, "note");
        note.setAttribute(attribute, value);
        note.setTextContent(text);
    }

    private static List<Element> elements(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            elements.add((Element) node);
        }
        return elements;
    }
}
