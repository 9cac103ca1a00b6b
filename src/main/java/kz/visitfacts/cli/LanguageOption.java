package kz.visitfacts.cli;

import kz.visitfacts.facts.Language;
import picocli.CommandLine;

/** Reads {@code --lang}: one of the languages the bot speaks, by its code. */
final class LanguageOption implements CommandLine.ITypeConverter<Language> {
    static final String CODES = "zh, zh-Hant, en, ru, kk, kk-Latn";

    @Override
    public Language convert(String value) {
        return Language.fromCode(value)
                .orElseThrow(() -> new CommandLine.TypeConversionException("\"" + value + "\" is not one of " + CODES));
    }
}
