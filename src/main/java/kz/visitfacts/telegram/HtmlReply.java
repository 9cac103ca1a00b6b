package kz.visitfacts.telegram;

import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.facts.Source;

/**
 * The bot's messages as Telegram HTML: every text from a fact or a user escaped, and every message within
 * Telegram's 4096 characters — a long paragraph is shortened around its figure, never cut inside a tag.
 */
final class HtmlReply {
    static final int MAX_LENGTH = 4096;
    private static final String ELLIPSIS = "…";

    private HtmlReply() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A fact as an answer: the figure in bold, the statement in the reader's language, the verbatim source
     * paragraph in an expandable quote with the figure highlighted, and the source line.
     */
    static String answer(Fact fact, Language lang) {
        return answer(fact, lang, java.util.List.of());
    }

    /** The answer, naming the other sources that give the same figure ({@code alsoReportedBy}). */
    static String answer(Fact fact, Language lang, java.util.List<Fact> alsoReportedBy) {
        return answer(fact, lang, alsoReportedBy, java.util.List.of());
    }

    /** As above, with the figures other sources give for the same thing ({@code differing}), each with its source. */
    static String answer(Fact fact, Language lang, java.util.List<Fact> alsoReportedBy, java.util.List<Fact> differing) {
        return answer(fact, lang, alsoReportedBy, differing, "");
    }

    /**
     * As above, under {@code lead} (HTML: which fact the question was read as following up, a note): counted in the
     * 4096 characters, so the paragraph is the one shortened.
     */
    static String answer(Fact fact, Language lang, java.util.List<Fact> alsoReportedBy, java.util.List<Fact> differing, String lead) {
        String head = lead + "<b>" + escape(fact.figure()) + "</b>\n" + escape(AnswerEngine.statement(fact, lang)) + "\n\n";
        StringBuilder others = new StringBuilder();
        differing.forEach(d -> others.append("\n⚠ ").append(escape(Messages.anotherFigure(d, lang))));
        String sourceLine = "\n<i>" + escape(Messages.sourceLine(fact, lang)) + "</i>"
                + (alsoReportedBy.isEmpty() ? "" : "\n<i>" + escape(Messages.alsoReportedBy(alsoReportedBy, lang)) + "</i>")
                + others;
        int budget = MAX_LENGTH - head.length() - sourceLine.length() - "<blockquote expandable></blockquote>".length();
        return head + "<blockquote expandable>" + paragraph(fact, Math.max(budget, 0)) + "</blockquote>" + sourceLine;
    }

    /** The paragraph with its figure highlighted, shortened around the figure to fit {@code budget} characters of HTML. */
    static String paragraph(Fact fact, int budget) {
        String text = fact.paragraph().text();
        int quoteAt = Math.max(0, text.indexOf(fact.quote()));
        int figureAt = text.indexOf(fact.figure(), quoteAt);
        if (figureAt < 0) {
            figureAt = Math.max(0, text.indexOf(fact.figure()));
        }
        int figureEnd = Math.min(text.length(), figureAt + fact.figure().length());
        int start = 0;
        int end = text.length();
        String html = highlighted(text, start, end, figureAt, figureEnd);
        if (html.length() <= budget) {
            return html;
        }
        // Grow a window around the figure, a few characters a side at a time, while it fits.
        start = figureAt;
        end = figureEnd;
        String best = highlighted(text, start, end, figureAt, figureEnd);
        while (start > 0 || end < text.length()) {
            int s = Math.max(0, start - 16);
            int e = Math.min(text.length(), end + 16);
            String candidate = highlighted(text, s, e, figureAt, figureEnd);
            if (candidate.length() > budget) {
                break;
            }
            start = s;
            end = e;
            best = candidate;
        }
        return best;
    }

    private static String highlighted(String text, int start, int end, int figureAt, int figureEnd) {
        return (start > 0 ? ELLIPSIS : "") + escape(text.substring(start, figureAt)) + "<b><u>"
                + escape(text.substring(figureAt, figureEnd)) + "</u></b>" + escape(text.substring(figureEnd, end))
                + (end < text.length() ? ELLIPSIS : "");
    }

    /**
     * The one short line over an answer read as a follow-up, "about: Trade in 2024", so a wrong carry-over shows; empty
     * for a question read alone.
     */
    static String followedUp(java.util.Optional<Fact> topic, Language lang) {
        return topic.map(f -> "<i>" + escape(Messages.followedUp(f, lang)) + "</i>\n").orElse("");
    }

    /** A question that claims what the source does not say: that it does not, then the fact on its topic, marked so. */
    static String premiseNotInSource(Fact related, Language lang) {
        return premiseNotInSource(related, lang, java.util.Optional.empty());
    }

    /** As above, under the line of the fact it was read as following up, if any. */
    static String premiseNotInSource(Fact related, Language lang, java.util.Optional<Fact> followedUp) {
        return answer(related, lang, java.util.List.of(), java.util.List.of(),
                followedUp(followedUp, lang) + "<i>" + escape(Messages.get("premise_not_in_source", lang)) + "</i>\n");
    }

    static String notFound(Language lang, boolean candidates) {
        return notFound(lang, candidates, java.util.Optional.empty());
    }

    /** As above, under the line of the fact it was read as following up, if any. */
    static String notFound(Language lang, boolean candidates, java.util.Optional<Fact> followedUp) {
        return followedUp(followedUp, lang) + escape(Messages.get("not_found", lang)) + "\n" + escape(Messages.get(candidates ? "did_you_mean" : "you_can_ask", lang));
    }

    static String welcome(Language lang) {
        return escape(Messages.get("welcome", lang));
    }

    static String help(Language lang, String botUsername) {
        return escape(Messages.get("help", lang).replace("{bot}", botUsername));
    }

    static String about(FactBase base, Language lang) {
        StringBuilder sb = new StringBuilder();
        for (Source s : base.sources()) {
            long facts = base.facts().stream().filter(f -> f.source().equals(s)).count();
            sb.append(escape(Messages.get("about", lang)
                    .replace("{title}", AnswerEngine.title(s, lang))
                    .replace("{date}", s.date().toString())
                    .replace("{compiler}", s.compiler())
                    .replace("{facts}", Long.toString(facts)))).append("\n\n");
        }
        return sb + escape(Messages.get("about_footer", lang));
    }

    static String plain(String key, Language lang) {
        return escape(Messages.get(key, lang));
    }
}
