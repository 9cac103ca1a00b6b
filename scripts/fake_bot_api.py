#!/usr/bin/env python3
"""A minimal Bot API on 127.0.0.1 for the bot benchmark (not for tests: those have their own in Java).

It answers getMe, setMyCommands, deleteWebhook and setWebhook and serves one question (through getUpdates, or
with --webhook by POSTing it to the bot's webhook); once that is answered, it serves a load: CHATS private
chats asking PER_CHAT questions each at once, and GROUPS groups where PER_GROUP different members mention the
bot; with --private-after S, PRIVATE_LATE private questions S seconds after the load, whose reply delays are
reported. --latency makes every sendMessage take that many seconds, as Telegram's servers far away do. It
records when each sendMessage arrives and, when every private question has had its reply and the groups have
had theirs (or after --timeout seconds), writes a JSON report to --report.
"""
import argparse, json, threading, time, urllib.request
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

QUESTIONS = ["中哈两国2024年的贸易额有多少？", "How much Chinese investment since 2005?",
             "Сколько документов подписали на саммите?", "85%", "免签", "Tell me a joke"]

class State:
    def __init__(self, args):
        self.lock = threading.Condition()
        self.pending = []
        self.next_id = 1
        self.sent = []          # (time, chat_id)
        self.args = args
        self.expected = 1 + args.chats * args.per_chat + args.groups * args.per_group + args.private_late
        self.first_answer = None
        self.load_started = None
        self.done = threading.Event()
        self.asked_at = {}      # chat_id -> when its late private question was pushed
        self.webhook_calls = [] # seconds each webhook call took
        self.private_expected = 1 + args.chats * args.per_chat + args.private_late

    def push(self, chat_id, chat_type, user_id, text):
        uid = self.next_id
        self.next_id += 1
        chat = {"id": chat_id, "type": chat_type}
        chat["title" if chat_type != "private" else "first_name"] = "Bench"
        update = {"update_id": uid, "message": {
            "message_id": uid, "date": int(time.time()),
            "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "en"},
            "chat": chat, "text": text}}
        if chat_type != "private":
            update["message"]["entities"] = [{"type": "mention", "offset": 0, "length": len("@bench_bot")}]
        if self.args.webhook:
            threading.Thread(target=self.post, args=(update,), daemon=True).start()
        else:
            self.pending.append(update)
            self.lock.notify_all()

    def post(self, update):
        req = urllib.request.Request(self.args.webhook, data=json.dumps(update).encode(), method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-Telegram-Bot-Api-Secret-Token": self.args.secret})
        for _ in range(50):
            t0 = time.time()
            try:
                urllib.request.urlopen(req, timeout=120).read()
                break
            except OSError:
                time.sleep(0.1)  # the bot is still starting: only the call that got through is timed
        with self.lock:
            self.webhook_calls.append(time.time() - t0)

    def push_late(self):
        time.sleep(self.args.private_after)
        with self.lock:
            for c in range(self.args.private_late):
                self.asked_at[900000 + c] = time.time()
                self.push(900000 + c, "private", 900000 + c, QUESTIONS[c % len(QUESTIONS)])

    def push_load(self):
        a = self.args
        for c in range(a.chats):
            for k in range(a.per_chat):
                self.push(100000 + c, "private", 100000 + c, QUESTIONS[(c + k) % len(QUESTIONS)])
        for g in range(a.groups):
            for k in range(a.per_group):
                self.push(-1000000 - g, "supergroup", 500000 + g * 1000 + k, "@bench_bot " + QUESTIONS[k % len(QUESTIONS)])
        if a.private_late:
            threading.Thread(target=self.push_late, daemon=True).start()

def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *args):
            pass
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) or b"{}"
            try:
                body = json.loads(raw)
            except ValueError:
                body = {}
            method = self.path.rsplit("/", 1)[-1].lower()
            if method == "getme":
                result = {"id": 4242, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
            elif method == "getupdates":
                offset = body.get("offset")
                with state.lock:
                    if offset is not None:
                        state.pending = [u for u in state.pending if u["update_id"] >= offset]
                    deadline = time.time() + 0.5
                    while not state.pending and time.time() < deadline:
                        state.lock.wait(max(0.001, deadline - time.time()))
                    result = state.pending[: body.get("limit", 100)]
            elif method == "sendmessage":
                if state.args.latency:
                    time.sleep(state.args.latency)
                now = time.time()
                chat = int(body.get("chat_id", 0))
                with state.lock:
                    state.sent.append((now, chat))
                    if state.first_answer is None:
                        state.first_answer = now
                        state.load_started = time.time()
                        state.push_load()
                        if state.args.first_answer_file:
                            with open(state.args.first_answer_file, "w") as f:
                                f.write(str(now))
                    privates = sum(1 for _, c in state.sent if c > 0)
                    group_replies = len(state.sent) - privates
                    groups_done = group_replies >= min(state.args.groups * state.args.per_group, state.args.group_wait)
                    if privates >= state.private_expected and groups_done:
                        state.done.set()
                result = {"message_id": len(state.sent), "date": int(now), "chat": {"id": chat, "type": "private"}}
            else:
                result = True
            data = json.dumps({"ok": True, "result": result}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
    return Handler

def max_in_window(times, window):
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--chats", type=int, default=200)
    p.add_argument("--per-chat", type=int, default=1)
    p.add_argument("--groups", type=int, default=0)
    p.add_argument("--per-group", type=int, default=0)
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--report", required=True)
    p.add_argument("--first-answer-file")
    p.add_argument("--latency", type=float, default=0)
    p.add_argument("--private-after", type=float, default=0)
    p.add_argument("--private-late", type=int, default=0)
    p.add_argument("--group-wait", type=int, default=10**9, help="group replies to wait for (the rest may be dropped)")
    p.add_argument("--webhook", help="the bot's webhook URL: updates are POSTed there instead of served by getUpdates")
    p.add_argument("--secret", default="bench-secret-bench-secret")
    a = p.parse_args()
    state = State(a)
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(state))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with state.lock:
        state.push(1, "private", 1, QUESTIONS[0])
    finished = state.done.wait(a.timeout)
    with state.lock:
        load = state.sent[1:]
        by_chat = {}
        for t, c in load:
            by_chat.setdefault(c, []).append(t)
        privates = {c: ts for c, ts in by_chat.items() if c > 0}
        groups = {c: ts for c, ts in by_chat.items() if c < 0}
        report = {
            "first_answer": state.first_answer, "expected": state.expected - 1, "answered": len(load),
            "finished": finished,
            "load_seconds": (load[-1][0] - state.load_started) if load else None,
            "max_per_second_overall": max_in_window([t for t, _ in load], 1.0),
            "max_per_second_one_chat": max((max_in_window(ts, 1.0) for ts in privates.values()), default=0),
            "max_per_minute_one_group": max((max_in_window(ts, 60.0) for ts in groups.values()), default=0),
            "chats": len(privates), "groups": len(groups),
            "group_replies_first_minute": max((sum(1 for t in ts if t - state.load_started <= 60) for ts in groups.values()), default=0),
            "late_reply_seconds": sorted(by_chat[c][0] - t for c, t in state.asked_at.items() if c in by_chat),
            "late_asked": len(state.asked_at),
            "webhook_call_seconds": sorted(state.webhook_calls),
        }
    with open(a.report, "w") as f:
        json.dump(report, f)
    server.shutdown()

if __name__ == "__main__":
    main()
