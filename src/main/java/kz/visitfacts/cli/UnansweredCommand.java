package kz.visitfacts.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Command;
import java.util.concurrent.Callable;

/**
 * {@code unanswered FILE}: the questions the bot could not answer (BOT_UNANSWERED_LOG), most frequent first,
 * with the languages they were asked in, so curators know where the fact base should grow.
 */
@Command(name = "unanswered", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Summarises the questions the bot could not answer (the file BOT_UNANSWERED_LOG names), most frequent first.")
final class UnansweredCommand implements Callable<Integer> {
    private record Tally(String question, int count, TreeSet<String> languages) {
    }

    private final PrintStream out;

    @Parameters(paramLabel = "FILE", description = "The unanswered questions' log, JSON lines.")
    private Path file;

    UnansweredCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Tally> byQuestion = new LinkedHashMap<>();
        int lines = 0;
        int skipped = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (IOException e) {
                    skipped++;
                    continue;
                }
                if (n == null || !n.path("question").isTextual()) {
                    skipped++;
                    continue;
                }
                lines++;
                String q = n.get("question").asText().strip().replaceAll("\\s+", " ");
                String key = q.toLowerCase(Locale.ROOT);
                Tally t = byQuestion.getOrDefault(key, new Tally(q, 0, new TreeSet<>()));
                t.languages().add(n.path("lang").asText("?"));
                byQuestion.put(key, new Tally(t.question(), t.count() + 1, t.languages()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tally> sorted = new ArrayList<>(byQuestion.values());
        sorted.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.question().compareTo(b.question()));
        for (Tally t : sorted) {
            out.printf("%5d  %-12s %s%n", t.count(), String.join(",", t.languages()), t.question());
        }
        out.println(lines + " unanswered question(s), " + sorted.size() + " distinct" + (skipped > 0 ? ", " + skipped + " unreadable line(s) skipped" : ""));
        return 0;
    }
}
