package dev.unisdk.codegen;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Generates a spec into a directory, compiles it in-process (Java 11, doclint, warnings as errors) and loads it. */
final class GeneratedCode {
  final Map<String, String> files;
  final ClassLoader loader;
  private final String pkg;

  private GeneratedCode(Map<String, String> files, ClassLoader loader, String pkg) {
    this.files = files;
    this.loader = loader;
    this.pkg = pkg;
  }

  /** Strict: also {@code -Xlint:all -Werror} and doclint (the SDK modules check their own sources again). */
  static GeneratedCode compile(Path spec, String pkg, Path dir) throws IOException {
    return compile(spec, pkg, dir, true);
  }

  static GeneratedCode compile(Path spec, String pkg, Path dir, boolean strict) throws IOException {
    Map<String, String> files = Generator.generate(spec, pkg);
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    Generator.write(src, files);
    List<Path> sources;
    try (Stream<Path> s = Files.walk(src)) {
      // the models only: list parameters and request checks build on provider modules and are compiled
      // (and tested) by the module that owns them
      Path models = src.resolve(pkg.replace('.', '/'));
      sources = s.filter(p -> p.toString().endsWith(".java") && p.getParent().equals(models))
          .collect(Collectors.toList());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = new ArrayList<>(Arrays.asList(
          "--release", "11", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
      if (strict) {
        options.addAll(Arrays.asList("-Xlint:all,-serial,-processing", "-Werror", "-Xdoclint:all,-missing/protected"));
      }
      boolean ok = javac.getTask(out, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(sources)).call();
      if (!ok) {
        throw new AssertionError("generated code does not compile:\n" + out + diagnostics.getDiagnostics());
      }
    }
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader());
    return new GeneratedCode(files, loader, pkg);
  }

  Class<?> type(String simpleName) {
    try {
      return Class.forName(pkg + "." + simpleName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code Simple.builder()} */
  Object builder(String simpleName) {
    return invokeStatic(type(simpleName), "builder");
  }

  /** Calls a one-argument setter (or any method with that name and arity) and returns its result. */
  static Object call(Object target, String method, Object... args) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(target, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + method + "/" + args.length + " on " + target.getClass());
  }

  static Object invokeStatic(Class<?> type, String method, Object... args) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(null, args);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no static method " + method + " on " + type);
  }

  static Object constant(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
