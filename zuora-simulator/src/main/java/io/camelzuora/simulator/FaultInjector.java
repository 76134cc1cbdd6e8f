package io.camelzuora.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides which requests get an injected {@link Fault}: first the rules set with {@link #on}, in the order they were
 * added, then the seeded random mix.
 */
public final class FaultInjector {

    private final List<FaultRule> rules = new ArrayList<>();
    private final AtomicInteger injected = new AtomicInteger();
    private Random random;
    private double probability;
    private List<Fault> mix = List.of();

    FaultInjector() {
    }

    /**
     * Starts a rule for requests with this method and a path matching the whole of {@code pathRegex}.
     *
     * @param  method    the HTTP method, or {@code null} for any
     * @param  pathRegex a regular expression for the path, e.g. {@code /objects/jobs/.*}
     * @return           the rule; call {@link FaultRule#respond(Fault)} to activate it
     */
    public FaultRule on(String method, String pathRegex) {
        return new FaultRule(this, method, pathRegex);
    }

    /**
     * Gives every request (API and token calls alike) one of {@code kinds} with {@code probability}, drawn from a
     * generator seeded with {@code seed} so a run can be repeated.
     *
     * @param seed        the random seed
     * @param probability between 0 and 1
     * @param kinds       the faults to pick from, uniformly
     */
    public synchronized void randomMix(long seed, double probability, Fault... kinds) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
        if (kinds.length == 0 && probability > 0) {
            throw new IllegalArgumentException("randomMix needs at least one fault kind");
        }
        this.random = new Random(seed);
        this.probability = probability;
        this.mix = List.of(kinds);
    }

    /** Removes every rule and the random mix. The count of injected faults stays. */
    public synchronized void clear() {
        rules.clear();
        random = null;
        mix = List.of();
    }

    /** @return how many faults have been injected so far */
    public int injectedCount() {
        return injected.get();
    }

    synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    /** The fault for this request, or {@code null}; a matching rule is used up by the call. */
    synchronized Fault next(String method, String path) {
        for (FaultRule rule : rules) {
            if (rule.matches(method, path)) {
                Fault fault = rule.consume();
                if (rule.exhausted()) {
                    rules.remove(rule);
                }
                return fault;
            }
        }
        if (random != null && random.nextDouble() < probability) {
            return mix.get(random.nextInt(mix.size()));
        }
        return null;
    }

    /** Counts a fault when it is actually applied (a delay only once its request holds its idempotency key). */
    void countInjected() {
        injected.incrementAndGet();
    }
}
