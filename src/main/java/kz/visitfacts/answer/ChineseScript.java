package kz.visitfacts.answer;

import kz.visitfacts.match.CharacterTables;

/** Shows simplified Chinese text in traditional characters for readers who asked in them. */
final class ChineseScript {
    private ChineseScript() {
    }

    static String traditional(String simplified) {
        return CharacterTables.traditional(simplified);
    }
}
