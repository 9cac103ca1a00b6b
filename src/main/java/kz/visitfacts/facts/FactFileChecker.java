package kz.visitfacts.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one facts file against its source: every quoted text must stand verbatim where it claims to,
 * every reference must resolve, and every fact must speak zh, en and ru.
 */
final class FactFileChecker {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<Language> REQUIRED = List.of(Language.ZH, Language.EN, Language.RU);

    private final FactFolder dir;
    private final String file;
    private final List<String> errors;
    private final Map<String, String> factIds;
    private final Set<String> sourceIds;
    /** A draft (see the {@code draft} command): what only a curator can write may still say {@value #TODO}. */
    private final boolean draft;
    static final String TODO = FactBaseLoader.UNWRITTEN;

    FactFileChecker(FactFolder dir, String file, List<String> errors, Map<String, String> factIds, Set<String> sourceIds, boolean draft) {
        this.draft = draft;
        this.dir = dir;
        this.file = file;
        this.errors = errors;
        this.factIds = factIds;
        this.sourceIds = sourceIds;
    }

    record Result(Source source, List<Fact> facts) {
    }

    Optional<Result> check(FactFileJson.FactFile parsed) {
        int before = errors.size();
        FactFileJson.SourceJson s = parsed.source();
        if (s == null) {
            errors.add(file + ": \"source\" is missing");
            return Optional.empty();
        }
        String text = sourceText(s);
        LocalDate date = draft && TODO.equals(s.date()) ? LocalDate.EPOCH : date(s, text);
        if (draft && TODO.equals(s.compiler())) {
            // Left for the curator.
        } else if (s.compiler() == null || s.compiler().isBlank()) {
            errors.add(file + ": source: compiler is missing");
        } else if (text != null && !lastLine(text).contains(s.compiler())) {
            errors.add(file + ": source: compiler \"" + s.compiler() + "\" is not named in the source's last line");
        }
        if (s.id() == null || !ID.matcher(s.id()).matches()) {
            errors.add(file + ": source: id \"" + s.id() + "\" must be lower-case words joined by '-'");
        } else if (!file.endsWith("/" + s.id() + FactBaseLoader.FACTS_SUFFIX)) {
            // One name for a source everywhere, so every message can name its file from the id alone.
            errors.add(file + ": source: id \"" + s.id() + "\" must match the file name " + s.id() + FactBaseLoader.FACTS_SUFFIX);
        } else if (!sourceIds.add(s.id())) {
            errors.add(file + ": source: duplicate id \"" + s.id() + "\"");
        }
        Localized title = s.title() == null ? new Localized(Map.of()) : s.title().toLocalized();
        if (!draft && (!title.has(Language.ZH) || !title.has(Language.EN))) {
            errors.add(file + ": source: title needs zh and en");
        }
        Map<String, Section> sections = sections(parsed.sections(), text);
        Map<String, Paragraph> paragraphs = paragraphs(parsed.paragraphs(), sections, text);
        if (errors.size() > before || text == null) {
            return Optional.empty();
        }
        Source source = new Source(s.id(), s.file(), s.language() == null ? "zh" : s.language(), date,
                s.compiler(), title, List.copyOf(sections.values()), List.copyOf(paragraphs.values()), text);
        List<Fact> facts = new ArrayList<>();
        List<FactFileJson.FactJson> list = parsed.facts() == null ? List.of() : parsed.facts();
        if (list.isEmpty()) {
            errors.add(file + ": has no facts");
        }
        for (int i = 0; i < list.size(); i++) {
            fact(list.get(i), i, source, paragraphs).ifPresent(facts::add);
        }
        return errors.size() > before ? Optional.empty() : Optional.of(new Result(source, facts));
    }

    private String sourceText(FactFileJson.SourceJson s) {
        if (s.file() == null || s.file().isBlank()) {
            errors.add(file + ": source: file is missing");
            return null;
        }
        int before = errors.size();
        String text = FactBaseLoader.readUtf8(dir, s.file(), file + ": source \"" + s.file() + "\"", errors);
        if (text == null && errors.size() == before) {
            errors.add(file + ": source: file \"" + s.file() + "\" does not exist in the fact base folder");
        }
        return text;
    }

