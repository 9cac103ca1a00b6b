package kz.visitfacts.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.facts.Fact;
import kz.visitfacts.facts.FactBase;
import kz.visitfacts.facts.Language;
import kz.visitfacts.match.Candidate;
import kz.visitfacts.match.Context;
import kz.visitfacts.facts.Localized;
import kz.visitfacts.facts.Section;
import kz.visitfacts.facts.Source;
import kz.visitfacts.match.Explanation;
import kz.visitfacts.match.KazakhLatin;
import kz.visitfacts.match.Match;
import kz.visitfacts.match.Matcher;

/** The front door of answering: one per fact base, safe to share between threads, pure. */
public final class AnswerEngine {
    /** The most results one answer carries: Telegram's inline mode shows at most 50. */
    public static final int MAX_RESULTS = 50;
    private static final int SUGGESTIONS = 3;

    private final FactBase base;
    private final Matcher matcher;

    public AnswerEngine(FactBase base) {
        this(base, Matcher.build(base));
    }

    /** Starts loading the matcher's slow parts in the background; call before reading the fact base. */
    public static void warmUpInBackground() {
        Matcher.warmUpInBackground();
    }

    /**
     * Builds an engine on a daemon thread of its own, for a start that has other work meanwhile (the bot checks its
     * token and sets up logging). Here rather than beside the bot, whose first use sets up logging before it.
     */
    public static java.util.concurrent.CompletableFuture<AnswerEngine> buildInBackground(java.util.function.Supplier<AnswerEngine> engine) {
        return java.util.concurrent.CompletableFuture.supplyAsync(engine, work -> {
            Thread t = new Thread(work, "answer-engine");
            t.setDaemon(true);
            t.start();
        });
    }

    /** For benchmarks: the fact base multiplied {@code copies} times with synthetic copies (see {@link Matcher#buildScaled}). */
    public static AnswerEngine scaled(FactBase base, int copies) {
        return new AnswerEngine(base, Matcher.buildScaled(base, copies));
    }

    /** Whether the facts were analysed by the build (read from the jar) rather than at this engine's start. */
    public boolean analysedByTheBuild() {
        return matcher.analysedByTheBuild();
    }

    /** How many facts are indexed, synthetic copies included. */
    public int indexedFacts() {
        return matcher.size();
    }

    private AnswerEngine(FactBase base, Matcher matcher) {
        this.base = base;
        this.matcher = matcher;
    }

    public FactBase base() {
        return base;
    }

    /** Answers in the question's own language. */
    public Answer ask(String question) {
        return ask(question, Optional.empty(), Optional.empty(), MAX_RESULTS);
    }

    /**
     * Answers a question. {@code forced} fixes the reply language; otherwise the question's script decides
     * and {@code hint} (the asker's own language setting) breaks ties. Never throws on any string.
     */
    public Answer ask(String question, Optional<Language> forced, Optional<Language> hint, int limit) {
        return ask(question, forced, hint, limit, null).answer();
    }

    /** An answer in a conversation, and what it leaves for the next message to follow up on. */
    public record Turn(Answer answer, Context context) {
        public Turn {
            java.util.Objects.requireNonNull(answer, "answer");
            java.util.Objects.requireNonNull(context, "context");
        }
    }

    /**
     * Answers a message of a conversation: {@code context} is what the previous message left (null at the start),
     * and a follow-up ("那投资呢？", "and where?") is read with it. Never throws on any string.
     */
    public Turn ask(String question, Optional<Language> forced, Optional<Language> hint, int limit, Context context) {
        String q = question == null ? "" : question;
        Match match = matcher.match(q, context);
        return new Turn(answer(q, match, forced, hint, limit), match.context());
    }

