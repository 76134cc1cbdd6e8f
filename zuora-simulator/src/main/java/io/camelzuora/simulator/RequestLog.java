package io.camelzuora.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every request served, in the order their responses were decided. */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized long count(String method, String pathRegex) {
        Pattern path = Pattern.compile(pathRegex);
        return requests.stream()
                .filter(r -> method == null || r.method().equalsIgnoreCase(method))
                .filter(r -> path.matcher(r.path()).matches())
                .count();
    }

    synchronized void clear() {
        requests.clear();
    }
}
