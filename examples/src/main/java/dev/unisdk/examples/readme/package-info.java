/**
 * The Java snippets of the root README.md, kept here so they compile; {@code ReadmeSnippetsTest}
 * fails the build when a README snippet no longer appears in these sources, and
 * {@code ReadmeSnippetsRunTest} runs the ones that can run against the embedded fake server.
 */
package dev.unisdk.examples.readme;
