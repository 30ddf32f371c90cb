package nl.meedoen.content;

import jakarta.inject.Singleton;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML that is safe to put into the page as it is: whatever a content file or an editor
 * writes, only plain text structure and links survive.
 */
@Singleton
public final class MarkdownRenderer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "br", "hr", "blockquote", "code", "a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto", "tel")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    public String toSafeHtml(String markdown) {
        Node document = parser.parse(markdown);
        return POLICY.sanitize(html.render(document));
    }

    public String toPlainText(String markdown) {
        return text.render(parser.parse(markdown));
    }

    public int wordCount(String markdown) {
        String plain = toPlainText(markdown).strip();
        return plain.isEmpty() ? 0 : plain.split("\\s+").length;
    }
}
