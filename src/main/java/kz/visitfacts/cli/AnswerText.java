package kz.visitfacts.cli;

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

    static String render(Answer answer) {
        Language lang = answer.language();
        StringBuilder sb = new StringBuilder();
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
        sb.append(Messages.get("source", lang)).append(": ").append(f.source().date()).append(" · ")
                .append(f.section().heading()).append(" · ").append(Messages.get("compiled_by", lang)).append(' ')
                .append(f.source().compiler()).append('\n');
        sb.append(Messages.get("source_paragraph", lang)).append(": ").append(f.paragraph().text()).append('\n');
        return sb.toString();
    }
}
