#!/usr/bin/env python3
"""Figures for docs/reliability.md: the bot (bin/visit-facts-bot, as an operator runs it) under hostile input.

  long-questions  the time `ask` takes for a 4,096-character question of each hostile kind (question words,
                  digits, one letter, mixed scripts), per question: (time of 5 such lines - time of 5 short
                  lines) / 5, best of 3 runs each, so the JVM's start is left out;
  connections     the bot in webhook mode (against a Bot API imitated here, on 127.0.0.1) with 2,000 connections
                  that send half a request line and stop: its RSS, how long a good webhook call and /healthz take
                  meanwhile, and how many of the 2,000 the bot has closed 15 s later;
  big-file        `validate` on a copy of facts/ whose source text is a 200 MB file: its answer, time and peak RSS.
Build first: mvn -q -DskipTests package. Usage: scripts/hostile.py long-questions|connections|big-file
"""
import json, os, resource, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.request
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "bin", "visit-facts-bot")
TOKEN = "123456789:HOSTILE-not-a-real-token-xxxxxxx"
SECRET = "hostile-secret-hostile-secret"


def timed(args, stdin):
    t = time.time()
    subprocess.run([LAUNCHER] + args, input=stdin.encode(), capture_output=True, check=True)
    return time.time() - t


def long_questions():
    n = 4096
    kinds = {
        "Chinese question words": ("多少人口贸易额哪里什么时候" * n)[:n],
        "digits": ("1234567890" * n)[:n],
        "one letter": "a" * n,
        "mixed scripts and figures": ("How many 多少 сколько қанша 85% 440亿美元 " * n)[:n],
        "a real question repeated": ("中哈两国2024年的贸易额有多少？" * n)[:n],
    }
    base = min(timed(["ask", "--json"], "85%\n" * 5) for _ in range(3))
    worst = 0
    for name, line in kinds.items():
        t = min(timed(["ask", "--json"], (line + "\n") * 5) for _ in range(3))
        per = max(0.0, (t - base) / 5)
        worst = max(worst, per)
        print(f"{name:28s} {per * 1000:8.1f} ms per 4,096-character question")
    print(f"worst: {worst * 1000:.1f} ms")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Api(BaseHTTPRequestHandler):
    """Every Bot API method answered well; getUpdates is never called in webhook mode."""
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        method = self.path.rsplit("/", 1)[-1].lower()
        result = {"id": 1, "is_bot": True, "first_name": "H", "username": "hostile_bot"} if method == "getme" else True
        if method == "sendmessage":
            result = {"message_id": 1, "date": int(time.time()), "chat": {"id": 1, "type": "private"}}
        data = json.dumps({"ok": True, "result": result}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def rss_kb(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def connections(count=2000):
    api_port, hook_port, health_port = free_port(), free_port(), free_port()
    server = ThreadingHTTPServer(("127.0.0.1", api_port), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state = tempfile.mkdtemp()
    env = dict(os.environ, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=f"http://127.0.0.1:{api_port}", BOT_STATE_DIR=state,
               TELEGRAM_WEBHOOK_URL="https://hostile.example.org/hook", TELEGRAM_WEBHOOK_LISTEN=f"127.0.0.1:{hook_port}",
               TELEGRAM_WEBHOOK_SECRET=SECRET, TELEGRAM_HEALTH_PORT=str(health_port))
    bot = subprocess.Popen([LAUNCHER, "run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{health_port}/healthz", timeout=1).read()
                break
            except Exception:
                time.sleep(0.1)
        print(f"bot RSS before: {rss_kb(bot.pid, 'VmRSS') // 1024} MB")
        socks = []
        for _ in range(count):
            s = socket.create_connection(("127.0.0.1", hook_port))
            s.sendall(b"POST /hook HTT")
            socks.append(s)
        time.sleep(1)
        print(f"{count} connections sending half a request line; bot RSS: {rss_kb(bot.pid, 'VmRSS') // 1024} MB, "
              f"open files: {len(os.listdir(f'/proc/{bot.pid}/fd'))}")
        update = {"update_id": 1, "message": {"message_id": 1, "date": int(time.time()), "text": "85%",
                  "chat": {"id": 1, "type": "private"}, "from": {"id": 1, "is_bot": False, "first_name": "U"}}}
        t = time.time()
        req = urllib.request.Request(f"http://127.0.0.1:{hook_port}/hook", data=json.dumps(update).encode(),
                                     headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
        try:
            status = urllib.request.urlopen(req, timeout=30).status
        except Exception as e:
            status = repr(e)
        print(f"a good webhook call meanwhile: {status} in {time.time() - t:.2f} s")
        t = time.time()
        try:
            status = urllib.request.urlopen(f"http://127.0.0.1:{health_port}/healthz", timeout=30).status
        except Exception as e:
            status = repr(e)
        print(f"/healthz meanwhile: {status} in {time.time() - t:.2f} s")
        time.sleep(15)
        closed = 0
        for s in socks:
            s.settimeout(0.01)
            try:
                if s.recv(1) == b"":
                    closed += 1
            except (ConnectionResetError, BrokenPipeError):
                closed += 1
            except socket.timeout:
                pass
            s.close()
        print(f"15 s later: {closed} of {count} closed by the bot; bot peak RSS: {rss_kb(bot.pid, 'VmHWM') // 1024} MB")
    finally:
        bot.terminate()
        bot.wait()
        server.shutdown()
        shutil.rmtree(state, ignore_errors=True)


def big_file():
    work = tempfile.mkdtemp()
    try:
        facts = os.path.join(work, "facts")
        shutil.copytree(os.path.join(ROOT, "facts"), facts)
        source = os.path.join(facts, "sources", sorted(os.listdir(os.path.join(facts, "sources")))[0])
        with open(source, "r+b") as f:
            f.truncate(200 << 20)
        t = time.time()
        done = subprocess.run([LAUNCHER, "validate", facts], capture_output=True, text=True)
        elapsed = time.time() - t
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(f"validate with a 200 MB source: exit {done.returncode} in {elapsed:.2f} s, peak RSS {peak} MB")
        print((done.stdout + done.stderr).strip().splitlines()[0])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if not os.path.exists(os.path.join(ROOT, "target", "visit-facts-bot.jar")):
        sys.exit("build first: mvn -q -DskipTests package")
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    {"long-questions": long_questions, "connections": connections, "big-file": big_file}.get(
        mode, lambda: sys.exit("usage: scripts/hostile.py long-questions|connections|big-file"))()
