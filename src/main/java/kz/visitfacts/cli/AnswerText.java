package kz.visitfacts.cli;

import java.util.List;
import kz.visitfacts.answer.Answer;
import kz.visitfacts.answer.AnswerEngine;
import kz.visitfacts.answer.AnswerItem;
import kz.visitfacts.answer.Messages;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.Language;

/** An answer as a person reads it in a terminal. */
final class AnswerText {
    private AnswerText() {
    }

    /** The answer as the engine found it: with the other sources that give its figure, or another figure for it. */
    static String render(AnswerEngine engine, Answer answer) {
        if (!answer.answered()) {
            return render(answer, List.of(), List.of());
        }
        return render(answer, engine.alsoReportedBy(answer.best().fact()), engine.differingReports(answer));
    }

    /**
     * The answer, naming the other sources that give the same figure ({@code alsoReportedBy}) and showing the
     * figures other sources give for the same thing ({@code differing}), each with its source.
     */
    private static String render(Answer answer, List<Fact> alsoReportedBy, List<Fact> differing) {
        Language lang = answer.language();
        StringBuilder sb = new StringBuilder();
        // A follow-up says what it was read as following, so a wrong carry-over is visible.
        answer.followedUp().ifPresent(f -> sb.append("(").append(Messages.get("followed_up", lang)).append(' ')
                .append(AnswerEngine.label(f, lang)).append(")\n"));
        if (answer.related().isPresent()) {
            Fact f = answer.related().get().fact();
            sb.append(Messages.get("premise_not_in_source", lang)).append('\n');
            sb.append(f.figure()).append('\n').append(answer.related().get().statement()).append('\n');
            sb.append("  「").append(f.quote()).append("」\n");
            return sb.append(Messages.sourceLine(f, lang)).append('\n').toString();
        }
        if (!answer.answered()) {
            sb.append(Messages.get("not_found", lang)).append('\n');
            if (!answer.suggestions().isEmpty()) {
                sb.append(Messages.get("you_can_ask", lang)).append('\n');
                for (Fact f : answer.suggestions()) {
                    sb.append("  • ").append(AnswerEngine.label(f, lang)).append('\n');
                }
            }
            return sb.toString();
        }
        AnswerItem best = answer.best();
        Fact f = best.fact();
        sb.append(f.figure()).append('\n');
        sb.append(best.statement()).append('\n');
        sb.append("  「").append(f.quote()).append("」\n");
        sb.append(Messages.sourceLine(f, lang)).append('\n');
        if (!alsoReportedBy.isEmpty()) {
            sb.append(Messages.alsoReportedBy(alsoReportedBy, lang)).append('\n');
        }
        for (Fact other : differing) {
            sb.append("⚠ ").append(Messages.anotherFigure(other, lang)).append('\n');
        }
        sb.append(Messages.sourceParagraph(f.source().language(), lang)).append(": ").append(f.paragraph().text()).append('\n');
        return sb.toString();
    }
}
