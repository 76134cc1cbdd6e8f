package io.camelzuora.jobs.internal.client;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Zuora's error bodies in both documented shapes, the flat {@code {"code":71013040,"message":"Not Found."}} and
 * the v1 {@code {"success":false,"reasons":[{"code":...,"message":...}]}}, plus the bare {@code {"message":...}} of a
 * 401. Anything else (an HTML page from a proxy, plain text, nothing) becomes a short readable description.
 */
final class ErrorBodyParser {

    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");

    private static final int MAX_TEXT = 120;
    private static final Pattern HTML_TITLE = Pattern.compile("<title>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Zuora's code and message, either may be {@code null}. */
    record ErrorBody(String code, String message) {
    }

    private ErrorBodyParser() {
    }

    static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new ErrorBody(null, "(empty body)");
        }
        try {
            JsonNode root = ZuoraJson.mapper().readTree(body);
            if (root != null && root.isObject()) {
                JsonNode reasons = root.get("reasons");
                if (reasons != null && reasons.isArray() && !reasons.isEmpty()) {
                    JsonNode first = reasons.get(0);
                    return new ErrorBody(text(first.get("code")), text(first.get("message")));
                }
                if (root.has("code") || root.has("message")) {
                    return new ErrorBody(text(root.get("code")), text(root.get("message")));
                }
            }
            return new ErrorBody(null, "(JSON body without an error code or message)");
        } catch (Exception notJson) {
            return new ErrorBody(
                    null, describeNonJson(new String(
                            body, 0, Math.min(body.length, 4096),
                            StandardCharsets.UTF_8)));
        }
    }

    private static String describeNonJson(String text) {
        Matcher title = HTML_TITLE.matcher(text);
        if (title.find()) {
            return "(HTML page: " + clean(title.group(1)) + ")";
        }
        if (text.trim().startsWith("<")) {
            return "(HTML page)";
        }
        return "(non-JSON body: " + clean(text) + ")";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : clean(node.asText());
    }

    /** Collapses whitespace and control characters and caps the length, so the text is safe in one log line. */
    /** Whether the text is already clean: no control character, no run of spaces, none at either end, short. */
    private static boolean isPlain(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_TEXT || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return length == 0;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    static String clean(String text) {
        if (isPlain(text)) {
            return text;
        }
        String flat = CONTROL_OR_SPACE.matcher(text).replaceAll(" ").trim();
        return flat.length() > MAX_TEXT ? flat.substring(0, MAX_TEXT) + "..." : flat;
    }
}
