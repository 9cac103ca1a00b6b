package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers in folded text in any script and unit: 120亿美元, $12 billion, 12 млрд долларов,
 * 300万吨, 3 million tonnes, 40%, 三倍, three-fold, в три раза, 第二. Each becomes one value, so the
 * same figure written in different ways gives the same key.
 */
final class NumberReader {
    /** Tenge, roubles, euros and yuan as sources write them (read as kzt, rub, eur, cny). */
    private static final String OTHER_CURRENCIES = "тенге|теңге|tenge|kzt|坚戈|рубл\\p{L}*|roubles?|rubles?|卢布|евро|euros?|юан\\p{L}*|yuan|人民币";

    /** A multiplier after a number (44 млрд, five trillion). */
    private static final String MULTIPLIERS = "万亿|亿|万|千|thousand|million|billion|trillion|bn|mln"
            // Whole words before their shortenings: тыс must not take the start of тысяч, leaving the unit unread.
            + "|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*|тысяч\\p{L}*|млн\\.?|млрд\\.?|трлн\\.?|тыс\\.?|мың|мын";
    /** A unit after a number and its multiplier. */
    private static final String UNITS = "美元|美金|us dollars?|dollars?|usd|\\$|(?:(?:ақш|акш)\\s*)?долл\\p{L}*\\.?(?:\\s*сша)?"
            + "|吨|tonnes?|tons?|тонн\\p{L}*|%|percent|per cent|процент\\p{L}*|пайыз|倍|times|-?fold|раз[а]?|есе"
            // Other currencies, which a Kazakh or Russian source writes as often as dollars.
            + "|(?:" + OTHER_CURRENCIES + ")(?!\\p{L})";
    /** What may follow a number: a multiplier and a unit ("five trillion dollars"). */
    private static final Pattern TAIL = Pattern.compile("(?:\\s*(?:" + MULTIPLIERS + "))?(?:\\s*(?:" + UNITS + "))?");
    /** A multiplier, then maybe a unit, after a number written in words. */
    private static final Pattern SPELLED_TAIL = Pattern.compile(
            "\\s*(?<mult>" + MULTIPLIERS + ")(?![\\p{L}])(?:\\s*(?<unit>" + UNITS + "))?");

    private static final Pattern DIGITS = Pattern.compile(
            "(?<cur>us\\$|\\$)?\\s*"
                    + "(?<num>\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)"
                    + "(?:\\s*(?<mult>" + MULTIPLIERS + "))?"
                    + "(?:\\s*(?<unit>" + UNITS + "))?"
                    // A Chinese counter says what is counted: 30多家 (firms) is not 30余份 (documents).
                    + "(?:(?:余|多)?(?<counter>家|份|名|位|项|条|届|国))?");

    private static final Pattern HAN_NUMERAL = Pattern.compile(
            "第(?<ord>[一二两三四五六七八九十百千]+)"
                    // A numeral with 万 or 亿 in it is a number on its own (二百七十亿美元, 五万亿).
                    + "|(?<![哪这那每几某同唯统上])(?<big>[零〇一二两三四五六七八九十百千]+[万亿][零〇一二两三四五六七八九十百千万亿]*)"
                    + "|(?<![哪这那每几某同唯统])(?<num>[零〇一二两三四五六七八九十百千万亿]+)"
                    + "(?=倍|个|位|份|家|名|条|项|国|届|周年|年|座|所|种|人|成|美元|美金|吨)");

    private static final String COUNTERS = "家份名位项条届国";

