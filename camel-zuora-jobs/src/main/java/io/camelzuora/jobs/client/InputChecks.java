package io.camelzuora.jobs.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of every value that ends up in a request line or header, made before anything is sent. A failed check names
 * where the value came from, shows it (escaped and shortened, so a 10 KB value or a CR/LF cannot flood or forge a log
 * line) and says what would be valid.
 */
public final class InputChecks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATUS = Pattern.compile("[a-z_]{1,32}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_TRACK_ID = 64;
    private static final int MAX_SHOWN = 60;

    private InputChecks() {
    }

    /** A job id must be a UUID: it becomes part of the request path. */
    public static String jobId(String value, String source) {
        if (value == null || !UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid job id " + show(value) + " from " + source
                                               + ": a Zuora job id is a UUID such as ed4b9701-bafb-4976-8019-b08269430153");
        }
        return value;
    }

    /** {@code Zuora-Track-Id}: at most 64 printable US-ASCII characters, none of {@code : ; " '}. */
    public static String trackId(String value, String source) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > MAX_TRACK_ID) {
            throw new IllegalArgumentException("Invalid Zuora-Track-Id " + show(value) + " from " + source + ": it has "
                                               + value.length() + " characters, allowed are 1 to " + MAX_TRACK_ID);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || c == ':' || c == ';' || c == '"' || c == '\'') {
                throw new IllegalArgumentException("Invalid Zuora-Track-Id " + show(value) + " from " + source
                                                   + ": character " + show(String.valueOf(c)) + " at position " + i
                                                   + " is not allowed; use printable US-ASCII without : ; \" '");
            }
        }
        return value;
    }

    /** {@code Zuora-Version}: a date {@code YYYY-MM-DD}. */
    public static String zuoraVersion(String value, String source) {
        if (value == null) {
            return null;
        }
        if (!VERSION.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid Zuora-Version " + show(value) + " from " + source
                                               + ": use a date in the form YYYY-MM-DD, e.g. 2024-05-20");
        }
        return value;
    }

    /** {@code Zuora-Entity-Ids}: one entity id. */
    public static String entityIds(String value, String source) {
        if (value == null) {
            return null;
        }
        if (!ENTITY_ID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid Zuora-Entity-Ids " + show(value) + " from " + source
                                               + ": give one entity id of letters, digits, '-' or '_' (at most 64)");
        }
        return value;
    }

    /** {@code Zuora-Org-Ids}: comma-separated org ids. */
    public static String orgIds(String value, String source) {
        if (value == null) {
            return null;
        }
        for (String id : value.split(",", -1)) {
            if (!ENTITY_ID.matcher(id.trim()).matches()) {
                throw new IllegalArgumentException("Invalid Zuora-Org-Ids " + show(value) + " from " + source
                                                   + ": give comma-separated org ids of letters, digits, '-' or '_'");
            }
        }
        return value;
    }

    /**
     * A Zuora URL must be {@code https}, so a bearer token never crosses a network unencrypted; plain {@code http} is
     * accepted for loopback hosts (a local simulator or proxy), or anywhere when explicitly allowed.
     */
    public static URI secureUrl(String value, boolean allowInsecureHttp, String source) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException | NullPointerException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("Invalid " + source + " " + show(value)
                                               + ": use an https URL with a host, e.g. https://rest.zuora.com or https://rest.eu.zuora.com");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("Refusing " + source + " " + show(value)
                                               + ": plain http would send the access token unencrypted; use https, or set"
                                               + " allowInsecureHttp=true if a trusted network makes that acceptable"
                                               + " (http to localhost/127.0.0.1/[::1] is always allowed)");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    /** A list page size: 1 to 100. */
    public static int pageSize(int value, String source) {
        if (value < 1 || value > 100) {
            throw new IllegalArgumentException("Invalid pageSize " + value + " from " + source
                                               + ": Zuora accepts 1 to 100 jobs per page");
        }
        return value;
    }

    /**
     * A job status to filter on: letters and underscores, as Zuora spells statuses ({@code in_progress}). Statuses this
     * version does not know pass, since Zuora may add some.
     */
    public static String status(String value, String source) {
        if (value == null || !STATUS.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid job status " + show(value) + " from " + source
                                               + ": use one of accepted, pending, in_progress, completed, failed, cancelled");
        }
        return value;
    }

    /**
     * Shows a value in an error message: quoted, control and non-ASCII characters escaped, long values cut, so the
     * message is one safe line.
     */
    public static String show(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("'");
        int shown = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        sb.append('\'');
        if (value.length() > MAX_SHOWN) {
            sb.append("... (").append(value.length()).append(" characters)");
        }
        return sb.toString();
    }
}
