#!/usr/bin/env python3
"""Writes the word lists that tell Kazakh typed in Latin letters from English (match/LatinKazakh):

  src/main/resources/kz/visitfacts/match/tables/kazakh-words.txt.gz   from Debian's hunspell-kk
  src/main/resources/kz/visitfacts/match/tables/english-words.txt.gz  from Debian's wamerican-small (SCOWL)

Usage (from the repository root, once the two packages are installed):

  apt-get install hunspell-kk wamerican-small && python3 scripts/word-lists.py

Kazakh words are folded as the matcher folds text (lower case; қ→к ұ/ү→у ә→а ө→о ң→н ғ→г і→и һ→х ё→е), so an
ASCII spelling transliterated to Cyrillic meets them; a verb (hunspell flag M, written with its -у/-ю) also gives
its stem (ашу → аш, ашылу → ашыл), which its endings follow. The files are gzipped with no time stamp, so the same
packages give the same bytes.
"""
import gzip
import re
import subprocess
import sys
from pathlib import Path

KAZAKH_DIC = Path("/usr/share/hunspell/kk_KZ.dic")
ENGLISH_LIST = Path("/usr/share/dict/american-english-small")
OUT = Path("src/main/resources/kz/visitfacts/match/tables")
FOLD = str.maketrans("құүәөңғіһё", "кууаонгихе")


def version(package):
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit(f"{package} is not installed: apt-get install hunspell-kk wamerican-small")


def kazakh_words():
    words = set()
    lines = KAZAKH_DIC.read_text(encoding="utf-8-sig").splitlines()
    for line in lines[1:]:  # the first line is the entry count
        word, _, flags = line.strip().partition("/")
        for part in word.lower().translate(FOLD).split("-"):
            if re.fullmatch(r"[а-я]{2,}", part):
                words.add(part)
                if "M" in flags and len(part) > 3 and part[-1] in "ую":
                    words.add(part[:-1] + ("й" if part[-1] == "ю" else ""))
    return words


def english_words():
    words = set()
    for line in ENGLISH_LIST.read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        # A possessive is its word's: the reader drops 's before looking a word up.
        if re.fullmatch(r"[a-z]+('[a-z]+)?", word) and not word.endswith("'s") and (len(word) > 1 or word in ("a", "i")):
            words.add(word)
    return words


def write(name, header, words):
    text = "".join(f"# {h}\n" for h in header) + "".join(w + "\n" for w in sorted(words))
    (OUT / name).write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT / name}: {len(words)} words, {(OUT / name).stat().st_size} bytes")


def main():
    command = "written by scripts/word-lists.py; do not edit"
    write("kazakh-words.txt.gz", [
        f"Kazakh words, folded (қ→к ұ/ү→у ә→а ө→о ң→н ғ→г і→и һ→х ё→е), with verb stems; {command}",
        f"from Debian's hunspell-kk {version('hunspell-kk')} ({KAZAKH_DIC}), the Kazakh dictionary for hunspell",
        "by Akmaral Mussayeva, László Németh and Rail Aliev (2009); license GPL-2+ or LGPL-2.1+ or MPL-1.1+,",
        "used here under MPL-1.1",
    ], kazakh_words())
    write("english-words.txt.gz", [
        f"English words, lower case; {command}",
        f"from Debian's wamerican-small {version('wamerican-small')} ({ENGLISH_LIST}): SCOWL size 35, common words,",
        "Copyright 2000-2011 Kevin Atkinson and others; permission to use, copy, modify, distribute and sell",
        "these word lists for any purpose is granted without fee (the SCOWL licence, in the package's copyright file)",
    ], english_words())


if __name__ == "__main__":
    main()
