package kz.visitfacts.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Questions read one a line, each cut to the 4,096 characters Telegram allows a message (a 10 MB line ran the
 * JVM out of memory): what is past the limit is read and thrown away, never held, and a line says so on the
 * error stream.
 */
final class QuestionLines {
    static final int MAX = 4096;

    private final BufferedReader in;
    private final PrintStream err;
    private final String command;
    private int number;

    QuestionLines(BufferedReader in, PrintStream err, String command) {
        this.in = in;
        this.err = err;
        this.command = command;
    }

    /** The next line without its line break, at most {@link #MAX} characters; empty at the end of input. */
    Optional<String> next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (length++ < MAX) {
                line.append((char) c);
            }
        }
        if (c == -1 && length == 0) {
            return Optional.empty();
        }
        number++;
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (length > MAX) {
            if (Character.isHighSurrogate(line.charAt(line.length() - 1))) {
                line.setLength(line.length() - 1);
            }
            err.println(command + ": line " + number + " has " + length + " characters; only the first " + MAX
                    + " are asked (Telegram's limit for a message)");
        }
        return Optional.of(line.toString());
    }
}
