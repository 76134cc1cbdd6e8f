package io.camelzuora.benchmarks;

import java.util.List;

import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobPage;

/** The paging state of a hand-written discovery route: the cursor of the next page of {@code GET /objects/jobs}. */
public final class JobListPager {

    private final int pageSize;
    private volatile String cursor;
    private volatile boolean more;

    public JobListPager(int pageSize) {
        this.pageSize = pageSize;
    }

    public void firstPage() {
        cursor = null;
        more = true;
    }

    public boolean hasMore() {
        return more;
    }

    public String query() {
        return "pageSize=" + pageSize + (cursor == null ? "" : "&cursor=" + cursor);
    }

    /** The page's jobs; remembers where the next page starts. */
    public List<CustomObjectBulkJob> jobsOf(JobPage page) {
        cursor = page.getCursor();
        more = cursor != null && !page.getJobs().isEmpty();
        return page.getJobs();
    }
}
