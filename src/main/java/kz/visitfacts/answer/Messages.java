package kz.visitfacts.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import kz.visitfacts.facts.Language;

/**
 * The bot's own words in every language it speaks, from messages.json; traditional Chinese is converted, and Kazakh in
 * Latin letters transliterated.
 */
public final class Messages {
    private static final Map<String, Map<String, String>> TEXTS = load();

    private Messages() {
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = Messages.class.getResourceAsStream("messages.json")) {
            if (in == null) {
                throw new IllegalStateException("messages.json is missing from the class path");
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code key} in a language, falling back as {@link Language#fallbacks()} says. */
    /** The label of a source paragraph, naming the source's own language (zh, en, ru, kk; zh-Hant is Chinese). */
    public static String sourceParagraph(String sourceLanguage, Language reader) {
        String code = sourceLanguage.toLowerCase(java.util.Locale.ROOT).startsWith("zh") ? "zh" : sourceLanguage.toLowerCase(java.util.Locale.ROOT);
        String name = TEXTS.containsKey("language_" + code) ? get("language_" + code, reader) : sourceLanguage;
        return get("source_paragraph", reader).replace("{language}", name);
    }

    /** The line that names a fact's source: its title in the reader's language, its date, section and compiler. */
    public static String sourceLine(kz.visitfacts.facts.Fact fact, Language reader) {
        kz.visitfacts.facts.Source src = fact.source();
        String title = titleOf(src, reader);
        return get("source", reader) + ": " + title + " · " + src.date() + " · " + fact.section().heading() + " · "
                + get("compiled_by", reader) + " " + src.compiler();
    }

    /** A source's title in the reader's language, or in English when it has none in that language. */
    private static String titleOf(kz.visitfacts.facts.Source src, Language reader) {
        boolean has = src.title().has(reader) || reader == Language.KK_LATN && src.title().has(Language.KK);
        return has ? AnswerEngine.title(src, reader) : src.title().in(Language.EN);
    }

    /**
     * The line naming the fact a question was read as following up: "about: Trade in 2024", "接上文：2024年双边贸易额".
     */
    public static String followedUp(kz.visitfacts.facts.Fact topic, Language reader) {
        String lead = get("followed_up", reader);
        // A full-width colon carries its own space.
        return lead + (lead.endsWith("：") ? "" : " ") + AnswerEngine.label(topic, reader);
    }

    /** "Also reported by": the other sources giving the same figure, each by its title and date. */
    public static String alsoReportedBy(java.util.List<kz.visitfacts.facts.Fact> others, Language reader) {
        StringBuilder sb = new StringBuilder(get("also_reported_by", reader)).append(": ");
        for (int i = 0; i < others.size(); i++) {
            kz.visitfacts.facts.Source src = others.get(i).source();
            sb.append(i == 0 ? "" : "; ").append(titleOf(src, reader))
                    .append(" (").append(src.date()).append(')');
        }
        return sb.toString();
    }

    /**
     * Another source's different figure for the same thing, to be read beside the answer: "Another source gives a
     * different figure: About 600 — its statement (its title, date)". Which is right is for the reader to judge.
     */
    public static String anotherFigure(kz.visitfacts.facts.Fact other, Language reader) {
        kz.visitfacts.facts.Source src = other.source();
        return get("another_figure", reader) + ": " + other.figure() + " — " + AnswerEngine.statement(other, reader) + " ("
                + titleOf(src, reader) + ", " + src.date() + ")";
    }

    public static String get(String key, Language language) {
        Map<String, String> texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        for (Language l : language.fallbacks()) {
            String t = texts.get(l.code());
            if (t != null) {
                return AnswerEngine.localized(t, l, language);
            }
        }
        return texts.get("en");
    }
}
