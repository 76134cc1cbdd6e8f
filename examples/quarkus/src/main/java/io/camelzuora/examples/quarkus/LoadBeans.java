package io.camelzuora.examples.quarkus;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camelzuora.examples.support.LoadOutcome;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/** The beans the routes refer to. */
public class LoadBeans {

    /** The jobs the load submitted; the watch reads them on every poll. */
    @Produces
    @Singleton
    @Named("submittedJobs")
    Set<String> submittedJobs() {
        return ConcurrentHashMap.newKeySet();
    }

    /** The example watches only the job it submitted itself, so it needs no memory across restarts. */
    @Produces
    @Singleton
    @Named("watchState")
    StateRepository<String, String> watchState() {
        return new MemoryStateRepository();
    }

    @Produces
    @Singleton
    LoadOutcome loadOutcome() {
        return new LoadOutcome();
    }
}
