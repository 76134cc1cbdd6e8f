package io.camelzuora.buildtools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text for javadoc comments in generated source. */
final class JavadocText {

    /** The longest line of generated source, as in the project's own. */
    private static final int LINE_WIDTH = 120;

    /** A word, or an inline tag such as {@code {@link Foo}} with what follows it, which must not be split. */
    private static final Pattern WORD = Pattern.compile("\\{@[^}]*}\\S*|\\S+");

    private JavadocText() {
    }

    /** Plain text as javadoc HTML: markup characters escaped, and nothing that would end the comment or start a tag. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    /**
     * Plain text kept as it is (where the comment is read as text, as Spring Boot's configuration processor reads field
     * comments), only kept from ending the comment.
     */
    static String plain(String text) {
        return text.replace("*/", "* /");
    }

    /**
     * A comment of the given lines, indented, with each line wrapped to fit the line width; an empty line stays an
     * empty comment line.
     */
    static String comment(String indent, List<String> lines) {
        StringBuilder result = new StringBuilder(indent).append("/**\n");
        for (String line : lines) {
            for (String wrapped : wrap(line, LINE_WIDTH - indent.length() - 3)) {
                result.append(indent).append(" *").append(wrapped.isEmpty() ? "" : " " + wrapped).append('\n');
            }
        }
        return result.append(indent).append(" */\n").toString();
    }

    private static List<String> wrap(String line, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Matcher words = WORD.matcher(line);
        while (words.find()) {
            String word = words.group();
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
