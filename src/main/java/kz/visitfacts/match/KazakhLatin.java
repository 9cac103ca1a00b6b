package kz.visitfacts.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kazakh's Latin spellings read as Cyrillic, and Cyrillic written in the Latin alphabet of 2021, from letter tables.
 * Written here because no maintained library has the 2021 alphabet: ICU4J (76, 77) and CLDR transliterate Kazakh
 * only by BGN/PCGN (Kazakh-Latin/BGN, Cyrillic to Latin, no way back), and the 2021 converters that exist are PHP
 * and Python, Cyrillic to Latin only.
 */
public final class KazakhLatin {
    /** The ways Kazakh is written in Latin letters: they differ in which letter is і and which is и or й. */
    enum Spelling {
        /** The official alphabet of 2021: ä ğ ı (і) i (и, й) ñ ö ū ü ş ç, ia and iu for я and ю. */
        OFFICIAL_2021,
        /** The alphabet of 2018: á ǵ ń ó ú ý, ı or í for и and й, i for і, u for ұ, sh and ch. */
        ACUTE_2018,
        /** The alphabet of 2017: a' g' n' o' u' s' c' i' y', i for і, u for ұ; y after a vowel may be й, ya я, as typed plainly. */
        APOSTROPHE_2017,
        /** Plain ASCII as typed on any keyboard: sh ch zh, k for к and қ, i for і, и and й, y for ы and й. */
        PLAIN
    }

    /**
     * Latin sequences and their Cyrillic readings, the usual reading first: the same in every spelling. The
     * digraphs are read before their letters, and each keeps its other reading (ts: тс as in "отсыз", or ц).
     */
    private static final String[] COMMON = {
        "sh=ш/сх", "ch=ч/цх", "zh=ж/зх", "kh=х/кх", "gh=ғ/гх", "ts=тс/ц", "ng=нг/ң",
        "a=а", "b=б", "c=ц/ч/к", "d=д", "e=е", "f=ф", "g=г", "h=х", "j=ж", "k=к", "l=л", "m=м", "n=н", "o=о",
        "p=п", "q=қ", "r=р", "s=с", "t=т", "u=у", "v=в", "w=у", "x=х/кс", "y=ы", "z=з",
        // A letter of one alphabet that no other alphabet reads otherwise: 2021 and 2018 both stand in a message.
        "ä=ә", "á=ә", "ğ=ғ", "ǵ=ғ", "ñ=ң", "ń=ң", "ö=ө", "ó=ө", "ū=ұ", "ü=ү", "ú=ү", "ý=у", "ş=ш", "ç=ч", "í=и/й",
    };

    private static final Map<Spelling, String[]> OWN = Map.of(
            Spelling.OFFICIAL_2021, new String[] {"ı=і", "i=и/й", "ia=я/ия/иа", "iu=ю/ию/иу", "io=ё/ио"},
            // 2017 and 2018 write й with an apostrophe or without a dot, which is often left off: their i may be й.
            Spelling.ACUTE_2018, new String[] {"i=і/й", "ı=и/й", "ıa=я/иа", "ıý=ю/иу", "ia=я/іа", "u=ұ"},
            Spelling.APOSTROPHE_2017, new String[] {"i=і/й", "i'=и/й", "a'=ә", "g'=ғ", "n'=ң", "o'=ө", "u'=ү", "s'=ш",
                "c'=ч", "y'=у", "ia=я/іа", "iu=ю/іу", "u=ұ",
                // Who types a' and o' often types the rest plainly: ay for ай, ya for я (dayyndap, bayandama).
                "y=ы/й", "ya=я/ыа", "yu=ю/ыу"},
            Spelling.PLAIN, new String[] {"i=и/й", "y=ы/й", "ia=я/ия/иа", "iu=ю/ию/иу", "ya=я/ыа", "yu=ю/ыу",
                "yo=ё/йо", "ye=е/ые"});

    /** Each spelling's table: Latin sequence → its Cyrillic readings. */
    private static final Map<Spelling, Map<String, String[]>> TABLES = tables();
    private static final int LONGEST = 3;

    /** Cyrillic → the 2021 alphabet, lower case. */
    private static final Map<Character, String> TO_LATIN = toLatinTable(
            "а=a ә=ä б=b в=v г=g ғ=ğ д=d е=e ё=io ж=j з=z и=i й=i і=ı к=k қ=q л=l м=m н=n ң=ñ о=o ө=ö п=p р=r с=s т=t "
            + "у=u ұ=ū ү=ü ф=f х=h һ=h ц=ts ч=ç ш=ş щ=şş ъ= ы=y ь= э=e ю=iu я=ia");

    /** Vowels after which и or й is read й (қай, ойын); у is left out, for it is a glide itself (қауіп, тауы). */
    private static final String VOWELS = "аәеёиіоөұүыэюя";

    private KazakhLatin() {
    }

