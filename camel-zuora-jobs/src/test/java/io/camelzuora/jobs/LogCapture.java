package io.camelzuora.jobs;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Captures everything logged at DEBUG and above while open, so tests can search the log for secrets. Apache
 * HttpClient's own wire and header loggers stay at INFO: at DEBUG they print raw traffic, Authorization included, which
 * is why the docs warn against enabling them in production.
 */
public final class LogCapture implements AutoCloseable {

    private static final String HTTP_CLIENT = "org.apache.hc";

    private final StringWriter output = new StringWriter();
    private final WriterAppender appender;
    private final Level previousLevel;

    public LogCapture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("capture-" + System.nanoTime()).setTarget(output)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        LoggerConfig root = configuration.getRootLogger();
        previousLevel = root.getLevel();
        root.addAppender(appender, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        configuration.addLogger(HTTP_CLIENT, LoggerConfig.newBuilder().withLoggerName(HTTP_CLIENT)
                .withLevel(Level.INFO).withAdditivity(true).withConfig(configuration).build());
        context.updateLoggers();
    }

    /** Everything captured so far. */
    public String text() {
        return output.toString();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        context.getConfiguration().removeLogger(HTTP_CLIENT);
        root.setLevel(previousLevel);
        context.updateLoggers();
        appender.stop();
    }
}
