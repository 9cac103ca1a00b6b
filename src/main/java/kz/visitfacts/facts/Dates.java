package kz.visitfacts.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates an article's dateline may give: 2025-09-05, 5 September 2025, September 5, 2025, 2019年9月5日,
 * 5 сентября 2025, 2025 жылғы 5 қыркүйек.
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern KAZAKH = Pattern.compile("(\\d{4})\\s+жылғы\\s+(\\d{1,2})\\s+(\\p{L}+)");

    private Dates() {
    }

    /** A date written YYYY-MM-DD, or null. */
    public static LocalDate parseIso(String s) {
        Matcher m = ISO.matcher(s == null ? "" : s.strip());
        return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The first date written in the text in any of the forms above, or null. */
    public static LocalDate find(String text) {
        List<LocalDate> all = all(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every date written in the text, in the order the forms are tried. */
    public static List<LocalDate> all(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, of(m.group(1), m.group(2), m.group(3)));
        }
        m = CHINESE.matcher(text);
        while (m.find()) {
            add(out, of(m.group(1), m.group(2), m.group(3)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(out, month(m.group(2)) == null ? null : of(m.group(3), month(m.group(2)).toString(), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(out, month(m.group(1)) == null ? null : of(m.group(3), month(m.group(1)).toString(), m.group(2)));
        }
        m = KAZAKH.matcher(text);
        while (m.find()) {
            add(out, month(m.group(3)) == null ? null : of(m.group(1), month(m.group(3)).toString(), m.group(2)));
        }
        return out;
    }

    private static void add(List<LocalDate> out, LocalDate d) {
        if (d != null) {
            out.add(d);
        }
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
            if (w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Month names by their unambiguous beginnings, in English, Russian (every case) and Kazakh. */
    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        String[][] names = {
            {"january", "jan", "январ", "қаңтар"}, {"february", "feb", "феврал", "ақпан"}, {"march", "mar", "март", "наурыз"},
            {"april", "apr", "апрел", "сәуір"}, {"may", "ма", "мамыр"}, {"june", "jun", "июн", "маусым"},
            {"july", "jul", "июл", "шілде"}, {"august", "aug", "август", "тамыз"}, {"september", "sep", "сентябр", "қыркүйек"},
            {"october", "oct", "октябр", "қазан"}, {"november", "nov", "ноябр", "қараша"}, {"december", "dec", "декабр", "желтоқсан"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}
