package dev.unisdk.fakeserver;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link FakeServer} per test class (shared with {@code @Nested} classes),
 * {@link FakeServer#reset() reset} before each test, closed after the class. The server is injected
 * into test-method, lifecycle-method and constructor parameters of type {@link FakeServer}, and into
 * non-final fields of that type (static fields before all tests, instance fields before each test).
 *
 * <pre>{@code
 * @ExtendWith(FakeServerExtension.class)
 * class ContactsIT {
 *   @Test void createsOne(FakeServer server) { ... }
 * }
 *
 * class Configured {
 *   @RegisterExtension
 *   static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(7).recordsPerResource(10));
 *   FakeServer server;   // injected
 * }
 * }</pre>
 *
 * The JUnit Jupiter API is an optional dependency of the fake server: it must be on the test classpath.
 */
public final class FakeServerExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeServerExtension.class);
  private static final String KEY = "server";

  private final Consumer<FakeServer.Builder> configuration;

  /** An extension whose servers use the defaults. */
  public FakeServerExtension() {
    this(b -> { });
  }

  /** An extension whose servers are configured by {@code configuration} (the port should stay 0). */
  public FakeServerExtension(Consumer<FakeServer.Builder> configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    FakeServer server = server(context);
    inject(context.getRequiredTestClass(), null, server, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    FakeServer server = server(context);
    server.reset();
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      inject(instance.getClass(), instance, server, false);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakeServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return server(extensionContext);
  }

  /** The server of the class (or enclosing class) of this context, started on first use. */
  private FakeServer server(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    ServerResource resource = classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, k -> new ServerResource(start()), ServerResource.class);
    return resource.server;
  }

  private FakeServer start() {
    FakeServer.Builder builder = FakeServer.builder();
    configuration.accept(builder);
    return builder.start();
  }

  private static void inject(Class<?> type, Object instance, FakeServer server, boolean statics)
      throws IllegalAccessException {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (field.getType() != FakeServer.class || isStatic != statics) {
          continue;
        }
        if (Modifier.isFinal(field.getModifiers())) {
          throw new ExtensionConfigurationException(
              "FakeServer field " + c.getSimpleName() + "." + field.getName() + " must not be final");
        }
        field.setAccessible(true);
        field.set(instance, server);
      }
    }
  }

  /** Closes the server when JUnit closes the class's store. */
  private static final class ServerResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final FakeServer server;

    ServerResource(FakeServer server) {
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
