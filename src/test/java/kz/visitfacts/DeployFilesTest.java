package kz.visitfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.visitfacts.telegram.BotSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files in deploy/ hold together with the code and the launcher; what can run here checks them. */
class DeployFilesTest {
    private static final Path DEPLOY = Path.of("deploy");
    /** The settings whose example value in .env.example is not their default (they are off by default). */
    private static final Set<String> EXAMPLES_NOT_DEFAULTS = Set.of("TELEGRAM_HEALTH_PORT", "BOT_UNANSWERED_LOG",
            "TELEGRAM_WEBHOOK_URL", "TELEGRAM_WEBHOOK_LISTEN", "TELEGRAM_WEBHOOK_SECRET", "VISIT_FACTS_DIR", "JAVA_OPTS",
            "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "LOG_FORMAT");

    /** Every environment variable the code reads: the names its string literals give, and JAVA_OPTS for the launcher. */
    private static Set<String> settingsTheCodeReads() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern name = Pattern.compile("\"((?:TELEGRAM|BOT|LOG|VISIT)_[A-Z0-9_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = name.matcher(Files.readString(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertTrue(Files.readString(Path.of("bin/visit-facts-bot")).contains("${JAVA_OPTS:-}"));
        names.add("JAVA_OPTS");
        return names;
    }

    /** NAME → value of each setting in .env.example, commented out or not. */
    private static Map<String, String> example() throws IOException {
        Map<String, String> values = new HashMap<>();
        Pattern line = Pattern.compile("^(?:# )?([A-Z][A-Z0-9_]*)=(.*)$");
        for (String l : Files.readAllLines(DEPLOY.resolve(".env.example"))) {
            Matcher m = line.matcher(l);
            if (m.matches()) {
                assertTrue(values.put(m.group(1), m.group(2)) == null, "named twice: " + m.group(1));
            }
        }
        return values;
    }

    @Test
    void envExampleNamesEverySettingTheCodeReadsAndNoOther() throws IOException {
        assertEquals(settingsTheCodeReads(), new TreeSet<>(example().keySet()));
    }

    /** The settings the README's table names: each row's first column, `NAME` or `NAME`, `OTHER`. */
    private static Set<String> readmeSettings() throws IOException {
        Set<String> names = new TreeSet<>();
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("### Settings"), readme.indexOf("###", readme.indexOf("### Settings") + 3));
        Pattern name = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
        for (String row : table.lines().filter(l -> l.startsWith("| `")).toList()) {
            Matcher m = name.matcher(row.split("\\|")[1]);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void readmeSettingsTableNamesTheSameSettingsAsEnvExample() throws IOException {
        assertEquals(new TreeSet<>(example().keySet()), readmeSettings());
    }

    @Test
    void envExampleGivesEachSettingItsDefault() throws Exception {
        Map<String, String> defaults = new HashMap<>(example());
        defaults.keySet().removeAll(EXAMPLES_NOT_DEFAULTS);
        assertEquals(BotSettings.fromEnv(Map.of()), BotSettings.fromEnv(defaults), defaults.toString());
        assertEquals("", example().get("TELEGRAM_BOT_TOKEN"), "the example holds no token");
    }

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify(@TempDir Path root) throws Exception {
        String unit = Files.readString(DEPLOY.resolve("visit-facts-bot.service"));
        for (String line : List.of("StateDirectory=visit-facts-bot", "Environment=BOT_STATE_DIR=%S/visit-facts-bot", "Restart=on-failure",
                "SuccessExitStatus=143", "RestartPreventExitStatus=2", "EnvironmentFile=/etc/visit-facts-bot/env")) {
            assertTrue(unit.lines().anyMatch(line::equals), "the unit lacks " + line);
        }
        Matcher exec = Pattern.compile("(?m)^ExecStart=(/\\S+/bin/visit-facts-bot) run$").matcher(unit);
        assertTrue(exec.find(), "ExecStart is not the launcher with run");
        // A root of its own: the unit, the launcher where ExecStart looks, and the system's own units it depends on.
        Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.writeString(root.resolve("etc/systemd/system/visit-facts-bot.service"), unit);
        Path launcher = root.resolve(exec.group(1).substring(1));
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("bin/visit-facts-bot"), launcher);
        launcher.toFile().setExecutable(true);
        Path systemUnits = Stream.of(Path.of("/usr/lib/systemd/system"), Path.of("/lib/systemd/system")).filter(Files::isDirectory)
                .findFirst().orElseThrow(() -> new AssertionError("no systemd units here: apt-get install systemd (see docs/deploy.md)"));
        copyTree(systemUnits, root.resolve("usr/lib/systemd/system"));
        Process p;
        try {
            p = new ProcessBuilder("systemd-analyze", "--root=" + root, "verify", "/etc/systemd/system/visit-facts-bot.service")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("systemd-analyze is missing: apt-get install systemd (see docs/deploy.md)", e);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // It exits 0 after a mistyped key or value too, only warning: any word from it is a failure.
        assertEquals(0, p.exitValue(), said);
        assertEquals("", said.strip());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** The Dockerfile's instructions, one a line (continuations joined), comments left out. */
    private static List<String> dockerfile() throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String l : Files.readAllLines(DEPLOY.resolve("Dockerfile"))) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            current.append(l.endsWith("\\") ? l.substring(0, l.length() - 1) : l);
            if (!l.endsWith("\\")) {
                lines.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return lines;
    }

    @Test
    void theDockerfileCopiesPathsThatExistAndRunsTheLauncherOnTheJarAndArchiveItMakes() throws IOException {
        List<String> lines = dockerfile();
        List<PathMatcher> ignored = new ArrayList<>();
        List<PathMatcher> kept = new ArrayList<>();
        for (String l : Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                (l.startsWith("!") ? kept : ignored).add(FileSystems.getDefault().getPathMatcher("glob:" + l.replaceFirst("^!", "")));
            }
        }
        String launcherInImage = null;
        String jarInImage = null;
        for (String l : lines) {
            if (!l.startsWith("COPY ")) {
                continue;
            }
            String[] words = l.split(" ");
            String source = words[words.length - 2];
            String target = words[words.length - 1];
            if (l.startsWith("COPY --from=build ")) {
                // What Maven builds in the build stage (WORKDIR /src): the pom's finalName, as a jar in target/.
                assertEquals("/src/target/" + finalName() + ".jar", source, l);
                jarInImage = target;
                continue;
            }
            Path p = Path.of(source);
            assertTrue(Files.exists(p), "the Dockerfile copies " + source + ", which is not in the repository");
            List<Path> files;
            try (Stream<Path> all = Files.walk(p)) {
                files = all.filter(Files::isRegularFile).toList();
            }
            assertTrue(files.stream().anyMatch(f -> kept.stream().anyMatch(m -> m.matches(f))),
                    source + " is left out of the build context by Dockerfile.dockerignore");
            if (source.equals("bin/visit-facts-bot")) {
                launcherInImage = target;
            }
        }
        assertTrue(ignored.stream().anyMatch(m -> m.matches(Path.of("target"))), "the build context would carry target/");
        assertEquals("/app/bin/visit-facts-bot", launcherInImage);
        assertTrue(lines.contains("ENTRYPOINT [\"" + launcherInImage + "\"]"), "the image does not start the launcher");
        assertTrue(lines.contains("CMD [\"run\"]"));
        // The launcher runs $home/target/visit-facts-bot.jar with the archive beside it, $home being its folder's parent.
        String launcher = Files.readString(Path.of("bin/visit-facts-bot"));
        assertTrue(launcher.contains("jar=\"$home/target/" + finalName() + ".jar\""), launcher);
        assertTrue(launcher.contains("archive=\"$home/target/" + finalName() + ".jsa\""), launcher);
        String home = launcherInImage.replace("/bin/visit-facts-bot", "");
        String jar = home + "/target/" + finalName() + ".jar";
        String archive = home + "/target/" + finalName() + ".jsa";
        assertEquals(jar, jarInImage);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("RUN java -XX:ArchiveClassesAtExit=" + archive + " ")
                && l.contains("-jar " + jar + " cds-training")), "the image makes no class-data archive where the launcher looks");
        String runtime = lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b).orElseThrow();
        assertEquals("FROM eclipse-temurin:17-jre", runtime);
        assertTrue(lines.contains("USER bot") && lines.stream().anyMatch(l -> l.contains("useradd --system")), "runs as root");
        assertTrue(lines.contains("VOLUME /state") && lines.stream().anyMatch(l -> l.startsWith("ENV BOT_STATE_DIR=/state ")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/healthz")
                && l.contains("${TELEGRAM_HEALTH_PORT}")), "no health check on /healthz");
    }

    @Test
    void composeBuildsTheImageFromTheRepositoryWithTheEnvFileAndAStateVolume() throws IOException {
        String compose = Files.readString(DEPLOY.resolve("compose.yaml"));
        for (String line : List.of("      context: ..", "      dockerfile: deploy/Dockerfile", "    env_file: .env",
                "      - state:/state", "    restart: unless-stopped")) {
            assertTrue(compose.lines().anyMatch(line::equals), "compose.yaml lacks " + line.strip());
        }
    }

    private static String finalName() throws IOException {
        Matcher m = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(Files.readString(Path.of("pom.xml")));
        if (!m.find()) {
            fail("no finalName in pom.xml");
        }
        return m.group(1);
    }
}
