package kz.visitfacts.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a fact base folder: {@code lexicon.json}, every {@code *.facts.json} and the source texts they name.
 * A new source is a new text file and a new facts file; no code changes.
 */
public final class FactBaseLoader {
    static final String LEXICON_FILE = "lexicon.json";
    static final String FACTS_SUFFIX = ".facts.json";
    /** What a draft (the {@code draft} command) writes where only a curator can: {@code validate --draft} accepts it. */
    public static final String UNWRITTEN = "TODO";
    static final String LANGUAGE_FILE = "language.json";

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Loads and checks the fact base in {@code dir}; throws {@link InvalidFactBaseException} listing every broken rule. */
    public FactBase load(Path dir) {
        return load(dir, false);
    }

    /**
     * As {@link #load(Path)}; a {@code draft} (what the {@code draft} command prints) may still leave labels,
     * statements, keywords, the second title and the date or compiler it could not find as "TODO".
     */
    public FactBase load(Path dir, boolean draft) {
        String shown = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        List<String> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new InvalidFactBaseException(List.of(shown + ": is not a folder"));
        }
        List<LexiconTerm> lexicon = new ArrayList<>();
        Path lexiconFile = dir.resolve(LEXICON_FILE);
        if (Files.exists(lexiconFile)) {
            FactFileJson.LexiconFile parsed = read(lexiconFile, shown + "/" + LEXICON_FILE, FactFileJson.LexiconFile.class, errors);
            if (parsed != null) {
                lexicon.addAll(new LexiconChecker(shown + "/" + LEXICON_FILE, errors).check(parsed));
            }
        }
        LanguageData language = null;
        Path languageFile = dir.resolve(LANGUAGE_FILE);
        if (!Files.exists(languageFile)) {
            errors.add(shown + "/" + LANGUAGE_FILE + ": is missing (the question words of every language)");
        } else {
            FactFileJson.LanguageFile parsed = read(languageFile, shown + "/" + LANGUAGE_FILE, FactFileJson.LanguageFile.class, errors);
            if (parsed != null) {
                language = new LanguageChecker(shown + "/" + LANGUAGE_FILE, errors).check(parsed);
            }
        }
        List<Path> factFiles = factFiles(dir, shown, errors);
        if (factFiles.isEmpty() && errors.isEmpty()) {
            errors.add(shown + ": no *" + FACTS_SUFFIX + " file");
        }
        List<Source> sources = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> factIds = new HashMap<>();
        Set<String> sourceIds = new HashSet<>();
        for (Path file : factFiles) {
            String name = shown + "/" + file.getFileName();
            FactFileJson.FactFile parsed = read(file, name, FactFileJson.FactFile.class, errors);
            if (parsed == null) {
                continue;
            }
            FactFileChecker checker = new FactFileChecker(dir, name, errors, factIds, sourceIds, draft);
            checker.check(parsed).ifPresent(result -> {
                sources.add(result.source());
                facts.addAll(result.facts());
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidFactBaseException(errors);
        }
        return new FactBase(sources, facts, lexicon, language);
    }

    /** Loads the fact base bundled in the jar (or in target/classes when run from the build). */
    public FactBase loadBundled() {
        URL marker = FactBaseLoader.class.getResource("/facts/" + LEXICON_FILE);
        if (marker == null) {
            throw new InvalidFactBaseException(List.of("facts: no bundled fact base on the class path"));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException notYetOpen) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return load(fs.getPath("/facts"));
            }
            return load(Paths.get(uri).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new InvalidFactBaseException(List.of("facts: cannot open the bundled fact base: " + e.getMessage()));
        }
    }

    private static List<Path> factFiles(Path dir, String shown, List<String> errors) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted().toList();
            for (Path p : all) {
                String name = p.getFileName().toString();
                // A facts file misnamed (x.json) or misplaced would otherwise be skipped without a word.
                if (!name.endsWith(FACTS_SUFFIX) && !name.equals(LEXICON_FILE) && !name.equals(LANGUAGE_FILE)
                        && !(name.equals("sources") && Files.isDirectory(p)) && !name.startsWith(".")) {
                    errors.add(shown + "/" + name + ": not a part of a fact base (facts files are named <source id>"
                            + FACTS_SUFFIX + "; articles go under sources/)");
                }
            }
            return all.stream().filter(p -> p.getFileName().toString().endsWith(FACTS_SUFFIX)).toList();
        } catch (IOException e) {
            errors.add(shown + ": cannot list: " + e.getMessage());
            return List.of();
        }
    }

    private <T> T read(Path file, String name, Class<T> type, List<String> errors) {
        String text = readUtf8(file, name, errors);
        if (text == null) {
            return null;
        }
        try {
            T value = json.readValue(text, type);
            if (value == null) {
                errors.add(name + ": is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            errors.add(name + ": unknown field \"" + e.getPropertyName() + "\" at " + path(e));
        } catch (JsonMappingException e) {
            errors.add(name + ": " + e.getOriginalMessage().lines().findFirst().orElse("bad value") + " at " + path(e));
        } catch (JsonProcessingException e) {
            errors.add(name + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        return null;
    }

    /** Reads a whole file as strict UTF-8, so a mis-encoded source is reported, not silently altered. */
    static String readUtf8(Path file, String name, List<String> errors) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(name + ": is not valid UTF-8");
        } catch (IOException e) {
            errors.add(name + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    /** A JSON path in the style {@code $.facts[3].value}. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            }
        }
        return sb.toString();
    }
}
