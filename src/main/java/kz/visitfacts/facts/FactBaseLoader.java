package kz.visitfacts.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * Reads a fact base folder: {@code lexicon.json}, {@code language.json}, every {@code *.facts.json} and the
 * source texts they name. A new source is a new text file and a new facts file; no code changes. Strict with
 * our own data: JSON within Jackson's read constraints (nesting, number and string length, document size),
 * no duplicate keys, no file over {@link FactFolder#MAX_FILE}, and nothing in the folder but regular files
 * and the {@code sources/} folder.
 */
public final class FactBaseLoader {
    static final String LEXICON_FILE = "lexicon.json";
    static final String FACTS_SUFFIX = ".facts.json";
    /** What a draft (the {@code draft} command) writes where only a curator can: {@code validate --draft} accepts it. */
    public static final String UNWRITTEN = "TODO";
    static final String LANGUAGE_FILE = "language.json";

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(64)
                    .maxStringLength(1 << 20)
                    .maxDocumentLength(FactFolder.MAX_FILE)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
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
        return load(new DiskFolder(dir), draft);
    }

    private FactBase load(FactFolder folder, boolean draft) {
        DigestingFolder dir = new DigestingFolder(folder);
        String shown = dir.name();
        List<String> errors = new ArrayList<>();
        if (!dir.exists()) {
            throw new InvalidFactBaseException(List.of(shown + ": is not a folder"));
        }
        List<FactFolder.Item> items;
        try {
            items = dir.list();
        } catch (IOException e) {
            throw new InvalidFactBaseException(List.of(shown + ": cannot list: " + e.getMessage()));
        }
        List<LexiconTerm> lexicon = new ArrayList<>();
        if (items.stream().noneMatch(i -> i.name().equals(LEXICON_FILE) && i.kind() == FactFolder.Kind.FILE)) {
            errors.add(shown + "/" + LEXICON_FILE + ": is missing (the terms every language names the same thing by)");
        } else {
            FactFileJson.LexiconFile parsedLexicon = read(dir, LEXICON_FILE, shown + "/" + LEXICON_FILE, FactFileJson.LexiconFile.class, errors);
            if (parsedLexicon != null) {
                lexicon.addAll(new LexiconChecker(shown + "/" + LEXICON_FILE, errors).check(parsedLexicon));
            }
        }
        LanguageData language = null;
        if (items.stream().noneMatch(i -> i.name().equals(LANGUAGE_FILE) && i.kind() == FactFolder.Kind.FILE)) {
            errors.add(shown + "/" + LANGUAGE_FILE + ": is missing (the question words of every language)");
        } else {
            FactFileJson.LanguageFile parsed = read(dir, LANGUAGE_FILE, shown + "/" + LANGUAGE_FILE, FactFileJson.LanguageFile.class, errors);
            if (parsed != null) {
                language = new LanguageChecker(shown + "/" + LANGUAGE_FILE, errors).check(parsed);
            }
        }
        List<String> factFiles = factFiles(items, shown, errors);
        if (factFiles.isEmpty() && errors.isEmpty()) {
            errors.add(shown + ": no *" + FACTS_SUFFIX + " file");
        }
        List<Source> sources = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Map<String, String> factIds = new HashMap<>();
        Set<String> sourceIds = new HashSet<>();
        for (String file : factFiles) {
            String name = shown + "/" + file;
            FactFileJson.FactFile parsed = read(dir, file, name, FactFileJson.FactFile.class, errors);
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
        return new FactBase(sources, facts, lexicon, language, dir.fingerprint());
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
                // jar:file:/…/visit-facts-bot.jar!/facts/lexicon.json
                String ssp = uri.getRawSchemeSpecificPart();
                return loadFromJar(Path.of(new URI(ssp.substring(0, ssp.indexOf("!/")))));
            }
            return load(Paths.get(uri).getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidFactBaseException(List.of("facts: cannot open the bundled fact base: " + e.getMessage()));
        }
    }

    /** Loads the fact base kept in the folder {@code facts/} of a jar. */
    public FactBase loadFromJar(Path jarFile) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return load(new JarFolder(jar, "facts"), false);
        } catch (IOException e) {
            throw new InvalidFactBaseException(List.of("facts: cannot open the bundled fact base: " + e.getMessage()));
        }
    }

    private static List<String> factFiles(List<FactFolder.Item> items, String shown, List<String> errors) {
        for (FactFolder.Item item : items) {
            String name = item.name();
            if (item.kind() == FactFolder.Kind.OTHER) {
                // A link may lead out of the folder or round in a loop; a pipe never ends.
                errors.add(shown + "/" + name + ": is not a regular file (a symbolic link, a pipe or a device): a fact base holds"
                        + " only files, and its articles under sources/");
                continue;
            }
            if (item.folder() && !name.equals("sources")) {
                errors.add(shown + "/" + name + ": is a folder: a fact base holds only files, and its articles under sources/");
                continue;
            }
            // A facts file misnamed (x.json) or misplaced would otherwise be skipped without a word.
            if (!name.endsWith(FACTS_SUFFIX) && !name.equals(LEXICON_FILE) && !name.equals(LANGUAGE_FILE)
                    && !(name.equals("sources") && item.folder()) && !name.startsWith(".")) {
                errors.add(shown + "/" + name + ": not a part of a fact base (facts files are named <source id>"
                        + FACTS_SUFFIX + "; articles go under sources/)");
            }
        }
        return items.stream().filter(i -> i.name().endsWith(FACTS_SUFFIX) && i.kind() == FactFolder.Kind.FILE)
                .map(FactFolder.Item::name).toList();
    }

    /** A file of the fact base read and mapped; null, with the reason in {@code errors}, when it cannot be. */
    private <T> T read(FactFolder dir, String file, String name, Class<T> type, List<String> errors) {
        String text = readUtf8(dir, file, name, errors);
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
            if (e.getCause() instanceof StreamConstraintsException c) {
                errors.add(beyondLimits(name, c));
            } else {
                errors.add(name + ": " + e.getOriginalMessage().lines().findFirst().orElse("bad value") + " at " + path(e));
            }
        } catch (StreamConstraintsException e) {
            errors.add(beyondLimits(name, e));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String what = e.getOriginalMessage().startsWith("Duplicate field") ? e.getOriginalMessage().lines().findFirst().orElse("")
                    .toLowerCase(java.util.Locale.ROOT) : "not valid JSON";
            errors.add(name + ": " + what + where);
        }
        return null;
    }

    /**
     * Reads a whole file as strict UTF-8, so a mis-encoded source is reported, not silently altered; null, with the
     * reason in {@code errors}, when it cannot be read. A missing file is the caller's to report: only it knows why
     * the file should be there.
     */
    static String readUtf8(FactFolder dir, String file, String name, List<String> errors) {
        try {
            Optional<byte[]> bytes = dir.read(file);
            if (bytes.isEmpty()) {
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.get())).toString();
        } catch (CharacterCodingException e) {
            errors.add(name + ": is not valid UTF-8");
        } catch (FactFolder.TooLarge e) {
            errors.add(name + ": " + e.getMessage());
        } catch (java.nio.file.FileSystemException e) {
            // Its message starts with the absolute path; the reason alone says what is wrong.
            errors.add(name + ": cannot read (" + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + ")");
        } catch (IOException e) {
            errors.add(name + ": cannot read (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ")");
        }
        return null;
    }

    private static String beyondLimits(String name, StreamConstraintsException e) {
        // Jackson names the setting to raise; a curator can only shorten the file.
        return name + ": beyond the limits of a fact base file: " + e.getOriginalMessage().lines().findFirst().orElse("")
                .replaceAll(",? ?\\(?from `StreamReadConstraints.*", "").replaceAll("\\($", "").strip();
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
