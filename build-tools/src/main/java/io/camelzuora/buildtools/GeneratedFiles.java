package io.camelzuora.buildtools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing generated files the way the build wants them: untouched when unchanged, so no rebuild and no diff. */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    static void writeIfChanged(Path file, String content) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        System.out.println("Generated " + file);
    }

    /** The source file of a class in a source root. */
    static Path sourceFile(Path sourceRoot, String packageName, String className) {
        return sourceRoot.resolve(packageName.replace('.', '/')).resolve(className + ".java");
    }
}
