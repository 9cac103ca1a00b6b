package kz.visitfacts.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.visitfacts.TestFacts;
import kz.visitfacts.answer.AnswerEngine;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Prints the heap that conversations hold: 100,000 distinct chats each ask a question of the eval files (numbered,
 * so no two contexts are alike) and get an answer, through a store with the bot's default cap or {@code CAP}. Run with
 * the bot's JVM flags, from the project folder: {@code java -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
 * -cp target/classes:target/test-classes:CLASSPATH kz.visitfacts.telegram.ConversationsBench [CHATS [CAP]]}.
 */
public final class ConversationsBench {
    private ConversationsBench() {
    }

    public static void main(String[] args) throws IOException {
        int chats = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        AnswerEngine engine = TestFacts.engine();
        List<String> questions = questions();
        engine.ask(questions.get(0));
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : BotSettings.defaults().contextMax();
        for (int max : new int[] {cap}) {
            long before = heap();
            Conversations c = new Conversations(Duration.ofMinutes(10), max, System::nanoTime);
            long t0 = System.nanoTime();
            for (int i = 0; i < chats; i++) {
                String q = questions.get(i % questions.size()) + " " + i;
                c.turn(new Conversations.Who(i, i), Optional.empty(), Optional.of(1),
                        context -> engine.ask(q, Optional.empty(), Optional.empty(), 4, context));
                c.sent(SendMessage.builder().chatId((long) i).text("a").replyParameters(ReplyParameters.builder().messageId(1).build()).build(),
                        message(2));
            }
            long seconds = System.nanoTime() - t0;
            long held = heap() - before;
            System.out.printf("cap %,d: %,d chats in %.1f s; %,d conversations and %,d answers held, %.1f MB of heap"
                    + " (%.0f bytes a conversation with its answer); heap in use %.1f MB of %.0f MB%n",
                    max, chats, seconds / 1e9, c.size(), c.answersHeld(), held / 1e6, held / (double) c.size(),
                    heap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            if (c.size() > max) {
                throw new AssertionError("over the cap");
            }
            // The store's own cost, matching aside: a turn that leaves a context made beforehand.
            AnswerEngine.Turn made = engine.ask(questions.get(0), Optional.empty(), Optional.empty(), 4, null);
            int turns = 1_000_000;
            long t1 = System.nanoTime();
            for (int i = 0; i < turns; i++) {
                c.turn(new Conversations.Who(i % (2 * max), 1), Optional.empty(), Optional.of(i), context -> made);
            }
            System.out.printf("the store alone: %.2f µs a turn over %,d turns of %,d chats%n",
                    (System.nanoTime() - t1) / 1e3 / turns, turns, 2 * max);
        }
    }

    private static Message message(int id) {
        Message m = new Message();
        m.setMessageId(id);
        return m;
    }

    private static List<String> questions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String file : new String[] {"dev-questions.jsonl", "dev-questions-2.jsonl", "dev-questions-3.jsonl"}) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", file))) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).path("q").asText());
                }
            }
        }
        return out;
    }

    private static long heap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
