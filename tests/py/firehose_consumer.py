"""The Python SDK's firehose client (`atproto` on PyPI) driven over stdin, for pds/tests/federation.rs.

Usage: python firehose_consumer.py http://127.0.0.1:PORT
Subscribes to subscribeRepos from the live head (no cursor). Commands, one per line: `disconnect`,
`resume` (from the last seq seen), `wait <seq>`, `finish <seq>`. Each prints one JSON line when done; the
first event also prints {"live": seq}. `finish` waits for <seq>, prints the summary and exits.
"""

import json
import sys
import threading
import time

from atproto import FirehoseSubscribeReposClient, models, parse_subscribe_repos_message

BASE = sys.argv[1].replace("http", "ws", 1) + "/xrpc"
KINDS = {"Commit": "#commit", "Sync": "#sync", "Identity": "#identity", "Account": "#account"}

lock = threading.Lock()
events = []  # [seq, kind, did]
errors = []
state = {"last": None, "live": False}


def say(value):
    print(json.dumps(value), flush=True)


def on_message(message):
    parsed = parse_subscribe_repos_message(message)
    kind = KINDS.get(type(parsed).__name__, type(parsed).__name__)
    did = getattr(parsed, "repo", None) or getattr(parsed, "did", None)
    with lock:
        events.append([parsed.seq, kind, did])
        state["last"] = parsed.seq if state["last"] is None else max(state["last"], parsed.seq)
        first = not state["live"]
        state["live"] = True
    if first:
        say({"live": parsed.seq})


def start(cursor):
    params = None if cursor is None else models.ComAtprotoSyncSubscribeRepos.Params(cursor=cursor)
    client = FirehoseSubscribeReposClient(params, base_uri=BASE)

    def run():
        try:
            client.start(on_message)
        except Exception as error:  # noqa: BLE001 - reported to the test
            errors.append(repr(error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return client, thread


def wait_for(seq):
    deadline = time.time() + 30
    while state["last"] is None or state["last"] < seq:
        if time.time() > deadline:
            raise TimeoutError(f"seq {seq} not seen")
        time.sleep(0.02)


client, thread = start(None)
for line in sys.stdin:
    command, *args = line.split()
    if command == "disconnect":
        client.stop()
        thread.join(10)
        say({"disconnected": state["last"]})
    elif command == "resume":
        client, thread = start(state["last"])
        say({"resumed": state["last"]})
    elif command == "wait":
        wait_for(int(args[0]))
        say({"waited": state["last"]})
    elif command == "finish":
        wait_for(int(args[0]))
        client.stop()
        thread.join(10)
        say({"ok": True, "events": events, "errors": errors})
        break
    else:
        raise ValueError(f"unknown command {line!r}")
