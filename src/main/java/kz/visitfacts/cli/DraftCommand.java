package kz.visitfacts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.visitfacts.facts.Dates;
import kz.visitfacts.match.Figures;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

/**
 * {@code draft SOURCE.txt [--id ID] [--date DATE] [--compiler NAME]}: a facts file skeleton for an article —
 * its metadata, its headings as sections, its paragraphs verbatim, and one fact per figure with the sentence
 * it stands in as its quote, its kind and value. What a program cannot know (labels, statements, keywords in
 * each language, and the kind of a figure that is not a number) is left as {@value #TODO} for the curator;
 * {@code validate --draft} accepts those and checks everything else.
 */
@Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints a facts file skeleton for an article.",
            "Its metadata, headings as sections, paragraphs verbatim and one fact per figure with its sentence as the quote;",
            "what only a curator can write is left as TODO."})
final class DraftCommand implements Callable<Integer> {
    static final String TODO = kz.visitfacts.facts.FactBaseLoader.UNWRITTEN;
    /** A sentence ends at 。！？ (with a closing quote), or at . ! ? before a space. */
    /**
     * A sentence ends at 。！？ or at . ! ? before a space or the end: a point inside a number (1.8 billion) does
     * not end it.
     */
    private static final Pattern SENTENCE = Pattern.compile("(?:[^。！？!?.]|[.!?](?=[^\\s”\"]))*(?:[。！？][”」』\"]?|[.!?][”\"]?(?=\\s|$)|$)");
    private static final Pattern COMPILER = Pattern.compile("(?:【?\\s*(?:编译|编辑|作者|记者)\\s*[：:]\\s*([^】]+)】?|^By\\s+(.+)$|^(?:Автор|Автор материала)\\s*[:：]?\\s*(.+)$|^Author\\s*[:：]\\s*(.+)$)");

    private final PrintStream out;

    @Parameters(paramLabel = "SOURCE.txt", description = "The article, verbatim (facts/sources/<date>-<name>.<lang>.txt).")
    private String file;

    @Option(names = "--id", paramLabel = "ID", description = "The source's id (default: from the file name).")
    private String id;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The source's date (default: the first the article writes).")
    private String date;

    @Option(names = "--compiler", paramLabel = "NAME", description = "Who compiled it (default: from the article's last line).")
    private String compiler;

    DraftCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        Path path = Path.of(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        if (date != null && Dates.parseIso(date) == null) {
            throw new UsageException("--date must be YYYY-MM-DD, not \"" + date + "\"");
        }
        out.println(draft(text, path.getFileName().toString(), id, date, compiler));
        return 0;
    }

    /** The skeleton as pretty JSON. */
    static String draft(String text, String fileName, String id, String date, String compiler) {
        String lang = language(text);
        String sourceId = id != null ? id : fileName.replaceAll("\\.[a-zA-Z-]+\\.txt$|\\.txt$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        List<String> blocks = new ArrayList<>();
        for (String b : text.split("\\R\\s*\\R")) {
            if (!b.isBlank()) {
                blocks.add(b.strip());
            }
        }
        LocalDate found = date != null ? Dates.parseIso(date) : Dates.find(text);
        String by = compiler;
        if (!blocks.isEmpty() && by == null) {
            by = compilerIn(blocks.get(blocks.size() - 1));
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        ObjectNode source = root.putObject("source");
        source.put("id", sourceId);
        source.put("file", "sources/" + fileName);
        source.put("language", lang);
        source.put("date", found == null ? TODO : found.toString());
        source.put("compiler", by == null ? TODO : by);
        source.putObject("title").put(lang.equals("zh") ? "zh" : lang, blocks.isEmpty() ? TODO : firstLine(blocks.get(0)))
                .put(lang.equals("en") ? "zh" : "en", TODO);
        ArrayNode sections = root.putArray("sections");
        ArrayNode paragraphs = root.putArray("paragraphs");
        ArrayNode facts = root.putArray("facts");
        String section = null;
        int p = 0;
        int f = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (last && compilerIn(b) != null || isDateline(b)) {
                continue;
            }
            if (i == 0 && !isHeading(b)) {
                // The title, with its dateline below it: metadata, not a paragraph.
                continue;
            }
            if (isHeading(b) || section == null) {
                String heading = isHeading(b) ? b : firstLine(blocks.get(0));
                section = "s" + (sections.size() + 1);
                sections.addObject().put("id", section).put("heading", heading).putObject("title").put("en", lang.equals("en") ? heading : TODO);
                if (isHeading(b)) {
                    continue;
                }
            }
            String pid = "p" + (++p);
            paragraphs.addObject().put("id", pid).put("section", section).put("text", b);
            for (String sentence : sentences(b)) {
                for (Figures.Figure fig : Figures.in(sentence)) {
                    ObjectNode fact = facts.addObject();
                    fact.put("id", sourceId + "-" + (++f));
                    fact.put("paragraph", pid);
                    fact.put("kind", kind(fig));
                    fact.put("figure", fig.text());
                    fact.put("quote", sentence);
                    ObjectNode value = fact.putObject("value");
                    value.put("number", fig.value());
                    value.put("unit", unit(fig));
                    fact.putObject("label").put("en", TODO);
                    fact.putObject("statement").put("en", TODO);
                    fact.putObject("keywords").putArray("en").add(TODO);
                }
            }
        }
        return root.toPrettyString();
    }

    /** The sentences of a paragraph, each verbatim. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(paragraph);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            if (m.end() >= paragraph.length()) {
                break;
            }
        }
        return out;
    }

    private static String firstLine(String block) {
        return block.lines().findFirst().orElse(block).strip();
    }

    /** A heading: one short line that does not end a sentence (a dateline joined to it, as some sources have, is kept). */
    private static boolean isHeading(String block) {
        return !block.contains("\n") && block.length() <= 80 && !block.matches(".*[。！？.!?”\"]$")
                && !(isDateline(block) && block.replaceAll("[\\d\\s,.\\-]", "").length() < 12);
    }

    /** A line that is only a place and a date ("Astana, 2025-09-05", "5 сентября 2025"). */
    private static boolean isDateline(String block) {
        return !block.contains("\n") && block.length() <= 40 && Dates.find(block) != null;
    }

    private static String compilerIn(String block) {
        Matcher m = COMPILER.matcher(block.strip());
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g).strip();
            }
        }
        return null;
    }

    /** The article's language, as a question's is told: by its script (zh, kk, ru, else en). */
    static String language(String text) {
        return kz.visitfacts.answer.LanguageDetector.detect(text, false, java.util.Optional.empty()).code();
    }

    private static String kind(Figures.Figure fig) {
        String u = fig.unit();
        if (u == null) {
            int v = fig.value().intValue();
            return fig.value().scale() <= 0 && v >= 1900 && v <= 2100 ? "year" : "count";
        }
        return switch (u) {
            case "usd", "kzt", "rub", "eur", "cny" -> "money";
            case "percent" -> "percent";
            case "times" -> "multiple";
            case "tonne" -> "quantity";
            default -> "count";
        };
    }

    private static String unit(Figures.Figure fig) {
        String u = fig.unit();
        if (u == null) {
            return kind(fig).equals("year") ? "year" : "count";
        }
        return switch (u) {
            case "usd", "kzt", "rub", "eur", "cny" -> u.toUpperCase(Locale.ROOT);
            case "percent" -> "percent";
            case "times" -> "times";
            case "tonne" -> "tonnes";
            default -> "count";
        };
    }
}
