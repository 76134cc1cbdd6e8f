package io.camelzuora.simulator;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/** Builds the answers of the faults that replace a response. */
final class FaultResponses {

    /** The sample job of Zuora's documentation, the base of the truncated body. */
    private static final String SAMPLE_JOB = "{\"CreatedById\":\"7b39d73f-22e6-404a-b8e7-894f7620e91c\","
                                             + "\"CreatedDate\":\"2021-03-15T06:47:18Z\",\"Id\":\"ed4b9701-bafb-4976-8019-b08269430153\","
                                             + "\"namespace\":\"default\",\"object\":\"passenger\",\"operation\":\"delete\",\"status\":\"failed\"}";

    private final ErrorBodies errors;

    FaultResponses(ErrorBodies errors) {
        this.errors = errors;
    }

    ApiResponse render(Fault fault, String requestId) {
        return switch (fault.kind()) {
            case STATUS -> status(fault, requestId);
            case MALFORMED_JSON -> ApiResponse.text(200, ApiResponse.JSON, "{\"Id\": \"ed4b9701\", \"status\": completed,}");
            case TRUNCATED_JSON -> ApiResponse.text(200, ApiResponse.JSON, SAMPLE_JOB.substring(0, SAMPLE_JOB.length() / 2));
            case HTML_PAGE -> ApiResponse.text(fault.number(), "text/html; charset=utf-8", "<html><head><title>"
                                                                                           + fault.number() + " "
                                                                                           + reason(fault.number())
                                                                                           + "</title></head><body><center><h1>"
                                                                                           + fault.number() + " "
                                                                                           + reason(fault.number())
                                                                                           + "</h1></center><hr><center>nginx</center></body></html>\n");
            case CORRUPT_GZIP -> corruptGzip();
            case EMPTY_BODY -> ApiResponse.raw(fault.number(), ApiResponse.JSON, new byte[0]);
            case HUGE_BODY -> ApiResponse.text(200, ApiResponse.JSON, hugeObject(fault.number()));
            case DEEPLY_NESTED -> ApiResponse.text(200, ApiResponse.JSON,
                    "{\"a\":".repeat(fault.number()) + "null" + "}".repeat(fault.number()));
            case WRONG_TYPE -> ApiResponse.text(200, ApiResponse.JSON, "[" + SAMPLE_JOB + "]");
            case ANSWER -> withHeaders(ApiResponse.text(fault.number(), ApiResponse.JSON, fault.body()), fault);
            default -> throw new IllegalArgumentException(fault + " does not replace a response");
        };
    }

    private ApiResponse status(Fault fault, String requestId) {
        int status = fault.number();
        int code = status == 500 ? ErrorCodes.INTERNAL : status >= 500 || status == 429 ? ErrorCodes.RETRYABLE
                : ErrorCodes.JOB_INVALID;
        ApiResponse response = errors.render(status, code, reason(status), requestId);
        if (fault.duration() == null) {
            return response;
        }
        String retryAfter = fault.httpDate()
                ? DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plus(fault.duration()))
                : Long.toString((fault.duration().toMillis() + 999) / 1000);
        return response.withHeader("Retry-After", retryAfter);
    }

    /** The response with the fault's headers added, replacing any of the same name. */
    static ApiResponse withHeaders(ApiResponse response, Fault fault) {
        ApiResponse result = response;
        for (var header : fault.headers().entrySet()) {
            result = result.withHeader(header.getKey(), header.getValue());
        }
        return result;
    }

    /** Gzip's magic number and method, then bytes no inflater accepts. */
    private static ApiResponse corruptGzip() {
        byte[] body = {
                0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, 0x13,
                0x37 };
        return ApiResponse.raw(200, ApiResponse.JSON, body).withHeader("Content-Encoding", "gzip");
    }

    private static String hugeObject(int bytes) {
        String prefix = "{\"padding\":\"";
        String suffix = "\"}";
        char[] padding = new char[bytes - prefix.length() - suffix.length()];
        Arrays.fill(padding, 'x');
        return prefix + new String(padding) + suffix;
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
