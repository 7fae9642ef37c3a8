#!/usr/bin/env python3
"""deploy/local/ingest.py against a fake Keycloak + gateway (http.server in a thread). Standard library only:
python3 deploy/local/tests/test_ingest.py"""

import hashlib
import io
import json
import sys
import tempfile
import threading
import unittest
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import ingest  # noqa: E402


class FakePlatform:
    """Token endpoint and POST /api/v1/articles with the real API's rules: a missing title or both/neither of
    body and html is a 400 problem; the same Idempotency-Key replays the first answer; known text is 200."""

    def __init__(self):
        self.posts = []
        self.by_key = {}
        self.by_text = {}
        self.throttle_next = 0
        self.tokens_issued = 0
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self, status, body, headers=None):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/problem+json" if status >= 400 else "application/json")
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path.endswith("/openid-connect/token"):
                    platform.tokens_issued += 1
                    return self.answer(200, {"access_token": "token-%d" % platform.tokens_issued})
                if self.path != "/api/v1/articles":
                    return self.answer(404, {"status": 404})
                if not self.headers.get("Authorization", "").startswith("Bearer token-"):
                    return self.answer(401, {"status": 401, "title": "Authentication required"})
                if platform.throttle_next > 0:
                    platform.throttle_next -= 1
                    return self.answer(429, {"status": 429, "detail": "slow down"}, {"Retry-After": "0"})
                key = self.headers.get("Idempotency-Key")
                article = json.loads(raw)
                platform.posts.append((key, article))
                if key in platform.by_key:
                    status, body = platform.by_key[key]
                    return self.answer(status, body)
                if not article.get("title"):
                    return self.answer(400, {"status": 400, "title": "Invalid request",
                                             "errors": [{"field": "title", "message": "must not be blank"}]})
                if bool(article.get("body")) == bool(article.get("html")):
                    return self.answer(400, {"status": 400, "detail": "give exactly one of body or html"})
                text = article.get("body") or article.get("html")
                if text in platform.by_text:
                    status, body = 200, {"id": platform.by_text[text], "status": "RECEIVED",
                                         "duplicateOf": platform.by_text[text]}
                else:
                    platform.by_text[text] = str(uuid.uuid4())
                    status, body = 202, {"id": platform.by_text[text], "status": "RECEIVED"}
                platform.by_key[key] = (status, body)
                return self.answer(status, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class IngestTest(unittest.TestCase):

    def setUp(self):
        self.platform = FakePlatform()
        self.tmp = tempfile.TemporaryDirectory()
        root = Path(self.tmp.name)
        self.data = root / "articles"
        self.state = root / "state"
        (self.data / "sub").mkdir(parents=True)
        (self.data / "a.txt").write_text("عنوان الخبر\n\nقال الوزير إن الأسعار ارتفعت 20%.\n", encoding="utf-8")
        (self.data / "b.html").write_text("<html><head><title>Budget &amp; plans</title></head>"
                                          "<body><p>The minister said…</p></body></html>", encoding="utf-8")
        (self.data / "sub" / "c.json").write_text(json.dumps(
            {"title": "C", "body": "Body C", "url": "https://outlet.example/c", "language": "en"}), encoding="utf-8")
        (self.data / "d.json").write_text(json.dumps({"body": "no title"}), encoding="utf-8")
        (self.data / "e.ndjson").write_text(
            json.dumps({"title": "E1", "body": "Body E1"}) + "\n\n"
            + "{not json\n"
            + json.dumps({"title": "E3", "body": "Body C"}) + "\n", encoding="utf-8")
        (self.data / "notes.md").write_text("ignored", encoding="utf-8")

    def tearDown(self):
        self.platform.close()
        self.tmp.cleanup()

    def run_ingest(self, *extra, path=None):
        out = io.StringIO()
        code = ingest.main([str(path or self.data), "--gateway", self.platform.url, "--keycloak", self.platform.url,
                            "--state-dir", str(self.state), "--retry-base", "0", *extra], out=out, err=io.StringIO())
        return code, out.getvalue()

    def test_posts_every_kind_of_file_and_summarises_with_reasons(self):
        code, out = self.run_ingest()
        self.assertEqual(1, code, out)
        self.assertIn("ingest: 4 accepted, 1 duplicate, 0 skipped, 2 rejected, 0 failed (of 7)", out)
        self.assertIn("d.json: HTTP 400: Invalid request; title: must not be blank", out)
        self.assertRegex(out, r"e\.ndjson:3: not valid JSON")
        titles = sorted(article["title"] for _, article in self.platform.posts if article.get("title"))
        self.assertEqual(["Budget & plans", "C", "E1", "E3", "عنوان الخبر"], titles)
        txt = next(a for _, a in self.platform.posts if a.get("title") == "عنوان الخبر")
        self.assertEqual("قال الوزير إن الأسعار ارتفعت 20%.", txt["body"])
        html = next(a for _, a in self.platform.posts if a.get("title") == "Budget & plans")
        self.assertIn("<p>The minister said…</p>", html["html"])
        keys = [key for key, _ in self.platform.posts]
        self.assertTrue(all(k.startswith("sha256:") and len(k) == 71 for k in keys))
        self.assertEqual(len(keys), len(set(keys)), "one key per distinct article")

    def test_a_rerun_sends_nothing_already_done_and_never_duplicates(self):
        self.run_ingest()
        sent = len(self.platform.posts)
        code, out = self.run_ingest()
        self.assertEqual(1, code, "the rejects are still rejects")
        self.assertIn("0 accepted, 0 duplicate, 5 skipped, 2 rejected", out)
        self.assertEqual(sent + 1, len(self.platform.posts), "only the rejected d.json is sent again")
        self.assertEqual(4, len(self.platform.by_text), "no article stored twice")

    def test_without_the_state_file_the_idempotency_key_replays_the_first_answers(self):
        self.run_ingest()
        for file in self.state.iterdir():
            file.unlink()
        code, out = self.run_ingest()
        self.assertIn("4 accepted, 1 duplicate", out)
        self.assertEqual(4, len(self.platform.by_text), "no article stored twice")

    def test_waits_out_429_and_exits_zero_when_all_is_well(self):
        (self.data / "d.json").unlink()
        (self.data / "e.ndjson").unlink()
        self.platform.throttle_next = 2
        code, out = self.run_ingest()
        self.assertEqual(0, code, out)
        self.assertIn("3 accepted, 0 duplicate, 0 skipped, 0 rejected, 0 failed (of 3)", out)

    def test_a_single_ndjson_file_and_plain_progress_lines(self):
        code, out = self.run_ingest(path=self.data / "e.ndjson")
        self.assertEqual(1, code)
        self.assertIn("accepted  " + str(self.data / "e.ndjson") + ":1", out)
        self.assertIn("rejected  " + str(self.data / "e.ndjson") + ":3", out)
        key = "sha256:" + hashlib.sha256(json.dumps({"body": "Body E1", "title": "E1"}, sort_keys=True,
                                                    separators=(",", ":")).encode()).hexdigest()
        self.assertEqual(key, self.platform.posts[0][0], "the key is the sha256 of the canonical article JSON")

    def test_an_unreachable_gateway_is_a_failure_not_a_crash(self):
        (self.data / "d.json").unlink()
        (self.data / "e.ndjson").unlink()
        out = io.StringIO()
        code = ingest.main([str(self.data / "a.txt"), "--gateway", "http://127.0.0.1:9", "--keycloak",
                            self.platform.url, "--state-dir", str(self.state), "--retry-base", "0"],
                           out=out, err=io.StringIO())
        self.assertEqual(1, code)
        self.assertIn("1 failed", out.getvalue())


if __name__ == "__main__":
    unittest.main(verbosity=1)
