#!/usr/bin/env python3
"""A minimal Bot API on 127.0.0.1 for the bot benchmark (not for tests: those have their own in Java).

It answers getMe, setMyCommands and deleteWebhook, serves one question through getUpdates, and once that
is answered a burst of BURST questions from BURST different chats. It records when each sendMessage
arrives and writes a JSON summary to the file named by --report when the burst is answered.
"""
import argparse, json, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler

QUESTIONS = ["中哈两国2024年的贸易额有多少？", "How much Chinese investment since 2005?",
             "Сколько документов подписали на саммите?", "85%", "免签", "Tell me a joke"]

class State:
    def __init__(self, burst):
        self.lock = threading.Condition()
        self.updates = []
        self.sent = []          # (time, chat_id)
        self.burst = burst
        self.first_answer = None
        self.burst_queued_at = None
        self.done = threading.Event()

    def push(self, chat_id, text):
        uid = len(self.updates) + 1
        self.updates.append({"update_id": uid, "message": {
            "message_id": uid, "date": int(time.time()),
            "from": {"id": chat_id, "is_bot": False, "first_name": "U", "language_code": "en"},
            "chat": {"id": chat_id, "type": "private", "first_name": "U"}, "text": text}})
        self.lock.notify_all()

def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        def log_message(self, *args):
            pass
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            method = self.path.rsplit("/", 1)[-1].lower()
            if method == "getme":
                result = {"id": 4242, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
            elif method == "getupdates":
                offset = body.get("offset", 0)
                with state.lock:
                    deadline = time.time() + 0.5
                    while len(state.updates) < max(offset, 1) and time.time() < deadline:
                        state.lock.wait(max(0.001, deadline - time.time()))
                    result = [u for u in state.updates if u["update_id"] >= offset][: body.get("limit", 100)]
            elif method == "sendmessage":
                now = time.time()
                with state.lock:
                    state.sent.append((now, body.get("chat_id")))
                    if state.first_answer is None:
                        state.first_answer = now
                        state.burst_queued_at = time.time()
                        for i in range(state.burst):
                            state.push(100000 + i, QUESTIONS[i % len(QUESTIONS)])
                    elif len(state.sent) >= state.burst + 1:
                        state.done.set()
                result = {"message_id": len(state.sent), "date": int(now), "chat": {"id": body.get("chat_id"), "type": "private"}}
            else:
                result = True
            data = json.dumps({"ok": True, "result": result}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
    return Handler

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--burst", type=int, default=200)
    p.add_argument("--report", required=True)
    a = p.parse_args()
    state = State(a.burst)
    with state.lock:
        state.push(1, QUESTIONS[0])
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(state))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    finished = state.done.wait(120)
    with state.lock:
        chats = [c for _, c in state.sent[1:]]
        report = {"first_answer": state.first_answer, "burst": a.burst, "answered": len(chats),
                  "distinct_chats": len(set(chats)), "finished": finished,
                  "burst_seconds": (state.sent[-1][0] - state.burst_queued_at) if chats else None}
    with open(a.report, "w") as f:
        json.dump(report, f)
    server.shutdown()

if __name__ == "__main__":
    main()
