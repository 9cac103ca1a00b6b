package kz.visitfacts.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers in folded text in any script and unit: 440亿美元, $44 billion, 44 млрд долларов,
 * 1000万吨, 10 million tonnes, 85%, 五倍, five-fold, в пять раз, 第二. Each becomes one value, so the
 * same figure written in different ways gives the same key.
 */
final class NumberReader {
    private static final Pattern DIGITS = Pattern.compile(
            "(?<cur>us\\$|\\$)?\\s*"
                    + "(?<num>\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)"
                    + "(?:\\s*(?<mult>万亿|亿|万|千|thousand|million|billion|trillion|bn|mln"
                    + "|млн\\.?|млрд\\.?|трлн\\.?|тыс\\.?|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*|тысяч\\p{L}*|мың))?"
                    + "(?:\\s*(?<unit>美元|美金|us dollars?|dollars?|usd|\\$|(?:ақш\\s*)?долл\\p{L}*\\.?(?:\\s*сша)?"
                    + "|吨|tonnes?|tons?|тонн\\p{L}*|%|percent|per cent|процент\\p{L}*|пайыз|倍|times|-?fold|раз[а]?|есе))?"
                    // A Chinese counter says what is counted: 70多家 (firms) is not 70余份 (documents).
                    + "(?:(?:余|多)?(?<counter>家|份|名|位|项|条|届|国))?");

    private static final Pattern HAN_NUMERAL = Pattern.compile(
            "第(?<ord>[一二两三四五六七八九十百千]+)"
                    + "|(?<![哪这那每几某同唯统])(?<num>[零〇一二两三四五六七八九十百千万亿]+)"
                    + "(?=倍|个|位|份|家|名|条|项|国|届|周年|年|座|所|种|人|成)");

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("eighty", 80),
            Map.entry("twice", 2), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("fivefold", 5),
            Map.entry("два", 2), Map.entry("две", 2), Map.entry("двух", 2), Map.entry("три", 3), Map.entry("трех", 3),
            Map.entry("трёх", 3), Map.entry("четыре", 4), Map.entry("четырех", 4), Map.entry("четырёх", 4),
            Map.entry("пять", 5), Map.entry("пяти", 5), Map.entry("шесть", 6), Map.entry("десять", 10),
            Map.entry("десяти", 10), Map.entry("двадцать", 20), Map.entry("тридцать", 30), Map.entry("тридцати", 30),
            Map.entry("второй", 2), Map.entry("вторая", 2), Map.entry("второе", 2), Map.entry("третий", 3),
            Map.entry("третья", 3), Map.entry("третье", 3), Map.entry("пятикратно", 5), Map.entry("пятикратный", 5),
            Map.entry("екі", 2), Map.entry("үш", 3), Map.entry("төрт", 4), Map.entry("бес", 5), Map.entry("он", 10),
            Map.entry("жиырма", 20), Map.entry("отыз", 30), Map.entry("екінші", 2), Map.entry("үшінші", 3));

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)(?:-fold)?(?![\\p{L}\\d])");

    /** Years said relative to the source's date: 去年, last year, в прошлом году, былтыр. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?<minus2>前年)|(?<minus1>去年|last year|прошл\\p{L}* год\\p{L}*|былтыр|өткен жыл\\p{L}*)"
                    + "|(?<zero>今年|this year|этом году|текущем году|текущий год|биыл)"
                    + "|(?<plus1>明年|next year|следующ\\p{L}* год\\p{L}*|будущ\\p{L}* год\\p{L}*|келесі жыл\\p{L}*)|(?<plus2>后年)");

    private NumberReader() {
    }

    /** The years that relative words name, counted from {@code referenceYear}; spelled out, so never required. */
    static List<Quantity> relativeYears(String text, int referenceYear) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            int offset = m.group("minus2") != null ? -2 : m.group("minus1") != null ? -1 : m.group("zero") != null ? 0
                    : m.group("plus1") != null ? 1 : 2;
            found.add(new Quantity(BigDecimal.valueOf(referenceYear + offset), null, m.start(), m.end(), false));
        }
        return found;
    }

    /** The unit a word names on its own (美元, dollars, тонн, процентов), or null. */
    static String unitWord(String word) {
        Matcher m = UNIT_WORD.matcher(word);
        return m.matches() ? unit(word, null) : null;
    }

    private static final Pattern UNIT_WORD = Pattern.compile(
            "美元|美金|dollars?|usd|доллар\\p{L}*|долл|吨|tonnes?|tons?|тонн\\p{L}*|percent|процент\\p{L}*|пайыз\\p{L}*");

    /** Every number in the text, in order; spans never overlap. */
    static List<Quantity> read(String text) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
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
        while (h.find()) {
            String digits = h.group("ord") != null ? h.group("ord") : h.group("num");
            long v = hanValue(digits);
            if (v > 0 && !overlaps(found, h.start(), h.end())) {
                String unit = h.group("num") != null && h.end() < text.length() && text.charAt(h.end()) == '倍' ? "times" : null;
                found.add(new Quantity(BigDecimal.valueOf(v), unit, h.start(), h.end(), false));
            }
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            Integer v = WORDS.get(w.group(1));
            if (v != null && !overlaps(found, w.start(), w.end())) {
                boolean fold = w.group().endsWith("fold") || w.group(1).startsWith("пятикрат") || w.group(1).equals("twice");
                found.add(new Quantity(BigDecimal.valueOf(v), fold ? "times" : null, w.start(), w.end(), false));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
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
        if (unit.equals("%") || unit.startsWith("per") || unit.startsWith("процент") || unit.equals("пайыз")) {
            return "percent";
        }
        return "times";
    }

    /** The value of a Chinese numeral such as 五, 十, 三十, 二十五, 一百, 两千; 0 when it is not one. */
    static long hanValue(String s) {
        long total = 0;
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
            } else {
                long unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    case '万' -> 10_000;
                    case '亿' -> 100_000_000;
                    default -> -1;
                };
                if (unit < 0) {
                    return 0;
                }
                if (unit >= 10_000) {
                    total = (total + section + digit) * unit;
                    section = 0;
                } else {
                    section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
                }
                digit = 0;
            }
        }
        return total + section + digit;
    }
}
