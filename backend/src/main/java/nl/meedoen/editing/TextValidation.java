package nl.meedoen.editing;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a text must be before it is published. A translation keeps the blocks of its Dutch source (the
 * same headings at the same levels, as many paragraphs and lists, in the same order), because the app
 * shows the two side by side block by block. Links go only to web, mail and phone addresses.
 */
final class TextValidation {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 50_000;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Set<String> LINK_SCHEMES = Set.of("https", "http", "mailto", "tel");

    private TextValidation() {
    }

    /** Throws {@link InvalidText} naming every problem; {@code source} is null when the text is the Dutch source. */
    static void check(String title, String summary, String body, @org.jspecify.annotations.Nullable String source) {
        List<String> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add("The title is empty.");
        }
        if (title.length() > MAX_TITLE) {
            problems.add("The title is longer than " + MAX_TITLE + " characters.");
        }
        if (summary.length() > MAX_SUMMARY) {
            problems.add("The summary is longer than " + MAX_SUMMARY + " characters.");
        }
        if (body.isBlank()) {
            problems.add("The text is empty.");
        }
        if (body.length() > MAX_BODY) {
            problems.add("The text is longer than " + MAX_BODY + " characters.");
        }
        Node document = MARKDOWN.parse(body);
        problems.addAll(linkProblems(document));
        if (source != null) {
            String difference = firstDifference(blocks(MARKDOWN.parse(source)), blocks(document));
            if (difference != null) {
                problems.add(difference);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidText(problems);
        }
    }

    /** The top-level blocks of a text, such as {@code [p, h2, p, ul, p]}. */
    static List<String> blocks(Node document) {
        List<String> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
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

    private static @org.jspecify.annotations.Nullable String firstDifference(List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int at = 0;
        while (at < expected.size() && at < actual.size() && expected.get(at).equals(actual.get(at))) {
            at++;
        }
        return "Keep the blocks of the Dutch text: block " + (at + 1) + " is "
                + (at < actual.size() ? name(actual.get(at)) : "missing") + " where the Dutch text has "
                + (at < expected.size() ? name(expected.get(at)) : "nothing") + " (Dutch " + expected.size()
                + " blocks, this text " + actual.size() + ").";
    }

    private static String name(String block) {
        return switch (block) {
            case "p" -> "a paragraph";
            case "ul", "ol" -> "a list";
            case "blockquote" -> "a quote";
            case "hr" -> "a line";
            default -> block.startsWith("h") && block.length() == 2 ? "a heading of level " + block.charAt(1) : block;
        };
    }

    private static List<String> linkProblems(Node document) {
        List<String> problems = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                problems.add("Images are not shown to newcomers; remove " + image.getDestination() + ".");
            }

            private void check(String destination) {
                try {
                    URI uri = new URI(destination);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!LINK_SCHEMES.contains(scheme)) {
                        problems.add("The link '" + destination + "' must start with https://, http://, mailto: or tel:.");
                    } else if (scheme.startsWith("http") && (uri.getHost() == null || !uri.getHost().contains("."))) {
                        problems.add("The link '" + destination + "' has no web address after " + scheme + "://.");
                    }
                } catch (URISyntaxException e) {
                    problems.add("The link '" + destination + "' is not a valid address.");
                }
            }
        });
        return problems;
    }
}
