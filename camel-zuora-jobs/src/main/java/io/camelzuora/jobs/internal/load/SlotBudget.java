package io.camelzuora.jobs.internal.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The open-job slots of one tenant, shared by every load of a component: a load may open a job only while fewer than
 * its {@code maxConcurrentJobs} jobs of all loads are open. A load that finds none free leaves a request and is called
 * back when a slot frees, in the order requests came, so no thread waits for a slot.
 */
public final class SlotBudget {

    /** A slot held by a load until its job ends; releasing it twice releases it once. */
    public final class Slot {

        private final AtomicBoolean released = new AtomicBoolean();

        /** Gives the slot back and hands it to the next waiting request that may take it. */
        public void release() {
            if (released.compareAndSet(false, true)) {
                grantWaiting(-1);
            }
        }
    }

    /** A request for a slot, granted later; cancelling it withdraws it. */
    public final class Request {

        private final int limit;
        private final Consumer<Slot> granted;

        private Request(int limit, Consumer<Slot> granted) {
            this.limit = limit;
            this.granted = granted;
        }

        /** Withdraws the request if it has not been granted yet. */
        public void cancel() {
            synchronized (SlotBudget.this) {
                waiting.remove(this);
            }
        }
    }

    private final Deque<Request> waiting = new ArrayDeque<>();
    private int open;

    /**
     * Asks for a slot: {@code granted} is called with it at once (on this thread) when fewer than {@code limit} slots
     * are open, else later on the thread that frees one.
     */
    public Request acquire(int limit, Consumer<Slot> granted) {
        Request request = new Request(limit, granted);
        synchronized (this) {
            waiting.addLast(request);
        }
        grantWaiting(0);
        return request;
    }

    /** The slots open now, over all loads of the component. */
    public synchronized int open() {
        return open;
    }

    private void grantWaiting(int change) {
        List<Request> grants = new ArrayList<>();
        synchronized (this) {
            open += change;
            for (Iterator<Request> it = waiting.iterator(); it.hasNext();) {
                Request request = it.next();
                if (open < request.limit) {
                    it.remove();
                    open++;
                    grants.add(request);
                }
            }
        }
        for (Request request : grants) {
            request.granted.accept(new Slot());
        }
    }
}