    private Answer answer(String q, Match match, Optional<Language> forced, Optional<Language> hint, int limit) {
        Language language = forced.orElseGet(() -> LanguageDetector.detect(q, match.traditional(), match.latinKazakh(), hint));
        int max = Math.max(1, Math.min(limit, MAX_RESULTS));
        if (match.confident() && match.premiseUnsupported()) {
            // The topic is clear, the claim is not the source's: say what the source does say, marked as such.
            Fact topic = inReadersLanguage(match.candidates().get(0), language);
            return new Answer(q, language, false, List.of(), List.of(),
                    Optional.of(new AnswerItem(topic, match.candidates().get(0).score(), statement(topic, language))),
                    match.followedUp());
        }
        if (match.confident()) {
            List<AnswerItem> items = new ArrayList<>();
            Candidate lead = figureMostSourcesGive(match.candidates());
            Fact best = inReadersLanguage(lead, language);
            items.add(new AnswerItem(best, lead.score(), statement(best, language)));
            List<Fact> sameAsBest = new ArrayList<>(matcher.corroborating(best));
            sameAsBest.add(best);
            sameAsBest.add(lead.fact());
            for (Candidate c : match.candidates()) {
                if (items.size() >= max) {
                    break;
                }
                // Another source's report of the best figure is the same answer, named with it, not another result.
                if (!sameAsBest.contains(c.fact())) {
                    items.add(new AnswerItem(c.fact(), c.score(), statement(c.fact(), language)));
                }
            }
            return new Answer(q, language, true, items, List.of(), Optional.empty(), match.followedUp());
        }
        // The facts holding the most telling words of the question first; the headline facts only fill up.
        List<Fact> suggestions = new ArrayList<>();
        match.nearest().stream().limit(SUGGESTIONS).forEach(suggestions::add);
        for (Fact f : featured()) {
            if (suggestions.size() >= SUGGESTIONS) {
                break;
            }
            if (!suggestions.contains(f)) {
                suggestions.add(f);
            }
        }
        return new Answer(q, language, false, List.of(), suggestions, Optional.empty(), match.followedUp());
    }

    /**
     * The candidate an answer leads with: the best, unless sources disagree on its figure and another figure that
     * fits the question nearly as well is given by more sources (two articles give one number of attendees, a third another). Both
     * are shown either way; the lead is the figure most sources stand behind, so adding one source that disagrees
     * does not turn around what every other source says.
     */
    private Candidate figureMostSourcesGive(List<Candidate> candidates) {
        Candidate best = candidates.get(0);
        Candidate lead = best;
        List<Fact> differing = differingFrom(best.fact());
        for (Candidate c : candidates.subList(1, candidates.size())) {
            if (c.score() >= best.score() * DIFFERING_SHARE && differing.contains(c.fact())
                    && sourcesGiving(c.fact()) > sourcesGiving(lead.fact())) {
                lead = c;
            }
        }
        return lead;
    }

    /** How many sources give a fact's figure for its thing: its own and those that corroborate it. */
    private int sourcesGiving(Fact fact) {
        return 1 + matcher.corroborating(fact).size();
    }

    /** The other sources' reports of another figure for a fact's thing, or for the thing of any report of its figure. */
    private List<Fact> differingFrom(Fact fact) {
        List<Fact> differing = new ArrayList<>(matcher.disagreeing(fact));
        matcher.corroborating(fact).forEach(same -> differing.addAll(matcher.disagreeing(same)));
        return differing;
    }

    /**
     * Of the best fact and the other sources' reports of the same figure, the one whose source is in the
     * reader's language, so its quote and paragraph read as they were written; else the best as ranked.
     */
    private Fact inReadersLanguage(Candidate best, Language reader) {
        String code = reader == Language.ZH_HANT ? "zh" : reader == Language.KK_LATN ? "kk" : reader.code();
        if (best.fact().source().language().startsWith(code)) {
            return best.fact();
        }
        for (Fact same : matcher.corroborating(best.fact())) {
            if (same.source().language().startsWith(code)) {
                return same;
            }
        }
        return best.fact();
    }

    /** Of a fact and the other sources' reports of the same figure, the one from the earliest source in the base. */
    public Fact canonical(Fact fact) {
        Fact first = fact;
        int at = base.facts().indexOf(fact);
        for (Fact same : matcher.corroborating(fact)) {
            int i = base.facts().indexOf(same);
            if (i < at) {
                first = same;
                at = i;
            }
        }
        return first;
    }

    /** The facts of other sources that give the same figure for the same thing: "also reported by". */
    public List<Fact> alsoReportedBy(Fact fact) {
        return matcher.corroborating(fact);
    }

    /** A report of another figure is shown beside the answer only when it fits the question nearly as well. */
    private static final double DIFFERING_SHARE = 0.75;

