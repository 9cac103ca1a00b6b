#!/usr/bin/env bash
# Bot benchmark, against scripts/fake_bot_api.py on 127.0.0.1 (no token, no network):
#   burst (default): time from process start to the first answer, then 200 questions from 200 chats,
#                    with the peak heap and RSS while answering them;
#   load:            50 chats asking 5 questions each at once and 5 groups with 15 members mentioning
#                    the bot, printing what the bot sent per second overall, per chat and per group;
#   busy-group:      150 mentions in one group at once, then 20 private questions 3 s later: how long
#                    those wait while the group's replies wait for its 20 a minute;
#   webhook-burst:   the bot in webhook mode; 40 group mentions POSTed at once, a private question 5 s
#                    later: how long each webhook call takes and how long the private answer waits;
#   latency:         200 questions from 200 chats with a Bot API that takes 300 ms a call.
# The bot runs as bin/visit-facts-bot runs it (its JVM defaults and class-data-sharing archive); JAVA_OPTS
# passes on. Usage: scripts/bench-bot.sh [burst|load|busy-group|webhook-burst|latency]   (build first: mvn -q -Dmaven.test.skip=true package)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-burst}
case "$mode" in
  burst) load_args=(--chats 200 --per-chat 1) ;;
  load)  load_args=(--chats 50 --per-chat 5 --groups 5 --per-group 15 --timeout 120) ;;
  busy-group) load_args=(--chats 0 --groups 1 --per-group 150 --private-after 3 --private-late 20 --group-wait 20 --timeout 90) ;;
  webhook-burst) load_args=(--chats 0 --groups 1 --per-group 40 --private-after 5 --private-late 1 --group-wait 20 --timeout 90) ;;
  latency) load_args=(--chats 200 --per-chat 1 --latency 0.3 --timeout 120) ;;
  *) echo "usage: scripts/bench-bot.sh [burst|load|busy-group|webhook-burst|latency]" >&2; exit 2 ;;
esac
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
bot_env=()
if [ "$mode" = webhook-burst ]; then
  hook_port=$(free_port)
  load_args+=(--webhook "http://127.0.0.1:$hook_port/hook" --secret bench-secret-bench-secret)
  bot_env=(TELEGRAM_WEBHOOK_URL=https://bench.example.org/hook TELEGRAM_WEBHOOK_LISTEN="127.0.0.1:$hook_port"
           TELEGRAM_WEBHOOK_SECRET=bench-secret-bench-secret)
fi
jar=target/visit-facts-bot.jar
[ -f "$jar" ] || { echo "build first: mvn -q -Dmaven.test.skip=true package" >&2; exit 2; }
port=$(free_port)
report=$(mktemp)
state=$(mktemp -d)
first=$(mktemp)
python3 scripts/fake_bot_api.py --port "$port" --report "$report" --first-answer-file "$first" "${load_args[@]}" &
fake=$!
sleep 0.5
# A bare JVM's start on this machine, now, for scale: the bot's start-up is reported as a multiple of it.
bare=$(python3 -c 'import subprocess, time; t = time.time(); subprocess.run(["java", "-Xshare:auto", "-version"], capture_output=True); print(time.time() - t)')
start=$(python3 -c 'import time; print(time.time())')
env "${bot_env[@]}" TELEGRAM_BOT_TOKEN=123456789:BENCH-not-a-real-token-xxxxxxxx TELEGRAM_API_URL="http://127.0.0.1:$port" \
  BOT_STATE_DIR="$state" bin/visit-facts-bot run 2>/dev/null &
bot=$!
peak_rss=0
peak_heap=0
while kill -0 "$fake" 2>/dev/null; do
  rss=$(awk '/VmHWM/ {print $2}' /proc/$bot/status 2>/dev/null || echo 0)
  [ "${rss:-0}" -gt "$peak_rss" ] && peak_rss=$rss
  # jcmd starts a JVM of its own: only once the bot has answered, so it does not slow the start-up measured.
  if [ -s "$first" ] && command -v jcmd >/dev/null; then
    heap=$(jcmd "$bot" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub("K,?","",$(i+1)); print $(i+1); exit}}')
    [ -n "${heap:-}" ] && [ "$heap" -gt "$peak_heap" ] && peak_heap=$heap
  fi
  sleep 0.2
done
kill -TERM "$bot" 2>/dev/null || true
wait "$bot" 2>/dev/null || true
python3 - "$report" "$start" "$peak_rss" "$peak_heap" "$mode" "$bare" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); start = float(sys.argv[2]); rss = int(sys.argv[3]); heap = int(sys.argv[4]); mode = sys.argv[5]
bare = float(sys.argv[6])
first = r['first_answer'] - start
print(f"time from process start to first answer: {first:.2f} s ({first / bare:.1f} times a bare JVM's start, {bare:.2f} s)")
print(f"{mode}: {r['answered']}/{r['expected']} replies in {r['load_seconds']:.1f} s to {r['chats']} chats and {r['groups']} groups")
print(f"sent at most {r['max_per_second_overall']} messages in any second overall, {r['max_per_second_one_chat']} to one chat in any second,"
      f" {r['max_per_minute_one_group']} to one group in any minute")
print(f"peak RSS {rss / 1024:.0f} MB" + (f", peak heap in use {heap / 1024:.0f} MB" if heap else ""))
if r["groups"]:
    print(f"group replies in the first minute: {r['group_replies_first_minute']}")
late = r["late_reply_seconds"]
if r["late_asked"]:
    print(f"private questions asked during the load: {len(late)}/{r['late_asked']} answered, waited p50 {late[len(late) // 2]:.2f} s, max {late[-1]:.2f} s"
          if late else f"private questions asked during the load: 0/{r['late_asked']} answered")
calls = r["webhook_call_seconds"]
if calls:
    print(f"webhook calls: {len(calls)}, each took p50 {calls[len(calls) // 2] * 1000:.0f} ms, max {calls[-1] * 1000:.0f} ms")
PY
rm -rf "$report" "$state" "$first"
