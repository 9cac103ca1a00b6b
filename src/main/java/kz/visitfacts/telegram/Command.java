package kz.visitfacts.telegram;

import java.util.Locale;
import java.util.Optional;

/** A command message: {@code /name@bot args}; {@code bot} is empty when the command names no bot. */
record Command(String name, Optional<String> bot, String args) {
    static Optional<Command> parse(String text) {
        if (text == null || !text.startsWith("/") || text.length() < 2) {
            return Optional.empty();
        }
        int space = indexOfWhitespace(text);
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String args = space < 0 ? "" : text.substring(space).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !name.matches("[a-z0-9_]{1,32}")) {
            return Optional.empty();
        }
        return Optional.of(new Command(name, at < 0 ? Optional.empty() : Optional.of(head.substring(at + 1)), args));
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
