package nl.meedoen.content;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every translation in {@code content/} has the blocks of its Dutch page, in the same order: the same
 * headings at the same levels, and as many paragraphs and lists. The app shows the Dutch text paragraph
 * by paragraph beside the translation, which only lines up when the two have the same shape.
 */
class TranslationsKeepTheSourceStructureTest {

    private static final Parser MARKDOWN = Parser.builder().build();

    @Test
    void everyTranslationHasTheHeadingsParagraphsAndListsOfItsDutchPage() {
        List<ShippedFile> files = new ShippedContent().read();
        Map<String, ShippedFile> dutch = files.stream()
                .filter(file -> file.lang().equals("nl"))
                .collect(Collectors.toMap(TranslationsKeepTheSourceStructureTest::page, Function.identity()));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (ShippedFile translation : files) {
            ShippedFile source = dutch.get(page(translation));
            if (translation.lang().equals("nl") || source == null) {
                continue;
            }
            compared++;
            List<String> expected = blocks(source);
            List<String> actual = blocks(translation);
            if (!actual.equals(expected)) {
                problems.add(translation.path() + ": " + firstDifference(expected, actual));
            }
        }
        assertTrue(compared >= dutch.size(), "only " + compared + " translations were found to compare");
        assertTrue(problems.isEmpty(), problems.size() + " translations differ from their Dutch page:\n"
                + String.join("\n", problems));
    }

    /** The top-level blocks of a page body, such as {@code [p, h2, p, ul, p]}. */
    static List<String> blocks(ShippedFile file) {
        List<String> blocks = new ArrayList<>();
        for (Node node = MARKDOWN.parse(MarkdownPage.parse(file.text()).body()).getFirstChild(); node != null; node = node.getNext()) {
            blocks.add(switch (node) {
                case Heading heading -> "h" + heading.getLevel();
                case Paragraph paragraph -> "p";
                case BulletList list -> "ul";
                case OrderedList list -> "ol";
                case BlockQuote quote -> "blockquote";
                case ThematicBreak rule -> "hr";
                default -> node.getClass().getSimpleName();
            });
        }
        return blocks;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        return "block " + (at + 1) + " is " + (at < actual.size() ? actual.get(at) : "missing")
                + " where Dutch has " + (at < expected.size() ? expected.get(at) : "nothing")
                + " (Dutch " + expected.size() + " blocks, translation " + actual.size() + ")";
    }

    private static String page(ShippedFile file) {
        return file.module().folder() + "/" + file.slug();
    }
}
