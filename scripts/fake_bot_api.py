#!/usr/bin/env python3
"""A minimal Bot API on 127.0.0.1 for the bot benchmark (not for tests: those have their own in Java).

It answers getMe, setMyCommands and deleteWebhook and serves one question through getUpdates; once that is
answered, it serves a load: CHATS private chats asking PER_CHAT questions each at once, and GROUPS groups
where PER_GROUP different members mention the bot. It records when each sendMessage arrives and, when
every question has had its reply (or after --timeout seconds), writes a JSON report to --report.
"""
import argparse, json, threading, time
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
        self.expected = 1 + args.chats * args.per_chat + args.groups * args.per_group
        self.first_answer = None
        self.load_started = None
        self.done = threading.Event()

    def push(self, chat_id, chat_type, user_id, text):
        uid = self.next_id
        self.next_id += 1
        chat = {"id": chat_id, "type": chat_type}
        chat["title" if chat_type != "private" else "first_name"] = "Bench"
        self.pending.append({"update_id": uid, "message": {
            "message_id": uid, "date": int(time.time()),
            "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "en"},
            "chat": chat, "text": text}})
        self.lock.notify_all()

    def push_load(self):
        a = self.args
        for c in range(a.chats):
            for k in range(a.per_chat):
                self.push(100000 + c, "private", 100000 + c, QUESTIONS[(c + k) % len(QUESTIONS)])
        for g in range(a.groups):
            for k in range(a.per_group):
                self.push(-1000000 - g, "supergroup", 500000 + g * 1000 + k, "@bench_bot " + QUESTIONS[k % len(QUESTIONS)])

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
                    if len(state.sent) >= state.expected:
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
    a = p.parse_args()
    state = State(a)
    with state.lock:
        state.push(1, "private", 1, QUESTIONS[0])
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(state))
    threading.Thread(target=server.serve_forever, daemon=True).start()
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
        }
    with open(a.report, "w") as f:
        json.dump(report, f)
    server.shutdown()

if __name__ == "__main__":
    main()
