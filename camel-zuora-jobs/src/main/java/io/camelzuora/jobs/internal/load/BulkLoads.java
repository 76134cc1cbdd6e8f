package io.camelzuora.jobs.internal.load;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What the loads of one component share: the slot budget of the tenant, and the list of loads in flight that the dev
 * console and JMX show.
 */
@ManagedResource(description = "Zuora bulk loads (zuora-jobs:load) in flight and the open jobs they hold")
public final class BulkLoads extends ServiceSupport {

    private final SlotBudget budget = new SlotBudget();
    private final Set<BulkLoad> inFlight = ConcurrentHashMap.newKeySet();

    public SlotBudget budget() {
        return budget;
    }

    void started(BulkLoad load) {
        inFlight.add(load);
    }

    void ended(BulkLoad load) {
        inFlight.remove(load);
    }

    /** The loads in flight, oldest first. */
    public List<LoadProgress> loadsInFlight() {
        return inFlight.stream().map(BulkLoad::progress).sorted(Comparator.comparing(LoadProgress::started)).toList();
    }

    @ManagedAttribute(description = "Loads in flight")
    public int getLoadsInFlight() {
        return inFlight.size();
    }

    @ManagedAttribute(description = "Jobs of all loads open now (accepted, pending or in progress)")
    public int getOpenJobs() {
        return budget.open();
    }

    @ManagedOperation(description = "Each load in flight: id, object, records done of read, parts, running jobs")
    public String describeLoads() {
        return loadsInFlight().stream().map(LoadProgress::describe).collect(Collectors.joining("\n"));
    }
}
