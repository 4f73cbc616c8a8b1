#!/usr/bin/env python3
"""Turns the benchmark corpora of ../shared/corpora into JSON Lines for dyad.

French: the gilets jaunes press (XML <doc> blocks). English: BBC News (one
article per file) and Reuters-21578 (SGML <BODY> blocks). Writes fr.jsonl and
en.jsonl into OUT_DIR (never into the repository: the corpora are not ours).

Usage: corpora.py SHARED_DIR OUT_DIR
"""
import html
import json
import os
import re
import sys


def gilets_jaunes(shared):
    d = os.path.join(shared, "corpora/fr/gilets_jaunes")
    for name in sorted(os.listdir(d)):
        raw = open(os.path.join(d, name), encoding="utf-8", errors="replace").read()
        for i, m in enumerate(re.finditer(r"<doc\b[^>]*>(.*?)</doc>", raw, re.S)):
            text = html.unescape(m.group(1)).strip()
            if text:
                yield {"id": "%s-%d" % (name, i + 1), "lang": "fr", "text": text}


def bbc(shared):
    root = os.path.join(shared, "corpora/en/bbc_news/news")
    for cat in sorted(os.listdir(root)):
        for name in sorted(os.listdir(os.path.join(root, cat))):
            p = os.path.join(root, cat, name)
            text = open(p, encoding="utf-8", errors="replace").read().strip()
            if text:
                yield {"id": "bbc/%s/%s" % (cat, name), "lang": "en", "text": text}


def reuters(shared):
    d = os.path.join(shared, "corpora/en/reuters21578")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".sgm"):
            continue
        raw = open(os.path.join(d, name), encoding="latin-1").read()
        for i, m in enumerate(re.finditer(r"<BODY>(.*?)</BODY>", raw, re.S)):
            text = html.unescape(m.group(1)).replace("\x03", "").strip()
            if text:
                yield {"id": "%s-%d" % (name, i + 1), "lang": "en", "text": text}


def main():
    shared, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for lang, sources in (("fr", [gilets_jaunes]), ("en", [bbc, reuters])):
        n = size = 0
        with open(os.path.join(out, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for src in sources:
                for rec in src(shared):
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
                    size += len(rec["text"].encode())
        print("%s: %d documents, %.1f MB of text" % (lang, n, size / 1e6))


if __name__ == "__main__":
    main()