    private static Map<Spelling, Map<String, String[]>> tables() {
        Map<Spelling, Map<String, String[]>> tables = new java.util.EnumMap<>(Spelling.class);
        for (Spelling s : Spelling.values()) {
            Map<String, String[]> t = new HashMap<>();
            for (String[] entries : List.of(COMMON, OWN.get(s))) {
                for (String e : entries) {
                    int eq = e.indexOf('=');
                    t.put(e.substring(0, eq), e.substring(eq + 1).split("/", -1));
                }
            }
            tables.put(s, Map.copyOf(t));
        }
        return Map.copyOf(tables);
    }

    private static Map<Character, String> toLatinTable(String pairs) {
        Map<Character, String> t = new HashMap<>();
        for (String p : pairs.split(" ")) {
            t.put(p.charAt(0), p.substring(2));
        }
        return Map.copyOf(t);
    }

    /** Kazakh Cyrillic in the 2021 Latin alphabet; any other character stays as it is. */
    public static String toLatin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = TO_LATIN.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c == lower || latin.isEmpty()) {
                out.append(latin);
            } else {
                // A capital letter read as two (Я → Ia) is all capitals inside a word in capitals (ЯКО → IAKO).
                boolean allCaps = i + 1 < cyrillic.length() && Character.isUpperCase(cyrillic.charAt(i + 1))
                        || i > 0 && Character.isUpperCase(cyrillic.charAt(i - 1));
                out.append(upper(latin.charAt(0))).append(allCaps ? upper(latin.substring(1)) : latin.substring(1));
            }
        }
        return out.toString();
    }

    /** Capitals of the 2021 alphabet, where i's capital is İ and ı's is I. */
    private static String upper(char c) {
        return c == 'i' ? "İ" : c == 'ı' ? "I" : String.valueOf(Character.toUpperCase(c));
    }

    private static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(upper((char) c)));
        return sb.toString();
    }

    /** Which spelling a text is in: any letter or apostrophe of 2018 or 2017 tells; 2021 and plain typing read the same but for y. */
    static Spelling spelling(String text) {
        boolean official = false;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ("áǵńóúýí".indexOf(c) >= 0) {
                return Spelling.ACUTE_2018;
            }
            if (isApostrophe(c) && i > 0 && "agnoucsiy".indexOf(Character.toLowerCase(text.charAt(i - 1))) >= 0
                    && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                return Spelling.APOSTROPHE_2017;
            }
            official |= "äğıñöūüşç".indexOf(c) >= 0 || text.charAt(i) == 'İ';
        }
        return official ? Spelling.OFFICIAL_2021 : Spelling.PLAIN;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘' || c == 'ʻ';
    }

    /** A word in lower case as its spelling means it: I is the capital of ı in 2021, of i elsewhere. */
    static String lower(String word, Spelling spelling) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(c == 'İ' ? 'i' : c == 'I' ? (spelling == Spelling.OFFICIAL_2021 ? 'ı' : 'i')
                    : isApostrophe(c) ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** A Latin word's usual Cyrillic reading, lower case: each part's first reading. */
    static String toCyrillic(String word, Spelling spelling) {
        StringBuilder sb = new StringBuilder(word.length());
        segments(word, spelling).forEach(options -> sb.append(options[0]));
        return sb.toString();
    }

    /**
     * A Latin word cut into its letters and digraphs (the longest the table has first), each with its Cyrillic
     * readings, lower case, the usual first: и or й is read й after a vowel, and a first e is also э. Which reading
     * is meant is for the Kazakh words to tell ({@link KazakhWords#reading}).
     */
    static List<String[]> segments(String word, Spelling spelling) {
        Map<String, String[]> table = TABLES.get(spelling);
        String w = lower(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC), spelling);
        List<String[]> parts = new ArrayList<>(w.length());
        char previous = ' ';
        for (int i = 0; i < w.length(); ) {
            String[] options = null;
            int len = Math.min(LONGEST, w.length() - i);
            for (; len >= 1; len--) {
                options = table.get(w.substring(i, i + len));
                if (options != null) {
                    break;
                }
            }
            if (options == null) {
                // A letter no table has (an apostrophe, a letter of another language) is left out or kept.
                options = new String[] {isApostrophe(w.charAt(i)) ? "" : w.substring(i, i + 1)};
                len = 1;
            } else if (options.length > 1 && options[1].equals("й") && VOWELS.indexOf(previous) >= 0) {
                options = new String[] {"й", options[0]};
            } else if (i == 0 && options[0].equals("е")) {
                // A word's first e is э in words from Russian (экономика, экспорт).
                options = new String[] {"е", "э"};
            }
            parts.add(options);
            String first = options[0];
            previous = first.isEmpty() ? previous : first.charAt(first.length() - 1);
            i += len;
        }
        return parts;
    }

    /** Whether a character is a letter of the Latin script (with its accents), as Kazakh in Latin is typed. */
    static boolean isLatin(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
