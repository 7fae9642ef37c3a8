#!/usr/bin/env python3
"""Bulk ingest: ./isnad ingest PATH [--gateway URL] [--user ingest1]

PATH is a folder of .txt (title on the first line, body after), .html/.htm and .json (one article object as in
the API: {title, body | html, url?, outlet?, language?, publishedAt?}) files, searched recursively, or an .ndjson
file (one article object per line), or a single such file. Each article is POSTed to the gateway's
/api/v1/articles with Idempotency-Key = sha256 of its JSON, so a re-run never stores anything twice; articles
already answered are remembered in .isnad/ingest/ and skipped without a request. 429 answers are waited out
(Retry-After), 5xx and network errors retried a few times.

Exit status: 0 when nothing was rejected or failed, 1 otherwise, 2 on bad usage or no token.
Python 3 standard library only.
"""

import argparse
import hashlib
import html as htmllib
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

DEFAULT_GATEWAY = os.environ.get("ISNAD_GATEWAY_URL", "http://127.0.0.1:8080")
DEFAULT_KEYCLOAK = os.environ.get("ISNAD_KEYCLOAK_URL", "http://127.0.0.1:8180")
ROOT = Path(os.environ.get("ISNAD_ROOT", Path(__file__).resolve().parents[2]))
MAX_RETRIES = 5


class Item:
    """One article to submit, or a local problem that makes it a reject without a request."""

    def __init__(self, label, article=None, problem=None):
        self.label = label
        self.article = article
        self.problem = problem

    def key(self):
        canonical = json.dumps(self.article, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------------ reading ---

def read_txt(path):
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return Item(str(path), problem="empty file")
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body:
        return Item(str(path), problem="no body after the title line")
    return Item(str(path), {"title": title, "body": body})


def read_html(path):
    markup = path.read_text(encoding="utf-8-sig")
    match = re.search(r"<title[^>]*>(.*?)</title>", markup, re.IGNORECASE | re.DOTALL)
    title = htmllib.unescape(match.group(1)).strip() if match else ""
    if not title:
        match = re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.IGNORECASE | re.DOTALL)
        title = htmllib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip() if match else path.stem
    return Item(str(path), {"title": title, "html": markup})


def article_from_json(label, value):
    if not isinstance(value, dict):
        return Item(label, problem="not a JSON object")
    return Item(label, value)


def read_json(path):
    try:
        value = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as e:
        return Item(str(path), problem=f"not valid JSON ({e})")
    return article_from_json(str(path), value)


def read_ndjson(path):
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            label = f"{path}:{number}"
            try:
                yield article_from_json(label, json.loads(line))
            except ValueError as e:
                yield Item(label, problem=f"not valid JSON ({e})")


READERS = {".txt": read_txt, ".html": read_html, ".htm": read_html, ".json": read_json}


def items(path):
    if path.is_file() and path.suffix.lower() == ".ndjson":
        yield from read_ndjson(path)
    elif path.is_file() and path.suffix.lower() in READERS:
        yield READERS[path.suffix.lower()](path)
    elif path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            suffix = file.suffix.lower()
            if suffix == ".ndjson":
                yield from read_ndjson(file)
            elif suffix in READERS:
                yield READERS[suffix](file)
    else:
        raise SystemExit(f"ingest: {path} is not a folder or a .txt/.html/.json/.ndjson file")


# ------------------------------------------------------------------------------------------------- HTTP ---

class Client:
    def __init__(self, args):
        self.args = args
        self.token = None

    def fetch_token(self):
        form = {"client_id": self.args.client}
        if self.args.client_secret:
            form.update(client_secret=self.args.client_secret, grant_type="client_credentials")
        else:
            form.update(grant_type="password", username=self.args.user,
                        password=self.args.password if self.args.password is not None else self.args.user)
        url = self.args.keycloak.rstrip("/") + "/realms/isnad/protocol/openid-connect/token"
        request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                self.token = json.load(response)["access_token"]
        except (urllib.error.URLError, KeyError, ValueError) as e:
            raise SystemExit(f"ingest: no token from {url}: {e}") from None

    def submit(self, item):
        """(outcome, detail): accepted|duplicate with the article id, rejected|failed with the reason."""
        body = json.dumps(item.article, ensure_ascii=False).encode("utf-8")
        url = self.args.gateway.rstrip("/") + "/api/v1/articles"
        refreshed = False
        for attempt in range(MAX_RETRIES + 1):
            request = urllib.request.Request(url, data=body, method="POST", headers={
                "Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
                "Accept": "application/json", "Idempotency-Key": item.key()})
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    answer = json.loads(response.read() or b"{}")
                    if response.status == 202:
                        return "accepted", answer.get("id", "")
                    return "duplicate", answer.get("duplicateOf") or answer.get("id", "")
            except urllib.error.HTTPError as e:
                problem = problem_text(e)
                if e.code == 401 and not refreshed:
                    refreshed = True
                    self.fetch_token()
                    continue
                if e.code == 429 and attempt < MAX_RETRIES:
                    time.sleep(min(60.0, retry_after(e.headers.get("Retry-After"), attempt)))
                    continue
                if e.code >= 500 and attempt < MAX_RETRIES:
                    time.sleep(min(30.0, self.args.retry_base * 2 ** attempt))
                    continue
                return ("rejected" if 400 <= e.code < 500 else "failed"), f"HTTP {e.code}: {problem}"
            except (urllib.error.URLError, OSError) as e:
                if attempt < MAX_RETRIES:
                    time.sleep(min(30.0, self.args.retry_base * 2 ** attempt))
                    continue
                return "failed", f"unreachable: {getattr(e, 'reason', e)}"
        return "failed", "gave up after retries"