    private LocalDate date(FactFileJson.SourceJson s, String text) {
        try {
            LocalDate d = LocalDate.parse(String.valueOf(s.date()));
            // The dateline may write the date any common way (2025-09-05, 5 September 2025, 2019年9月5日,
            // 5 сентября 2025), or the article may give none: then the metadata alone says it.
            List<LocalDate> written = text == null ? List.of() : Dates.all(text);
            if (!written.isEmpty() && !written.contains(d)) {
                errors.add(file + ": source: date " + s.date() + " is not a date the source gives (it gives "
                        + written.stream().distinct().map(LocalDate::toString).toList() + ")");
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(file + ": source: date \"" + s.date() + "\" is not YYYY-MM-DD");
            return LocalDate.EPOCH;
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private Map<String, Section> sections(List<FactFileJson.SectionJson> list, String text) {
        Map<String, Section> sections = new LinkedHashMap<>();
        if (list == null || list.isEmpty()) {
            errors.add(file + ": has no sections");
            return sections;
        }
        for (FactFileJson.SectionJson s : list) {
            String where = file + ": section \"" + s.id() + "\"";
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                errors.add(where + ": id must be lower-case words joined by '-'");
            } else if (s.heading() == null || s.heading().isBlank()) {
                errors.add(where + ": heading is missing");
            } else if (text != null && !text.contains(s.heading())) {
                errors.add(where + ": heading \"" + s.heading() + "\" is not verbatim in the source");
            } else if (sections.containsKey(s.id())) {
                errors.add(where + ": duplicate id");
            } else {
                Localized title = s.title() == null ? new Localized(Map.of()) : s.title().toLocalized();
                sections.put(s.id(), new Section(s.id(), s.heading(), title));
            }
        }
        return sections;
    }

    private Map<String, Paragraph> paragraphs(List<FactFileJson.ParagraphJson> list, Map<String, Section> sections,
                                              String text) {
        Map<String, Paragraph> paragraphs = new LinkedHashMap<>();
        if (list == null || list.isEmpty()) {
            errors.add(file + ": has no paragraphs");
            return paragraphs;
        }
        for (FactFileJson.ParagraphJson p : list) {
            String where = file + ": paragraph \"" + p.id() + "\"";
            Section section = sections.get(p.section());
            if (p.id() == null || !ID.matcher(p.id()).matches()) {
                errors.add(where + ": id must be lower-case words joined by '-'");
            } else if (paragraphs.containsKey(p.id())) {
                errors.add(where + ": duplicate id");
            } else if (section == null) {
                errors.add(where + ": section \"" + p.section() + "\" does not exist");
            } else if (p.text() == null || p.text().isBlank()) {
                errors.add(where + ": text is missing");
            } else if (text != null && !text.contains(p.text())) {
                errors.add(where + ": text is not verbatim in the source" + whereItDiffers(p.text(), text));
            } else {
                paragraphs.put(p.id(), new Paragraph(p.id(), section, p.text()));
            }
        }
        return paragraphs;
    }

    private Optional<Fact> fact(FactFileJson.FactJson f, int index, Source source, Map<String, Paragraph> paragraphs) {
        String where = file + ": fact " + (f.id() == null ? "$.facts[" + index + "]" : "\"" + f.id() + "\"");
        List<String> problems = new ArrayList<>();
        if (f.id() == null || !ID.matcher(f.id()).matches()) {
            problems.add("id must be lower-case words joined by '-'");
        } else if (factIds.putIfAbsent(f.id(), file) != null) {
            String other = factIds.get(f.id());
            problems.add("duplicate id" + (other.equals(file) ? "" : " (also in " + other + ")"));
        }
        Paragraph paragraph = paragraphs.get(f.paragraph());
        if (paragraph == null) {
            problems.add("paragraph \"" + f.paragraph() + "\" does not exist");
        }
        FactKind kind = null;
        try {
            kind = FactKind.valueOf(String.valueOf(f.kind()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("kind \"" + f.kind() + "\" is not a known kind (one of " + java.util.Arrays.stream(FactKind.values())
                    .map(FactKind::code).toList() + ")");
        }
        if (f.figure() == null || f.figure().isBlank()) {
            problems.add("figure is missing");
        } else if (f.quote() == null || f.quote().isBlank()) {
            problems.add("quote is missing");
        } else if (!f.quote().contains(f.figure())) {
            problems.add("figure \"" + f.figure() + "\" is not in its quote");
        } else if (paragraph != null && !paragraph.text().contains(f.quote())) {
            problems.add("quote \"" + f.quote() + "\" is not in its paragraph \"" + paragraph.id() + "\"" + whereItDiffers(f.quote(), paragraph.text()));
        }
        Localized statement = f.statement() == null ? new Localized(Map.of()) : f.statement().toLocalized();
        Localized label = f.label() == null ? new Localized(Map.of()) : f.label().toLocalized();
        for (Language l : draft ? List.<Language>of() : REQUIRED) {
            if (!statement.has(l) || TODO.equals(statement.in(l))) {
                problems.add("statement in " + l.code() + " is missing");
            }
            if (!label.has(l) || TODO.equals(label.in(l))) {
                problems.add("label in " + l.code() + " is missing");
            }
        }
        Map<Language, List<String>> keywords = f.keywords() == null ? new HashMap<>() : f.keywords().toMap();
        if (!draft && (keywords.isEmpty() || keywords.values().stream().flatMap(List::stream).allMatch(TODO::equals))) {
            problems.add("has no keywords");
        }
        Map<Language, List<String>> questions = f.questions() == null ? new HashMap<>() : f.questions().toMap();
        Optional<NumericValue> value = Optional.empty();
        if (f.value() != null) {
            if (f.value().number() == null || f.value().unit() == null || f.value().unit().isBlank()) {
                problems.add("value needs a number and a unit");
            } else if (f.value().number().precision() - f.value().number().scale() > 40 || f.value().number().scale() > 40) {
                // 1e999999999 is a few bytes, but writing it out in full takes gigabytes.
                problems.add("value.number has more than 40 digits before or after the point");
            } else {
                value = Optional.of(new NumericValue(f.value().number(), f.value().unit()));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(where + ": " + p));
            return Optional.empty();
        }
        return Optional.of(new Fact(f.id(), source, paragraph, kind, f.figure(), f.quote(), value, label, statement,
                keywords, questions, Boolean.TRUE.equals(f.featured())));
    }

    /**
     * Where a text that should be verbatim stops matching: its longest beginning found in the original, and the
     * characters that follow there in each, so a curator sees the one changed character at once.
     */
    static String whereItDiffers(String copy, String original) {
        int lo = 0;
        int hi = copy.length();
        // The longest prefix of the copy that the original contains (found by halving: containment is monotone).
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (original.contains(copy.substring(0, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo == 0) {
            return "";
        }
        int at = original.indexOf(copy.substring(0, lo)) + lo;
        String was = original.substring(at, Math.min(original.length(), at + 12));
        String is = copy.substring(lo, Math.min(copy.length(), lo + 12));
        return " (it differs after character " + lo + ": the source has \"" + was + "\", this has \"" + is + "\")";
    }
}
