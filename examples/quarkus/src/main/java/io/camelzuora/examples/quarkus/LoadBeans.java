package io.camelzuora.examples.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.camelzuora.examples.support.LoadOutcome;
import io.camelzuora.examples.support.Passengers;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/** The beans the routes refer to. */
public class LoadBeans {

    /** The records the load loads. */
    @Produces
    @Singleton
    @Named("passengers")
    Passengers passengers() {
        return new Passengers();
    }

    /** The example watches the jobs its own load submits, so it needs no memory across restarts. */
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
