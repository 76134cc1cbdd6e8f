package io.camelzuora.jobs.internal.client;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobPage;

/**
 * Walks the job list page by page, fetching the next page only when the current one is used up, so it holds one page at
 * a time. It stops at an empty page or a page without a cursor, and fails rather than loop when Zuora hands back a
 * cursor it already gave.
 */
final class JobPager implements Iterator<CustomObjectBulkJob> {

    /** Fetches the page after a cursor ({@code null} for the first page). */
    @FunctionalInterface
    interface PageSource {
        ZuoraResponse<JobPage> page(String cursor);
    }

    private final PageSource source;
    private final Set<String> seenCursors = new HashSet<>();
    private Iterator<CustomObjectBulkJob> current;
    private String nextCursor;
    private boolean lastPage;

    JobPager(PageSource source, String startCursor) {
        this.source = source;
        this.nextCursor = startCursor;
    }

    @Override
    public boolean hasNext() {
        while (current == null || !current.hasNext()) {
            if (lastPage) {
                return false;
            }
            fetch();
        }
        return true;
    }

    @Override
    public CustomObjectBulkJob next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more jobs");
        }
        return current.next();
    }

    private void fetch() {
        ZuoraResponse<JobPage> response = source.page(nextCursor);
        JobPage page = response.body();
        current = page.getJobs().iterator();
        String cursor = page.getCursor();
        if (page.getJobs().isEmpty() || cursor == null || cursor.isBlank()) {
            lastPage = true;
            return;
        }
        if (!seenCursors.add(cursor)) {
            throw new ZuoraApiException(
                    "GET /objects/jobs returned the cursor " + cursor + " a second time; stopped"
                                        + " listing instead of looping over the same pages"
                                        + (response.requestId() != null
                                                ? " [Zuora-Request-Id: " + response.requestId() + "]" : ""),
                    response.status(), null, null, response.requestId(), response.trackId(), null);
        }
        nextCursor = cursor;
    }
}
