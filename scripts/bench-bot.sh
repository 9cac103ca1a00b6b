#!/usr/bin/env bash
# Bot benchmark: time from process start to the first answer (JVM start, fact base, index, getMe,
# commands, first poll) and peak memory (RSS) while answering a burst of questions from 200 chats.
# Runs the built jar against scripts/fake_bot_api.py on 127.0.0.1; no token, no network.
# Usage: scripts/bench-bot.sh [BURST]   (build first: mvn -q package)
set -euo pipefail
cd "$(dirname "$0")/.."
burst=${1:-200}
jar=target/visit-facts-bot.jar
[ -f "$jar" ] || { echo "build first: mvn -q package" >&2; exit 2; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
report=$(mktemp)
python3 scripts/fake_bot_api.py --port "$port" --burst "$burst" --report "$report" &
fake=$!
sleep 0.5
start=$(python3 -c 'import time; print(time.time())')
TELEGRAM_BOT_TOKEN=123456789:BENCH-not-a-real-token-xxxxxxxx TELEGRAM_API_URL="http://127.0.0.1:$port" \
  java -jar "$jar" run 2>/dev/null &
bot=$!
peak=0
while kill -0 "$fake" 2>/dev/null; do
  rss=$(awk '/VmHWM/ {print $2}' /proc/$bot/status 2>/dev/null || echo 0)
  [ "${rss:-0}" -gt "$peak" ] && peak=$rss
  sleep 0.05
done
rss=$(awk '/VmHWM/ {print $2}' /proc/$bot/status 2>/dev/null || echo 0)
[ "${rss:-0}" -gt "$peak" ] && peak=$rss
kill -TERM "$bot" 2>/dev/null || true
wait "$bot" 2>/dev/null || true
python3 - "$report" "$start" "$peak" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); start = float(sys.argv[2]); peak_kb = int(sys.argv[3])
print(f"time from process start to first answer: {r['first_answer'] - start:.2f} s")
print(f"burst: {r['answered']}/{r['burst']} answered, {r['distinct_chats']} distinct chats, in {r['burst_seconds']:.2f} s")
print(f"peak RSS while answering: {peak_kb / 1024:.0f} MB")
PY
rm -f "$report"
