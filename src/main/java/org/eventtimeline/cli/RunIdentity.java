package org.eventtimeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.eventtimeline.read.InputFile;

/**
 * Reads the input files' names, sizes and modification times and produces the run's identity: a fingerprint of the
 * input and a short key for its staging rows. The same input and date give the same key on every run.
 */
public record RunIdentity(String fingerprint, String runKey) {

    public static RunIdentity of(String input, LocalDate referenceDate, List<InputFile> files) {
        StringBuilder fingerprint = new StringBuilder();
        try {
            for (InputFile file : files) {
                fingerprint.append(file.name()).append(':').append(Files.size(file.path())).append(':')
                        .append(Files.getLastModifiedTime(file.path()).toMillis()).append(';');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String print = sha256(fingerprint.toString());
        return new RunIdentity(print, sha256(input + '|' + referenceDate + '|' + print).substring(0, 16));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
