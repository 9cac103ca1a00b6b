package kz.visitfacts.telegram;

import java.util.Locale;
import java.util.Objects;

/** Who the bot is, as getMe says: its user id (to see replies to it) and its username (to see mentions). */
record BotIdentity(long id, String username) {
    BotIdentity {
        Objects.requireNonNull(username, "username");
    }

    boolean isNamed(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
    }
}
