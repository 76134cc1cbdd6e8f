package io.camelzuora.jobs.state;

/**
 * A {@link JdbcStateRepository} refused a write because a node that started after this one has claimed the state: this
 * node is no longer the one that may write it (a deposed leader, e.g. one paused by a long garbage collection while
 * another took over). Every later write of the repository is refused too, until it is restarted.
 */
public class FencedWriteException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final long generation;
    private final long newerGeneration;

    public FencedWriteException(String table, String key, long generation, long newerGeneration) {
        super("Refused to write state key '" + key + "' to table " + table + ": a node that started later claimed it"
              + " (its generation " + newerGeneration + ", this node's " + generation + "). This node is no longer"
              + " the one that writes this state; its writes are refused until it is restarted.");
        this.key = key;
        this.generation = generation;
        this.newerGeneration = newerGeneration;
    }

    /** The key whose write was refused first. */
    public String getKey() {
        return key;
    }

    /** The generation this node took when its repository started. */
    public long getGeneration() {
        return generation;
    }

    /** The generation of the node that claimed the state since, or -1 when the row was gone by the time it was read. */
    public long getNewerGeneration() {
        return newerGeneration;
    }
}