    /** Words that make a spelled number a multiple (fivefold, пятикратно, twice). */
    private static final Map<String, Integer> MULTIPLE_WORDS = Map.of("twice", 2, "fivefold", 5, "пятикратно", 5,
            "пятикратный", 5, "пятикратное", 5);

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)(?:[- ](\\p{L}+))?(?:-fold)?(?![\\p{L}\\d])");

    /** Years said relative to the source's date: 去年, last year, в прошлом году, былтыр. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?<minus2>前年)|(?<minus1>去年|last year|прошл\\p{L}* год\\p{L}*|былтыр|(?:өткен|откен) жыл\\p{L}*)"
                    + "|(?<zero>今年|this year|этом году|текущем году|текущий год|биыл)"
                    + "|(?<plus1>明年|next year|следующ\\p{L}* год\\p{L}*|будущ\\p{L}* год\\p{L}*|(?:келесі|келеси) жыл\\p{L}*)|(?<plus2>后年)");

    private NumberReader() {
    }

    /** The years that relative words name, counted from {@code referenceYear}; spelled out, so never required. */
    static List<Quantity> relativeYears(String text, int referenceYear) {
        List<Quantity> found = new ArrayList<>();
        if (!mayNameAYear(text)) {
            return found;
        }
        Matcher m = RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            int offset = m.group("minus2") != null ? -2 : m.group("minus1") != null ? -1 : m.group("zero") != null ? 0
                    : m.group("plus1") != null ? 1 : 2;
            found.add(new Quantity(BigDecimal.valueOf(referenceYear + offset), null, m.start(), m.end(), false));
        }
        return found;
    }

    /**
     * Whether a word every relative year holds is in the text (年, year, год, жыл, былтыр, биыл): most questions name
     * none, and trying the pattern at every character was a tenth of reading a question.
     */
    private static boolean mayNameAYear(String text) {
        return text.indexOf('年') >= 0 || text.contains("year") || text.contains("год") || text.contains("жыл")
                || text.contains("былтыр") || text.contains("биыл");
    }

    /** A digit (DIGITS's \d is ASCII) or a Chinese numeral: without one, that pattern of numbers need not run. */
    private static final String DIGIT_CHARACTERS = "0123456789";
    private static final String HAN_NUMERAL_CHARACTERS = "零〇一二两三四五六七八九十百千万亿";

    /** Where the multiplier and unit after a number that ends at {@code from} end ({@code from} itself: none). */
    static int tailEnd(String text, int from) {
        Matcher m = TAIL.matcher(text);
        return m.region(from, text.length()).lookingAt() ? m.end() : from;
    }

    /**
     * Whether a word is a multiplier or unit a figure is written with (млн, bn, тонн, долл): never a typo of another word,
     * which would take the figure apart ("10 млн тонн" read as "10 мен тонн", ten tonnes).
     */
    static boolean partOfAFigure(String word) {
        return FIGURE_WORD.matcher(word).matches();
    }

    private static final Pattern FIGURE_WORD = Pattern.compile("(?:" + MULTIPLIERS + ")|(?:" + UNITS + ")");

    /** The unit a word names on its own (美元, dollars, тонн, процентов), or null. */
    static String unitWord(String word) {
        // Every word of a question is looked at: most begin with no unit's first letter and need no pattern.
        if (word.isEmpty() || UNIT_WORD_FIRST_LETTERS != null && UNIT_WORD_FIRST_LETTERS.indexOf(word.charAt(0)) < 0) {
            return null;
        }
        Matcher m = UNIT_WORD.matcher(word);
        return m.matches() ? unit(word, null) : null;
    }

    private static final String UNIT_WORDS =
            "美元|美金|dollars?|usd|доллар\\p{L}*|долл|吨|tonnes?|tons?|тонн\\p{L}*|percent|процент\\p{L}*|пайыз\\p{L}*|" + OTHER_CURRENCIES;
    private static final Pattern UNIT_WORD = Pattern.compile(UNIT_WORDS);
    /** The first letter of each unit word; null (no gate) should an alternative ever begin with a pattern, not a letter. */
    private static final String UNIT_WORD_FIRST_LETTERS = firstLetters(UNIT_WORDS);

    private static String firstLetters(String alternatives) {
        List<String> all = List.of(alternatives.split("\\|"));
        if (all.stream().anyMatch(a -> a.isEmpty() || !Character.isLetter(a.charAt(0)))) {
            return null;
        }
        return all.stream().map(a -> a.substring(0, 1)).distinct().collect(java.util.stream.Collectors.joining());
    }

    /** Every number in the text, in order, spelled-out ones included; spans never overlap. */
    static List<Quantity> read(String text) {
        return read(text, true);
    }

    /** Every number in the text, in order; spans never overlap; {@code spelled}: also numbers written in words. */
    static List<Quantity> read(String text, boolean spelled) {
        // A question's text is read for numbers by its terms, then for the figures it states and its claims.
        LastRead last = LAST_READ.get();
        if (last != null && last.spelled() == spelled && last.text().equals(text)) {
            return last.found();
        }
        List<Quantity> found = readNow(text, spelled);
        LAST_READ.set(new LastRead(text, spelled, found));
        return found;
    }

    /** The last text read for numbers on this thread, and what was found. */
    private record LastRead(String text, boolean spelled, List<Quantity> found) {
    }

    private static final ThreadLocal<LastRead> LAST_READ = new ThreadLocal<>();

    private static List<Quantity> readNow(String text, boolean spelled) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        boolean anyDigit = TextNormalizer.holdsAnyOf(text, DIGIT_CHARACTERS);
        while (anyDigit && m.find()) {
            BigDecimal value = parseDigits(m.group("num"));
            String mult = m.group("mult");
            if (mult != null) {
                value = value.multiply(multiplier(mult));
            }
            String unit = m.group("counter") != null && m.group("unit") == null ? m.group("counter") : unit(m.group("unit"), m.group("cur"));
            found.add(new Quantity(value, unit, m.start("num") - (m.group("cur") == null ? 0 : m.group("cur").length()),
                    m.end(), true));
        }
        Matcher h = HAN_NUMERAL.matcher(text);
        boolean numerals = TextNormalizer.holdsAnyOf(text, HAN_NUMERAL_CHARACTERS);
        while (numerals && h.find()) {
            String digits = h.group("ord") != null ? h.group("ord") : h.group("big") != null ? h.group("big") : h.group("num");
            long v = hanValue(digits);
            if (v > 0 && !overlaps(found, h.start(), h.end())) {
                char next = h.end() < text.length() ? text.charAt(h.end()) : ' ';
                // As after digits, a counter says what is counted: 三位 (people), 四个 (things).
                String unit = h.group("ord") != null ? null : hanUnit(text.substring(h.end()));
                // A Chinese numeral of a hundred or more (二百七十亿) is an amount written out, as exact as digits; a small
                // one (三位, 两倍) may as well be a word.
                found.add(new Quantity(BigDecimal.valueOf(v), unit, h.start(), h.end(), v >= 100));
            }
        }
        if (spelled) {
            spelledNumbers(text, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return java.util.Collections.unmodifiableList(found);
    }

    /** Numbers in words: seventy, семьдесят два (70 + 2), forty-four, fivefold, жетпіс, second. */
    private static void spelledNumbers(String text, List<Quantity> found) {
        Matcher w = WORD.matcher(text);
        int from = 0;
        while (w.find(from)) {
            from = w.end(1);
            String first = w.group(1);
            Integer v = SpelledNumbers.value(first);
            Integer multiple = MULTIPLE_WORDS.get(first);
            if (v == null && multiple == null && first.endsWith("fold") && first.length() > 4) {
                // Threefold, tenfold: a number word and "fold" in one word.
                multiple = SpelledNumbers.value(first.substring(0, first.length() - 4));
            }
            if (v == null && multiple == null) {
                continue;
            }
            int end = w.end(1);
            int value = v != null ? v : multiple;
            // Tens then units: сорок четыре, forty-four, қырық төрт.
            Integer next = w.group(2) == null ? null : SpelledNumbers.value(w.group(2));
            if (v != null && next != null && v >= 20 && v < 100 && v % 10 == 0 && next < 10) {
                value += next;
                end = w.end(2);
            }
            if (overlaps(found, w.start(), end)) {
                continue;
            }
            String rest = text.substring(end);
            boolean fold = multiple != null || rest.startsWith("-fold") || rest.startsWith(" times") || rest.startsWith(" раз")
                    || rest.startsWith(" есе");
            BigDecimal amount = BigDecimal.valueOf(value);
            String unit = fold ? "times" : null;
            // A multiplier and a unit after the words are read as after digits: "five trillion dollars", сорок четыре млрд.
            Matcher tail = SPELLED_TAIL.matcher(text).region(end, text.length());
            if (!fold && v != null && tail.lookingAt() && tail.group("mult") != null) {
                amount = amount.multiply(multiplier(tail.group("mult")));
                unit = tail.group("unit") == null ? null : unit(tail.group("unit"), null);
                end = tail.end();
            }
            found.add(new Quantity(amount, unit, w.start(), end, false));
            from = end;
        }
    }

    /** What follows a Chinese numeral says its unit or counted thing: 三倍, 三位, 二百七十亿美元, 一千万吨. */
    private static String hanUnit(String rest) {
        if (rest.startsWith("美元") || rest.startsWith("美金")) {
            return "usd";
        }
        if (rest.startsWith("吨")) {
            return "tonne";
        }
        char next = rest.isEmpty() ? ' ' : rest.charAt(0);
        return next == '倍' ? "times" : COUNTERS.indexOf(next) >= 0 ? String.valueOf(next) : null;
    }

    private static boolean overlaps(List<Quantity> found, int start, int end) {
        for (Quantity q : found) {
            if (start < q.end() && q.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal parseDigits(String num) {
        String s = num.replace(" ", "");
        // A comma before exactly three digits groups thousands (6,000); otherwise it is a decimal comma (4,4).
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        } else {
            s = s.replace(',', '.');
        }
        return new BigDecimal(s);
    }

    private static BigDecimal multiplier(String mult) {
        String m = mult.replace(".", "");
        if (m.equals("万亿") || m.startsWith("трлн") || m.startsWith("триллион") || m.equals("trillion")) {
            return BigDecimal.TEN.pow(12);
        }
        if (m.equals("亿")) {
            return BigDecimal.TEN.pow(8);
        }
        if (m.equals("万")) {
            return BigDecimal.TEN.pow(4);
        }
        if (m.equals("billion") || m.equals("bn") || m.startsWith("млрд") || m.startsWith("миллиард")) {
            return BigDecimal.TEN.pow(9);
        }
        if (m.equals("million") || m.equals("mln") || m.startsWith("млн") || m.startsWith("миллион")) {
            return BigDecimal.TEN.pow(6);
        }
        return BigDecimal.TEN.pow(3);
    }

    private static String unit(String unit, String currency) {
        if (currency != null) {
            return "usd";
        }
        if (unit == null) {
            return null;
        }
        if (unit.equals("美元") || unit.equals("美金") || unit.contains("dollar") || unit.equals("usd") || unit.equals("$")
                || unit.contains("долл")) {
            return "usd";
        }
        if (unit.equals("吨") || unit.startsWith("ton") || unit.startsWith("тонн")) {
            return "tonne";
        }
        if (unit.equals("%") || unit.startsWith("per") || unit.startsWith("процент") || unit.startsWith("пайыз")) {
            return "percent";
        }
        if (unit.equals("тенге") || unit.equals("теңге") || unit.equals("tenge") || unit.equals("kzt") || unit.equals("坚戈")) {
            return "kzt";
        }
        if (unit.startsWith("рубл") || unit.startsWith("roubl") || unit.startsWith("rubl") || unit.equals("卢布")) {
            return "rub";
        }
        if (unit.equals("евро") || unit.startsWith("euro")) {
            return "eur";
        }
        if (unit.startsWith("юан") || unit.equals("yuan") || unit.equals("人民币")) {
            return "cny";
        }
        return "times";
    }

    /** The value of a Chinese numeral such as 五, 十, 三十, 二十五, 一百, 两千; 0 when it is not one. */
    static long hanValue(String s) {
        // Chinese counts in groups of ten thousand: 亿 closes everything before it, 万 only what follows the last 亿
        // (一亿五千万 is 1亿 and 5000万, not (1亿 + 5000) × 1万).
        long hundredMillions = 0;
        long tenThousands = 0;
        long section = 0;
        long digit = 0;
        for (char c : s.toCharArray()) {
            if ("零〇一二两三四五六七八九".indexOf(c) >= 0) {
                digit = switch (c) {
                    case '零', '〇' -> 0;
                    case '一' -> 1;
                    case '二', '两' -> 2;
                    case '三' -> 3;
                    case '四' -> 4;
                    case '五' -> 5;
                    case '六' -> 6;
                    case '七' -> 7;
                    case '八' -> 8;
                    default -> 9;
                };
            } else if (c == '亿') {
                hundredMillions = (hundredMillions + tenThousands + section + digit) * 100_000_000;
                tenThousands = 0;
                section = 0;
                digit = 0;
            } else if (c == '万') {
                tenThousands = (tenThousands + section + digit) * 10_000;
                section = 0;
                digit = 0;
            } else {
                long unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    default -> -1;
                };
                if (unit < 0) {
                    return 0;
                }
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return hundredMillions + tenThousands + section + digit;
    }
}
