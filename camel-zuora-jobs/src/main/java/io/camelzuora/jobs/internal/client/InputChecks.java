package io.camelzuora.jobs.internal.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.camelzuora.jobs.model.FilterCondition;
import io.camelzuora.jobs.model.FilterOperator;
import io.camelzuora.jobs.model.SubmitJobRequest;

/**
 * Checks of every value that ends up in a request line or header, made before anything is sent. A failed check names
 * where the value came from, shows it (escaped and shortened, so a 10 KB value or a CR/LF cannot flood or forge a log
 * line) and says what would be valid.
 */
public final class InputChecks {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern LOOPBACK_V4 = Pattern.compile(
            "127\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){2}");
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern STATUS = Pattern.compile("[a-z_]{1,32}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern OBJECT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,127}");
    private static final Set<String> NAMESPACES = Set.of("default", "com_zuora");
    private static final Set<String> JOB_OPERATIONS = Set.of("create", "update", "delete");
    private static final int MAX_TRACK_ID = 64;
    /** Zuora: "less than 255 characters". */
    private static final int MAX_IDEMPOTENCY_KEY = 254;
    private static final int MAX_SHOWN = 60;

    private InputChecks() {
    }

    /** Whether the value is a job id, a UUID. */
    public static boolean isJobId(String value) {
        return value != null && UUID.matcher(value).matches();
    }

    /** A job id must be a UUID: it becomes part of the request path. */
    public static String jobId(String value, String source) {
        return matching(UUID, value, "job id", source,
                "a Zuora job id is a UUID such as ed4b9701-bafb-4976-8019-b08269430153");
    }

    /** {@code Zuora-Track-Id}: at most 64 printable US-ASCII characters, none of {@code : ; " '}. */
    public static String trackId(String value, String source) {
        return printableAscii(value, "Zuora-Track-Id", MAX_TRACK_ID, source,
                (text, i) -> ":;\"'".indexOf(text.charAt(i)) < 0, "use printable US-ASCII without : ; \" '");
    }

    /** {@code Zuora-Version}: a date {@code YYYY-MM-DD}. */
    public static String zuoraVersion(String value, String source) {
        return value == null
                ? null
                : matching(VERSION, value, "Zuora-Version", source, "use a date in the form YYYY-MM-DD, e.g. 2024-05-20");
    }

    /** {@code Zuora-Entity-Ids}: one entity id. */
    public static String entityIds(String value, String source) {
        return value == null
                ? null
                : matching(ENTITY_ID, value, "Zuora-Entity-Ids", source,
                        "give one entity id of letters, digits, '-' or '_' (at most 64)");
    }

    /** {@code Zuora-Org-Ids}: comma-separated org ids. */
    public static String orgIds(String value, String source) {
        if (value == null) {
            return null;
        }
        for (String id : value.split(",", -1)) {
            if (!ENTITY_ID.matcher(id.trim()).matches()) {
                throw new IllegalArgumentException(
                        "Invalid Zuora-Org-Ids " + show(value) + " from " + source
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
            throw new IllegalArgumentException(
                    "Invalid " + source + " " + show(value)
                                               + ": use an https URL with a host, e.g. https://rest.zuora.com or https://rest.eu.zuora.com");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(
                    "Refusing " + source + " " + show(value)
                                               + ": plain http would send the access token unencrypted; use https, or set"
                                               + " allowInsecureHttp=true if a trusted network makes that acceptable"
                                               + " (http to localhost/127.0.0.1/[::1] is always allowed)");
        }
        return uri;
    }

    /**
     * {@code localhost}, an IPv4 literal in {@code 127.0.0.0/8} or {@code [::1]}; a name that merely starts like one
     * ({@code 127.0.0.1.example.com}) is any other host.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || LOOPBACK_V4.matcher(h).matches() || h.equals("[::1]") || h.equals("::1");
    }

    /** A list page size: 1 to 100. */
    public static int pageSize(int value, String source) {
        if (value < 1 || value > 100) {
            throw new IllegalArgumentException(
                    "Invalid pageSize " + value + " from " + source
                                               + ": Zuora accepts 1 to 100 jobs per page");
        }
        return value;
    }

    /**
     * A job status to filter on: letters and underscores, as Zuora spells statuses ({@code in_progress}). Statuses this
     * version does not know pass, since Zuora may add some.
     */
    public static String status(String value, String source) {
        return matching(STATUS, value, "job status", source,
                "use one of accepted, pending, in_progress, completed, failed, cancelled");
    }

    /** {@code Idempotency-Key}: 1 to 254 printable US-ASCII characters, not starting or ending with a space. */
    public static String idempotencyKey(String value, String source) {
        return printableAscii(value, "Idempotency-Key", MAX_IDEMPOTENCY_KEY, source,
                (text, i) -> text.charAt(i) != ' ' || i > 0 && i < text.length() - 1,
                "use printable US-ASCII (spaces only inside)");
    }

    /** Which characters of a header value a header takes, beyond printable US-ASCII. */
    @FunctionalInterface
    private interface CharacterRule {
        boolean allows(String value, int index);
    }

    /** The value, which must fully match {@code pattern}; else what is wrong and what would be valid. */
    private static String matching(Pattern pattern, String value, String what, String source, String advice) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid " + what + " " + show(value) + " from " + source + ": " + advice);
        }
        return value;
    }