def retry_after(value, attempt):
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return float(2 ** attempt)


def problem_text(error):
    try:
        problem = json.loads(error.read() or b"{}")
    except ValueError:
        return error.reason or ""
    parts = [problem.get("detail") or problem.get("title") or ""]
    for field in problem.get("errors") or []:
        parts.append(f"{field.get('field')}: {field.get('message')}")
    return "; ".join(p for p in parts if p)


# ------------------------------------------------------------------------------------------------ state ---

class State:
    """Idempotency keys already answered (accepted or duplicate) for this gateway and caller, one per line."""

    def __init__(self, directory, gateway, caller):
        scope = hashlib.sha256(f"{gateway.rstrip('/')}|{caller}".encode()).hexdigest()[:16]
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"done-{scope}.tsv"
        self.done = set()
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    self.done.add(line.split("\t", 1)[0])
        self.file = self.path.open("a", encoding="utf-8")

    def record(self, key, outcome, article_id, label):
        self.done.add(key)
        self.file.write(f"{key}\t{outcome}\t{article_id}\t{label}\n")
        self.file.flush()

    def close(self):
        self.file.close()


# ------------------------------------------------------------------------------------------------ output ---

class Progress:
    def __init__(self, total, stream):
        self.total = total
        self.stream = stream
        self.tty = stream.isatty()
        self.done = 0

    def step(self, counts, outcome, item, detail):
        self.done += 1
        if self.tty:
            width = 30
            filled = int(width * self.done / max(1, self.total))
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}  "
                              + "  ".join(f"{k} {v}" for k, v in counts.items()) + " ")
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(f"{outcome:9} {item.label}" + (f"  {detail}" if detail else "") + "\n")
        self.stream.flush()


def main(argv=None, out=sys.stdout, err=sys.stderr):
    parser = argparse.ArgumentParser(prog="./isnad ingest", description=__doc__.split("\n\n")[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--gateway", default=DEFAULT_GATEWAY, help=f"gateway base URL (default {DEFAULT_GATEWAY})")
    parser.add_argument("--keycloak", default=DEFAULT_KEYCLOAK, help=f"Keycloak base URL (default {DEFAULT_KEYCLOAK})")
    parser.add_argument("--user", default="ingest1", help="user for the password grant (default ingest1)")
    parser.add_argument("--password", default=os.environ.get("ISNAD_PASSWORD"),
                        help="password (default: $ISNAD_PASSWORD, else the user name, as on a dev platform)")
    parser.add_argument("--client", default="isnad-cli", help="Keycloak client (default isnad-cli)")
    parser.add_argument("--client-secret", default=os.environ.get("ISNAD_CLIENT_SECRET"),
                        help="with --client: use client credentials instead of a user (partner tools)")
    parser.add_argument("--state-dir", type=Path, default=ROOT / ".isnad" / "ingest",
                        help="where finished items are remembered (default .isnad/ingest)")
    parser.add_argument("--retry-base", type=float, default=1.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    work = list(items(args.path))
    if not work:
        err.write(f"ingest: nothing to ingest in {args.path}\n")
        return 0
    caller = args.client if args.client_secret else args.user
    state = State(args.state_dir, args.gateway, caller)
    counts = {"accepted": 0, "duplicate": 0, "skipped": 0, "rejected": 0, "failed": 0}
    problems = []
    progress = Progress(len(work), err if err.isatty() else out)
    client = Client(args)
    try:
        for item in work:
            if item.problem:
                outcome, detail = "rejected", item.problem
            elif item.key() in state.done:
                outcome, detail = "skipped", "done in an earlier run"
            else:
                if client.token is None:
                    client.fetch_token()
                outcome, detail = client.submit(item)
                if outcome in ("accepted", "duplicate"):
                    state.record(item.key(), outcome, detail, item.label)
            counts[outcome] += 1
            if outcome in ("rejected", "failed"):
                problems.append((item.label, outcome, detail))
            progress.step(counts, outcome, item, detail)
    finally:
        state.close()
    out.write("ingest: " + ", ".join(f"{v} {k}" for k, v in counts.items()) + f" (of {len(work)})\n")
    for label, outcome, detail in problems:
        out.write(f"  {outcome}: {label}: {detail}\n")
    return 1 if counts["rejected"] or counts["failed"] else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.stderr.write("\ningest: interrupted; run again to resume\n")
        sys.exit(130)
