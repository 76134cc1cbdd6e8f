package io.camelzuora.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Custom Object Jobs endpoints under {@code /objects/jobs}: maps HTTP to the {@link JobEngine}. */
final class JobsApi {

    static final String PREFIX = "/objects/jobs";
    private static final Pattern JOB_PATH = Pattern.compile("/objects/jobs/([^/]+)(?:/(cancel|errors|files))?/?");
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final int MAX_PAGE_SIZE = 100;

    private final JobEngine engine;

    JobsApi(JobEngine engine) {
        this.engine = engine;
    }

    static boolean serves(String path) {
        return path.equals(PREFIX) || path.equals(PREFIX + "/") || path.startsWith(PREFIX + "/");
    }

    /**
     * Serves one request.
     *
     * @throws ApiError when the request is refused
     */
    ApiResponse handle(ApiRequest request) {
        String path = request.path();
        String method = request.method();
        if (path.equals(PREFIX) || path.equals(PREFIX + "/")) {
            return switch (method) {
                case "GET" -> list(request);
                case "POST" -> ApiResponse.json(200, engine.submit(SubmitRequest.parse(Json.parseOrNull(request.body()),
                        engine::schema)).toNode());
                default -> methodNotAllowed("GET, POST");
            };
        }
        Matcher matcher = JOB_PATH.matcher(path);
        if (!matcher.matches()) {
            return ErrorBodies.noSuchResource(method, path);
        }
        String action = matcher.group(2) == null ? "" : matcher.group(2);
        String expected = switch (action) {
            case "cancel" -> "PATCH";
            case "files" -> "POST";
            default -> "GET";
        };
        if (!expected.equals(method)) {
            return methodNotAllowed(expected);
        }
        String id = matcher.group(1);
        if (!Ids.isUuid(id)) {
            throw ApiError.badRequest(ErrorCodes.JOB_ID_INVALID, "Invalid job id '" + id + "': a job id is a UUID.");
        }
        return switch (action) {
            case "cancel" -> ApiResponse.json(200, engine.cancel(id).toNode());
            case "errors" -> errors(id);
            case "files" -> upload(request, id);
            default -> retrieve(id);
        };
    }

    private ApiResponse retrieve(String id) {
        SimJob job = engine.get(id);
        if (job == null) {
            throw new ApiError(404, ErrorCodes.JOB_NOT_FOUND, "Bulk job not found");
        }
        return ApiResponse.json(200, job.toNode());
    }

    private ApiResponse errors(String id) {
        ObjectNode body = Json.object();
        body.set("errors", engine.errors(id));
        return ApiResponse.json(200, body);
    }

    private ApiResponse upload(ApiRequest request, String id) {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("text/csv")) {
            throw ApiError.badRequest(ErrorCodes.FILE_INVALID,
                    "The file must be sent as the raw body with Content-Type: text/csv, got " + contentType + ".");
        }
        return ApiResponse.json(200, engine.upload(id, request.body()).toNode());
    }

    private ApiResponse list(ApiRequest request) {
        int pageSize = pageSize(request.query().get("pageSize"));
        String status = request.query().get("status");
        JobEngine.Listing listing = engine.list(status == null || status.isBlank() ? null : status,
                blankToNull(request.query().get("cursor")), pageSize);
        ObjectNode body = Json.object();
        body.put("count", listing.jobs().size());
        if (listing.nextCursor() != null) {
            body.put("cursor", listing.nextCursor());
        }
        ArrayNode jobs = body.putArray("jobs");
        listing.jobs().forEach(job -> jobs.add(job.toNode()));
        return ApiResponse.json(200, body);
    }

    private static int pageSize(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range size
        }
        throw ApiError.badRequest(ErrorCodes.JOB_INVALID, "pageSize must be a number from 1 to 100, got '" + text + "'.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ApiResponse methodNotAllowed(String allowed) {
        ObjectNode body = Json.object();
        body.put("message", "Method not allowed; use " + allowed + ".");
        return ApiResponse.json(405, body).withHeader("Allow", allowed);
    }
}
