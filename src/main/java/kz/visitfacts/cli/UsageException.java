package kz.visitfacts.cli;

/** A mistake in the command line: reported as one line with a hint, exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
