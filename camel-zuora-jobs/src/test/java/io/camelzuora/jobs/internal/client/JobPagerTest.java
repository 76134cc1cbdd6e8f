package io.camelzuora.jobs.internal.client;

import java.util.ArrayList;
import java.util.List;

import io.camelzuora.jobs.exception.ZuoraApiException;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import io.camelzuora.jobs.model.JobPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pager's end and loop rules, with pages made up in memory (the simulator never repeats a cursor). */
class JobPagerTest {

    @Test
    void failsInsteadOfLoopingOnARepeatedCursor() {
        List<String> asked = new ArrayList<>();
        JobPager pager = new JobPager(cursor -> {
            asked.add(cursor);
            return page("c1", job("a"), job("b"));
        }, null);

        assertThat(pager.next().getId()).isEqualTo("a");
        assertThat(pager.next().getId()).isEqualTo("b");
        assertThatThrownBy(pager::hasNext).isInstanceOf(ZuoraApiException.class)
                .hasMessageContaining("returned the cursor c1 a second time");
        assertThat(asked).containsExactly(null, "c1");
    }

    @Test
    void endsAtAnEmptyPageEvenWithACursor() {
        JobPager pager = new JobPager(cursor -> cursor == null ? page("c1", job("a")) : page("c2"), null);

        assertThat(pager.next().getId()).isEqualTo("a");
        assertThat(pager.hasNext()).isFalse();
    }

    private static ZuoraResponse<JobPage> page(String cursor, CustomObjectBulkJob... jobs) {
        JobPage page = new JobPage();
        page.setCursor(cursor);
        page.setJobs(List.of(jobs));
        return new ZuoraResponse<>(page, 200, null, null, null);
    }

    private static CustomObjectBulkJob job(String id) {
        CustomObjectBulkJob job = new CustomObjectBulkJob();
        job.setId(id);
        return job;
    }
}
