package io.camelzuora.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelzuora.jobs.model.CustomObjectBulkJob;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraalVM native-image configuration shipped in the jar keeps up with the code: Jackson reads and writes every
 * model class by reflection, Camel instantiates every class its service files name, and the catalogue JSON and the
 * service files must be in the image as resources.
 */
class NativeImageConfigTest {

    private static final String CONFIG = "META-INF/native-image/io.camelzuora/camel-zuora-jobs/";
    private static final String SERVICES = "META-INF/services/org/apache/camel/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyModelClassIsOpenToJacksonReflection() throws IOException {
        Map<String, JsonNode> reflection = reflectionEntries();
        Set<String> modelClasses = entriesOfOwnJar().stream()
                .filter(e -> e.startsWith("io/camelzuora/jobs/model/") && e.endsWith(".class"))
                .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(modelClasses).isNotEmpty();
        for (String modelClass : modelClasses) {
            JsonNode entry = reflection.get(modelClass);
            assertThat(entry).as("reflect-config entry of %s", modelClass).isNotNull();
            for (String access : new String[] { "allDeclaredConstructors", "allDeclaredMethods", "allDeclaredFields" }) {
                assertThat(entry.path(access).asBoolean()).as("%s of %s", access, modelClass).isTrue();
            }
        }
    }

    @Test
    void everyClassCamelLooksUpByServiceFileCanBeConstructed() throws IOException {
        Map<String, JsonNode> reflection = reflectionEntries();
        Set<String> serviceFiles = serviceFiles();
        assertThat(serviceFiles).isNotEmpty();
        for (String serviceFile : serviceFiles) {
            if (serviceFile.endsWith(".properties")) {
                continue; // a list of names for tooling, not a class lookup
            }
            Properties service = new Properties();
            try (InputStream in = resource(serviceFile)) {
                service.load(in);
            }
            String className = service.getProperty("class");
            if (className == null) {
                // TypeConverterLoader lists the loader class by itself, one per line
                className = new String(resource(serviceFile).readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
            }
            assertThat(reflection).as("reflect-config entry of %s (from %s)", className, serviceFile)
                    .containsKey(className.trim());
        }
    }

    @Test
    void theCatalogueAndTheServiceFilesAreImageResources() throws IOException {
        Set<Pattern> includes = new HashSet<>();
        try (InputStream in = resource(CONFIG + "resource-config.json")) {
            JSON.readTree(in).get("resources").get("includes")
                    .forEach(i -> includes.add(Pattern.compile(i.get("pattern").asText())));
        }
        Set<String> needed = new TreeSet<>(serviceFiles());
        needed.add("META-INF/io/camelzuora/jobs/zuora-jobs.json");
        for (String resource : needed) {
            assertThat(includes.stream().anyMatch(p -> p.matcher(resource).matches()))
                    .as("resource-config includes %s", resource).isTrue();
        }
    }

    private static Map<String, JsonNode> reflectionEntries() throws IOException {
        try (InputStream in = resource(CONFIG + "reflect-config.json")) {
            JsonNode entries = JSON.readTree(in);
            return Stream.iterate(0, i -> i < entries.size(), i -> i + 1).map(entries::get)
                    .collect(Collectors.toMap(e -> e.get("name").asText(), e -> e));
        }
    }

    private static Set<String> serviceFiles() throws IOException {
        return entriesOfOwnJar().stream()
                .filter(e -> e.startsWith(SERVICES) && !e.endsWith("/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The entries of the component's jar, or of its classes folder when the tests run in the component's build. */
    private static Set<String> entriesOfOwnJar() throws IOException {
        URL location = CustomObjectBulkJob.class.getProtectionDomain().getCodeSource().getLocation();
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile)
                        .map(f -> path.relativize(f).toString().replace('\\', '/'))
                        .collect(Collectors.toSet());
            }
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().map(e -> e.getName()).collect(Collectors.toSet());
        }
    }

    private static InputStream resource(String path) {
        InputStream in = NativeImageConfigTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }
}
