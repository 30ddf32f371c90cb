package nl.meedoen.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.List;
import java.util.Map;

/**
 * A content file split into its YAML front matter and its Markdown body. See {@code content/README.md}
 * for the fields.
 */
record MarkdownPage(Map<String, Object> frontMatter, String body) {

    static MarkdownPage parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            throw new InvalidContent("does not start with front matter (a line '---')");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new InvalidContent("front matter is not closed by a line '---'");
        }
        Object yaml;
        try {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(normalised.substring(4, end));
        } catch (YAMLException e) {
            throw new InvalidContent("front matter is not valid YAML: " + e.getMessage());
        }
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new InvalidContent("front matter must be a set of 'key: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frontMatter = (Map<String, Object>) map;
        return new MarkdownPage(frontMatter, normalised.substring(end + 5).strip());
    }

    String text(String key) {
        Object value = frontMatter.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidContent("front matter needs '" + key + "'");
        }
        return value.toString().strip();
    }

    String textOrEmpty(String key) {
        Object value = frontMatter.get(key);
        return value == null ? "" : value.toString().strip();
    }

    int positiveNumber(String key) {
        Object value = frontMatter.get(key);
        if (value instanceof Integer number && number > 0) {
            return number;
        }
        throw new InvalidContent("front matter needs '" + key + "' as a whole number above 0");
    }

    List<String> list(String key) {
        Object value = frontMatter.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(item -> item.toString().strip()).filter(item -> !item.isEmpty()).toList();
        }
        throw new InvalidContent("front matter '" + key + "' must be a list such as [a, b]");
    }

    /** A content file that does not follow the format of {@code content/README.md}. */
    static final class InvalidContent extends RuntimeException {
        InvalidContent(String message) {
            super(message);
        }
    }
}