    /**
     * A header value of 1 to {@code maxLength} printable US-ASCII characters that the rule allows; {@code null} passes.
     */
    private static String printableAscii(
            String value, String header, int maxLength, String source, CharacterRule rule,
            String advice) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "Invalid " + header + " " + show(value) + " from " + source + ": it has "
                                               + value.length() + " characters, allowed are 1 to " + maxLength);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e || !rule.allows(value, i)) {
                throw new IllegalArgumentException(
                        "Invalid " + header + " " + show(value) + " from " + source
                                                   + ": character " + show(String.valueOf(c)) + " at position " + i
                                                   + " is not allowed; " + advice);
            }
        }
        return value;
    }

    /**
     * A submit request as Zuora validates it: {@code namespace} {@code default} or {@code com_zuora}; {@code object} an
     * API name; {@code operation} {@code create}, {@code update} or {@code delete}; a {@code filter} only on a delete
     * job, with 1 or 2 conditions, each with a field, an operator {@code EQ GT LT GE LE} and a value.
     */
    public static SubmitJobRequest submitJobRequest(SubmitJobRequest request, String source) {
        if (request == null) {
            throw new IllegalArgumentException("No job request from " + source);
        }
        if (request.getObject() == null || request.getObject().isBlank()) {
            throw new IllegalArgumentException(
                    "The job request from " + source + " has no object: name the custom"
                                               + " object's API name, e.g. passenger (option object)");
        }
        if (!OBJECT_NAME.matcher(request.getObject()).matches()) {
            throw new IllegalArgumentException(
                    "Invalid object " + show(request.getObject()) + " in the job request from "
                                               + source + ": use the custom object's API name (letters, digits and _,"
                                               + " starting with a letter), e.g. passenger");
        }
        // Set.of(...).contains(null) throws, so a missing value is tested first
        if (request.getNamespace() == null || !NAMESPACES.contains(request.getNamespace())) {
            throw new IllegalArgumentException(
                    "Invalid namespace " + show(request.getNamespace()) + " in the job request"
                                               + " from " + source + ": use default or com_zuora");
        }
        if (request.getOperation() == null || !JOB_OPERATIONS.contains(request.getOperation())) {
            throw new IllegalArgumentException(
                    "Invalid job operation " + show(request.getOperation())
                                               + " in the job request from " + source + ": use create, update or delete");
        }
        if (request.getFilter() != null) {
            if (!"delete".equals(request.getOperation())) {
                throw new IllegalArgumentException(
                        "The " + request.getOperation() + " job request from " + source
                                                   + " has a filter; only delete jobs take a filter");
            }
            filterConditions(request.getFilter().getConditions(), source);
        }
        return request;
    }

    private static void filterConditions(List<FilterCondition> conditions, String source) {
        if (conditions.isEmpty() || conditions.size() > 2) {
            throw new IllegalArgumentException(
                    "The delete filter from " + source + " has " + conditions.size()
                                               + " conditions; Zuora takes 1 or 2 (all must match)");
        }
        for (int i = 0; i < conditions.size(); i++) {
            FilterCondition condition = conditions.get(i);
            String which = "condition " + (i + 1) + " of the delete filter from " + source;
            if (condition == null || condition.getField() == null || condition.getField().isBlank()) {
                throw new IllegalArgumentException(
                        "The " + which + " has no field: name a field such as CreatedDate"
                                                   + " or age__c");
            }
            if (FilterOperator.of(condition.getOperator()) == null) {
                throw new IllegalArgumentException(
                        "Invalid operator " + show(condition.getOperator()) + " in " + which
                                                   + ": use one of " + FilterOperator.names());
            }
            if (condition.getValue() == null) {
                throw new IllegalArgumentException(
                        "The " + which + " has no value to compare " + condition.getField()
                                                   + " with");
            }
        }
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