    /**
     * Of an answer's other results, those of other sources that give another figure for the best's thing and fit
     * the question nearly as well: shown beside it, each with its source, since a reader must see that the
     * sources differ (500 attendees in one article, about 600 in another).
     */
    public List<Fact> differingReports(Answer answer) {
        if (!answer.answered()) {
            return List.of();
        }
        // The best and the other sources' reports of its figure are one answer: another figure for any of them counts.
        List<Fact> differing = differingFrom(answer.best().fact());
        List<Fact> shown = new ArrayList<>();
        for (AnswerItem r : answer.results().subList(1, answer.results().size())) {
            // Two sources giving the same other figure are one other figure.
            if (differing.contains(r.fact()) && r.score() >= answer.best().score() * DIFFERING_SHARE
                    && shown.stream().noneMatch(s -> matcher.corroborating(s).contains(r.fact()))) {
                shown.add(r.fact());
            }
        }
        return shown;
    }

    /** Why a question gets the answer it gets: for curators (see {@link Explanation}). */
    public Explanation explain(String question) {
        return matcher.explain(question, 5);
    }

    /** As above, for a message of a conversation: shows what it inherited from {@code context}. */
    public Explanation explain(String question, Context context) {
        return matcher.explain(question, context, 5);
    }

    /** Candidates for browsing: the question's language and its ranked facts, whether or not one is clear. */
    public record Browse(Language language, List<AnswerItem> items) {
        public Browse {
            items = List.copyOf(items);
        }
    }

    /**
     * The candidates for a question whether or not one is clear, best first: what inline mode lists for the
     * asker to pick from. An empty question lists the headline facts.
     */
    public Browse browse(String question, Optional<Language> hint, int limit) {
        String q = question == null ? "" : question;
        Match match = matcher.match(q);
        Language language = LanguageDetector.detect(q, match.traditional(), match.latinKazakh(), hint);
        int max = Math.max(0, Math.min(limit, MAX_RESULTS));
        List<AnswerItem> items = new ArrayList<>();
        if (q.isBlank()) {
            featured().stream().limit(max).forEach(f -> items.add(new AnswerItem(f, 0, statement(f, language))));
            return new Browse(language, items);
        }
        for (Candidate c : match.candidates()) {
            if (items.size() >= max) {
                break;
            }
            items.add(new AnswerItem(c.fact(), c.score(), statement(c.fact(), language)));
        }
        return new Browse(language, items);
    }

    /** The headline facts, in source order. */
    public List<Fact> featured() {
        return base.facts().stream().filter(Fact::featured).toList();
    }

    /**
     * A fact's one-line statement in a language; traditional Chinese is converted from the simplified text, Kazakh in
     * Latin letters from the Cyrillic.
     */
    public static String statement(Fact fact, Language language) {
        return localized(fact.statement(), language);
    }

    /** A fact's short label in a language. */
    public static String label(Fact fact, Language language) {
        return localized(fact.label(), language);
    }

    /** A section's title in a language (Chinese readers get its heading as written). */
    public static String title(Section section, Language language) {
        return language == Language.KK_LATN && section.title().has(Language.KK) ? KazakhLatin.toLatin(section.title().in(Language.KK))
                : section.titleIn(language);
    }

    /** A source's title in a language, or in the first of its fallbacks that the source has. */
    public static String title(Source source, Language language) {
        return localized(source.title(), language);
    }

    private static String localized(Localized text, Language language) {
        if (language == Language.KK_LATN) {
            // The fact base is written in Cyrillic Kazakh; without it the reader gets the fallback as written.
            return text.has(Language.KK) ? KazakhLatin.toLatin(text.in(Language.KK)) : text.in(language);
        }
        return localized(text.in(language), language);
    }

    /** A text of the bot or the fact base, written in {@code written}, for a reader of {@code language}. */
    static String localized(String text, Language written, Language language) {
        if (language == Language.KK_LATN) {
            return written == Language.KK ? KazakhLatin.toLatin(text) : text;
        }
        return localized(text, language);
    }

    private static String localized(String text, Language language) {
        return language == Language.ZH_HANT ? ChineseScript.traditional(text) : text;
    }
}
