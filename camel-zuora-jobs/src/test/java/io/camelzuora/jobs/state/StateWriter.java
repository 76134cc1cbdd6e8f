package io.camelzuora.jobs.state;

import java.io.File;

import org.apache.camel.support.service.ServiceHelper;

/**
 * A program that writes to an {@link AtomicFileStateRepository} as fast as it can until it is killed: counter {@code n}
 * goes to key {@code key-(n % keys)}, so every stored value says which key it belongs to. It goes on from the highest
 * counter stored, and prints each thousandth counter once its write has returned.
 * <p>
 * Arguments: the state file, the number of keys.
 */
public final class StateWriter {

    private StateWriter() {
    }

    public static void main(String[] args) {
        AtomicFileStateRepository repository = new AtomicFileStateRepository(new File(args[0]));
        int keys = Integer.parseInt(args[1]);
        ServiceHelper.startService(repository);
        long counter = 0;
        for (int key = 0; key < keys; key++) {
            String stored = repository.getState("key-" + key);
            counter = stored == null ? counter : Math.max(counter, Long.parseLong(stored));
        }
        while (true) {
            counter++;
            repository.setState("key-" + counter % keys, Long.toString(counter));
            if (counter % 1000 == 0) {
                System.out.println(counter);
                System.out.flush();
            }
        }
    }
}
