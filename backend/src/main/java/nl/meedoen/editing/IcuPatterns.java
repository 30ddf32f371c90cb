package nl.meedoen.editing;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an interface text before it is published, with ICU's own parser: the pattern parses, it uses
 * exactly the arguments of the Dutch source, and each plural (and selectordinal) message has every
 * category the language's plural rules need, {@code other} among them, and no category the language
 * does not have. What a newcomer's phone would otherwise show as a broken sentence is refused here.
 */
final class IcuPatterns {

    private IcuPatterns() {
    }

    /** The arguments and plural messages found in a pattern, or why it does not parse. */
    private record Parsed(Set<String> arguments, List<Plural> plurals) {
    }

    private record Plural(String argument, boolean ordinal, Set<String> selectors) {
    }

    /**
     * Every problem with {@code pattern} in the language {@code locale}; {@code dutch} is the current
     * Dutch pattern of the same key, or null when the pattern is the Dutch source itself.
     */
    static List<String> problems(String pattern, ULocale locale, String lang, @Nullable String dutch) {
        List<String> problems = new ArrayList<>();
        if (pattern.isBlank()) {
            problems.add("The text is empty.");
            return problems;
        }
        Parsed parsed;
        try {
            parsed = parse(pattern);
        } catch (IllegalArgumentException | IndexOutOfBoundsException broken) {
            String message = String.valueOf(broken.getMessage());
            problems.add(message.contains("'other'")
                    ? "A plural or select message needs the 'other' category: " + message
                    : "The text is not valid ICU MessageFormat: " + message);
            return problems;
        }
        if (dutch != null) {
            Set<String> expected = parse(dutch).arguments();
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(parsed.arguments());
            Set<String> extra = new TreeSet<>(parsed.arguments());
            extra.removeAll(expected);
            if (!missing.isEmpty()) {
                problems.add("Missing argument(s) " + braced(missing) + " that the Dutch text uses.");
            }
            if (!extra.isEmpty()) {
                problems.add("Argument(s) " + braced(extra) + " that the Dutch text does not have.");
            }
        }
        for (Plural plural : parsed.plurals()) {
            PluralRules rules = PluralRules.forLocale(locale, plural.ordinal() ? PluralRules.PluralType.ORDINAL
                    : PluralRules.PluralType.CARDINAL);
            Set<String> needed = new TreeSet<>(rules.getKeywords());
            Set<String> keywords = new TreeSet<>(plural.selectors());
            keywords.removeIf(selector -> selector.startsWith("="));
            String kind = plural.ordinal() ? "selectordinal" : "plural";
            if (!keywords.contains("other")) {
                problems.add("The " + kind + " message of {" + plural.argument() + "} needs the 'other' category.");
            }
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(keywords);
            missing.remove("other");
            if (!missing.isEmpty()) {
                problems.add("The " + kind + " message of {" + plural.argument() + "} lacks the categor"
                        + (missing.size() == 1 ? "y " : "ies ") + String.join(", ", missing) + " that '" + lang
                        + "' needs (it has " + String.join(", ", needed) + ").");
            }
            Set<String> unknown = new TreeSet<>(keywords);
            unknown.removeAll(needed);
            if (!unknown.isEmpty()) {
                problems.add("The " + kind + " message of {" + plural.argument() + "} has " + String.join(", ", unknown)
                        + ", which '" + lang + "' does not use (it has " + String.join(", ", needed) + ").");
            }
        }
        return problems;
    }

    private static Parsed parse(String pattern) {
        MessagePattern parts = new MessagePattern(pattern);
        Set<String> arguments = new TreeSet<>();
        List<Plural> plurals = new ArrayList<>();
        for (int i = 0; i < parts.countParts(); i++) {
            MessagePattern.Part part = parts.getPart(i);
            switch (part.getType()) {
                case ARG_NAME -> arguments.add(parts.getSubstring(part));
                case ARG_NUMBER -> arguments.add(String.valueOf(part.getValue()));
                case ARG_START -> {
                    MessagePattern.ArgType type = part.getArgType();
                    if (type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL) {
                        plurals.add(plural(parts, i, type == MessagePattern.ArgType.SELECTORDINAL));
                    }
                }
                default -> {
                }
            }
        }
        return new Parsed(arguments, plurals);
    }

    /** ARG_START, the argument, an optional offset, then (ARG_SELECTOR, an optional explicit value, a message)+. */
    private static Plural plural(MessagePattern parts, int start, boolean ordinal) {
        MessagePattern.Part name = parts.getPart(start + 1);
        String argument = name.getType() == MessagePattern.Part.Type.ARG_NAME ? parts.getSubstring(name)
                : String.valueOf(name.getValue());
        Set<String> selectors = new TreeSet<>();
        int limit = parts.getLimitPartIndex(start);
        int i = start + 2;
        while (i < limit) {
            MessagePattern.Part part = parts.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                selectors.add(parts.getSubstring(part));
                i++;
                if (parts.getPart(i).getType().hasNumericValue()) {
                    i++;
                }
                i = parts.getLimitPartIndex(i) + 1;
            } else {
                i++;
            }
        }
        return new Plural(argument, ordinal, selectors);
    }

    private static String braced(Set<String> names) {
        return String.join(", ", names.stream().map(name -> "{" + name + "}").toList());
    }
}
