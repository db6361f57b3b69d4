package dev.unisdk.opentelemetry;

import dev.unisdk.core.telemetry.AttemptStart;
import java.util.LinkedHashMap;
import java.util.Map;

/** An attempt that keeps the headers the listener adds. */
final class RecordingAttempt implements AttemptStart {
  final int number;
  final Map<String, String> headers = new LinkedHashMap<>();

  RecordingAttempt(int number) {
    this.number = number;
  }

  @Override
  public int attemptNumber() {
    return number;
  }

  @Override
  public void header(String name, String value) {
    headers.put(name, value);
  }
}
