package io.camelzuora.simulator;

import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Random identifiers in the formats Zuora uses. */
final class Ids {

    private Ids() {
    }

    static String uuid() {
        return uuid(ThreadLocalRandom.current());
    }

    /** A version-4 UUID drawn from {@code random}, so seeded data is reproducible. */
    static String uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** A 32-hex-digit id like Zuora's user and token ids. */
    static String hex32() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isUuid(String text) {
        return text.length() == 36
                && text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    }
}
