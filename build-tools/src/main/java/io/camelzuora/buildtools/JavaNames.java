package io.camelzuora.buildtools;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names in generated Java source: identifiers from catalogue names, and Java types as source text. */
final class JavaNames {

    /** A qualified class name: lower-case package segments, then a class and any nested classes. */
    private static final Pattern QUALIFIED_CLASS
            = Pattern.compile("\\b(?:[a-z_][\\w]*\\.)+[A-Z][\\w]*(?:\\.[A-Z][\\w]*)*");

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double");

    private JavaNames() {
    }

    /** {@code zuora-jobs} to {@code zuoraJobs}, {@code CamelZuoraJobId} to {@code camelZuoraJobId}. */
    static String lowerCamelCase(String name) {
        StringBuilder result = new StringBuilder();
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upperNext = result.length() > 0;
            } else {
                result.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        if (result.length() > 0) {
            result.setCharAt(0, Character.toLowerCase(result.charAt(0)));
        }
        return result.toString();
    }

    /** {@code maxRetries} to {@code max-retries}, as Spring Boot names properties. */
    static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    /** A nested class in the catalogue's binary form ({@code a.B$C}) in source form ({@code a.B.C}). */
    static String sourceForm(String javaType) {
        return javaType.replace('$', '.');
    }

    /**
     * The type as source text, each class in it named as {@code naming} says (e.g. simple name once imported), with
     * {@code java.lang} classes by their simple names.
     */
    static String render(String javaType, Function<String, String> naming) {
        Matcher matcher = QUALIFIED_CLASS.matcher(sourceForm(javaType));
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String qualified = matcher.group();
            String name = isJavaLang(qualified) ? simpleName(qualified) : naming.apply(qualified);
            matcher.appendReplacement(result, Matcher.quoteReplacement(name));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The classes a type names (its own and its type arguments'), java.lang ones aside. */
    static Set<String> classesIn(String javaType) {
        Set<String> classes = new TreeSet<>();
        Matcher matcher = QUALIFIED_CLASS.matcher(sourceForm(javaType));
        while (matcher.find()) {
            if (!isJavaLang(matcher.group())) {
                classes.add(matcher.group());
            }
        }
        return classes;
    }

    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    static String packageOf(String qualified) {
        Matcher classStart = Pattern.compile("\\.[A-Z]").matcher(qualified);
        return classStart.find() ? qualified.substring(0, classStart.start()) : "";
    }

    static boolean isPrimitive(String javaType) {
        return PRIMITIVES.contains(javaType);
    }

    /** The wrapper of a primitive type, so that an unset value can be null; other types as they are. */
    static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "short" -> "java.lang.Short";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "float" -> "java.lang.Float";
            case "double" -> "java.lang.Double";
            default -> javaType;
        };
    }

    private static boolean isJavaLang(String qualified) {
        return packageOf(qualified).equals("java.lang");
    }
}
