package dev.unisdk.it.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger enabled at every level (TRACE unless {@link CapturedLogs#withoutTrace}) that records each event, arguments formatted, in {@link CapturedLogs}. */
final class CapturingLogger extends AbstractLogger {
  private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
    if (level == Level.TRACE && !CapturedLogs.traceEnabled()) {
      return;
    }
    String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
    String thrown = null;
    if (throwable != null) {
      StringWriter w = new StringWriter();
      throwable.printStackTrace(new PrintWriter(w));
      thrown = w.toString();
    }
    CapturedLogs.add(new CapturedLogs.Event(level, name, message, thrown));
  }

  @Override
  public boolean isTraceEnabled() {
    return CapturedLogs.traceEnabled();
  }

  @Override
  public boolean isTraceEnabled(Marker marker) {
    return CapturedLogs.traceEnabled();
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled(Marker marker) {
    return true;
  }
}
