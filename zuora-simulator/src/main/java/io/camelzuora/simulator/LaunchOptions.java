package io.camelzuora.simulator;

/**
 * The command line of {@link ZuoraSimulator#main(String[])}.
 *
 * @param seedHistory      how many historical jobs to seed, 0 for none
 * @param recordsPerSecond the rows per second a job processes, 0 for the fixed processing time
 * @param discardRecords   whether create jobs count their records instead of storing them
 */
record LaunchOptions(int port, String clientId, String clientSecret, double speed, int seedHistory, boolean seedExample,
        double recordsPerSecond, boolean discardRecords) {

    static final String USAGE = "usage: java -jar zuora-simulator.jar [--port N (default 8080, 0 = any free port)]"
                                + " [--client-id ID] [--client-secret SECRET] [--speed F (clock speed, default 1)]"
                                + " [--seed-history N] [--seed-example] [--records-per-second R (rows a job processes per second,"
                                + " default 0: a fixed 5 s)] [--discard-records (count created records, keep none)]";

    /** @throws IllegalArgumentException with the usage when the arguments are wrong */
    static LaunchOptions parse(String[] args) {
        int port = 8080;
        String clientId = ZuoraSimulator.DEFAULT_CLIENT_ID;
        String clientSecret = ZuoraSimulator.DEFAULT_CLIENT_SECRET;
        double speed = 1;
        int seedHistory = 0;
        boolean seedExample = false;
        double recordsPerSecond = 0;
        boolean discardRecords = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--seed-example")) {
                seedExample = true;
                continue;
            }
            if (option.equals("--discard-records")) {
                discardRecords = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--client-id" -> clientId = value;
                    case "--client-secret" -> clientSecret = value;
                    case "--speed" -> speed = Double.parseDouble(value);
                    case "--seed-history" -> seedHistory = Integer.parseInt(value);
                    case "--records-per-second" -> recordsPerSecond = Double.parseDouble(value);
                    default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, got '" + value + "'\n" + USAGE, e);
            }
        }
        if (port < 0 || port > 65535 || !(speed > 0) || seedHistory < 0 || !(recordsPerSecond >= 0)
                || Double.isInfinite(recordsPerSecond)) {
            throw new IllegalArgumentException(
                    "port must be 0-65535, speed positive, seed-history and"
                                               + " records-per-second not negative\n" + USAGE);
        }
        return new LaunchOptions(
                port, clientId, clientSecret, speed, seedHistory, seedExample, recordsPerSecond,
                discardRecords);
    }
}
