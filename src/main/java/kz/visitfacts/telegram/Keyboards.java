package kz.visitfacts.telegram;

import java.util.ArrayList;
import java.util.List;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Section;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The buttons under the bot's messages: one fact or one section per row. */
final class Keyboards {
    private static final int MAX_LABEL = 60;

    private Keyboards() {
    }

    /** Buttons that each show a fact, labelled in the reader's language. */
    static InlineKeyboardMarkup facts(List<Fact> facts, Language lang) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (Fact f : facts) {
            rows.add(new InlineKeyboardRow(factButton(f, lang, "")));
        }
        return new InlineKeyboardMarkup(rows);
    }

    static InlineKeyboardButton factButton(Fact f, Language lang, String prefix) {
        return InlineKeyboardButton.builder()
                .text(shorten(prefix + AnswerEngine.label(f, lang)))
                .callbackData(CallbackData.fact(lang, f.id()).encode())
                .build();
    }

    /** Under an answer: other matches of the question first, then facts near it in its section. */
    static InlineKeyboardMarkup underAnswer(Fact answer, List<Fact> others, FactBase base, Language lang,
                                            String otherPrefix, String relatedPrefix) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        List<Fact> shown = new ArrayList<>(List.of(answer));
        for (Fact f : others) {
            if (rows.size() >= 3) {
                break;
            }
            if (!shown.contains(f)) {
                rows.add(new InlineKeyboardRow(factButton(f, lang, otherPrefix)));
                shown.add(f);
            }
        }
        for (Fact f : related(answer, base)) {
            if (rows.size() >= 5) {
                break;
            }
            if (!shown.contains(f)) {
                rows.add(new InlineKeyboardRow(factButton(f, lang, relatedPrefix)));
                shown.add(f);
            }
        }
        return new InlineKeyboardMarkup(rows);
    }

    /** The same buttons and, last, New topic: under an answer to a question, which may be followed up. */
    static InlineKeyboardMarkup withNewTopic(InlineKeyboardMarkup keyboard, Language lang) {
        List<InlineKeyboardRow> rows = new ArrayList<>(keyboard.getKeyboard());
        rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                .text(Messages.get("new_topic", lang))
                .callbackData(CallbackData.newTopic(lang).encode())
                .build()));
        return new InlineKeyboardMarkup(rows);
    }

    /** Facts of the same section, nearest first in the source's order. */
    static List<Fact> related(Fact fact, FactBase base) {
        List<Fact> section = base.facts().stream().filter(f -> f.section().equals(fact.section())).toList();
        int at = section.indexOf(fact);
        List<Fact> near = new ArrayList<>();
        for (int d = 1; d < section.size() && near.size() < 4; d++) {
            if (at + d < section.size()) {
                near.add(section.get(at + d));
            }
            if (at - d >= 0) {
                near.add(section.get(at - d));
            }
        }
        return near;
    }

    /** One button per section of every source. */
    /**
     * The sections of every source, source by source, numbered in that order (as a section button's data
     * says); with more than one source, each button starts with its source's date.
     */
    static InlineKeyboardMarkup sections(List<kz.visitfacts.facts.Source> sources, Language lang) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        int i = 0;
        for (kz.visitfacts.facts.Source source : sources) {
            String prefix = sources.size() > 1 ? source.date() + " · " : "";
            for (Section s : source.sections()) {
                rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text(shorten(prefix + AnswerEngine.title(s, lang)))
                        .callbackData(CallbackData.section(lang, i++).encode())
                        .build()));
            }
        }
        return new InlineKeyboardMarkup(rows);
    }

    private static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    }
}
