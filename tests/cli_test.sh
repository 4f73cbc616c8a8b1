#!/usr/bin/env bash
# End-to-end tests of the dyad command line: exit statuses, help, every kind
# of bad input reported and skipped with the rest coded, the summary line,
# and dyad analyze on the example article (when ../shared is present).
# Usage: cli_test.sh PATH/TO/dyad SOURCE_DIR
set -u
dyad=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
# expect_status NAME WANT CMD...: runs CMD, keeps stdout/stderr in $tmp/out, $tmp/err
expect_status() {
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" = "$want" ]; then pass "$name"; else
    fail "$name (exit $got, want $want)"; sed 's/^/     /' "$tmp/err" | head -5; fi
}
expect_in() {  # expect_in NAME FILE TEXT: FILE contains TEXT
  if grep -qF -- "$3" "$2"; then pass "$1"; else
    fail "$1 (no '$3' in $2)"; sed 's/^/     /' "$2" | head -5; fi
}

# Usage and help.
expect_status "no command is bad usage" 1 "$dyad"
expect_status "unknown command is bad usage" 1 "$dyad" frobnicate
expect_in "unknown command names the commands" "$tmp/err" "commands: code, analyze, explain, eval, gazetteer"
expect_status "help succeeds" 0 "$dyad" --help
for cmd in code analyze; do
  expect_status "$cmd --help succeeds" 0 "$dyad" $cmd --help
  expect_in "$cmd --help lists options" "$tmp/out" "--lang"
done
expect_status "unknown option is bad usage" 1 "$dyad" code --frobnicate
expect_in "unknown option points at help" "$tmp/err" "dyad code --help"
expect_status "bad --lang is bad usage" 1 "$dyad" code --lang xx "$src/examples"
expect_in "bad --lang lists known languages" "$tmp/err" "known: en, fr"
expect_status "bad --date is bad usage" 1 "$dyad" code --date 15/02/2020 "$src/examples"
expect_status "missing file fails" 1 "$dyad" code "$tmp/does-not-exist.txt"
expect_in "missing file says what to give" "$tmp/err" "no such file"

# The bundled examples are all coded.
expect_status "examples are coded" 0 "$dyad" code "$src/examples"
expect_in "summary accounts for every example" "$tmp/err" "6 documents read, 6 coded, 0 skipped"

# Bad input of each kind is reported with file and line, and skipped; the rest
# is coded.
printf 'Le gouvernement a annoncé des mesures.\n' >"$tmp/good.txt"
printf 'Le gouvernement \xff\xfe a annoncé.\n' >"$tmp/bad-utf8.txt"
{
  echo '{"id": "a", "text": "L'"'"'armée a lancé une offensive.", "lang": "fr"}'
  echo '{"id": "b", "text": "The army launched an offensive."'
  echo '{"id": "c", "title": "no text here"}'
  printf '{"id": "d", "text": "bad \xc3\x28 bytes", "lang": "fr"}\n'
  echo '{"id": "e", "text": "The government announced new measures on Monday.", "lang": "en"}'
} >"$tmp/mixed.jsonl"
head -c 3000 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
expect_status "mixed input still codes the good documents" 0 \
  "$dyad" code --max-bytes 2000 --lang fr "$tmp/good.txt" "$tmp/bad-utf8.txt" "$tmp/mixed.jsonl" "$tmp/huge.txt"
expect_in "invalid UTF-8 file reported" "$tmp/err" "bad-utf8.txt"
expect_in "bad JSON reported with its line" "$tmp/err" "mixed.jsonl:2"
expect_in "record without text reported with its line" "$tmp/err" "mixed.jsonl:3"
expect_in "invalid UTF-8 line reported with its line" "$tmp/err" "mixed.jsonl:4"
expect_in "huge document reported" "$tmp/err" "huge.txt"
expect_in "summary counts and names the reasons" "$tmp/err" "8 documents read, 3 coded, 5 skipped ("

# Language identification: an unsupported language is skipped with its reason.
printf 'Die Bundesregierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt, teilte ein Sprecher in Berlin mit.\n' >"$tmp/de.txt"
expect_status "only unsupported input fails" 1 "$dyad" code "$tmp/de.txt"
expect_in "unsupported language named" "$tmp/err" "language 'de' is not supported"

# Standard input.
printf 'The minister said the talks would resume on Monday.' | "$dyad" code - >"$tmp/out" 2>"$tmp/err"
expect_in "standard input read" "$tmp/err" "1 documents read, 1 coded"

# analyze: table and JSON.
printf "L'armée a-t-elle bombardé Idleb ?" >"$tmp/q.txt"
expect_status "analyze table" 0 "$dyad" analyze --lang fr "$tmp/q.txt"
expect_in "analyze shows offsets and lemma" "$tmp/out" "bombarder"
expect_status "analyze json" 0 "$dyad" analyze --json --lang fr "$tmp/q.txt"
if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); t=d["sentences"][0]["tokens"]; assert d["doc_id"]=="q.txt"; assert any(x["lemma"]=="bombarder" for x in t); assert t[0]["span"]==[0,2], t[0]' "$tmp/out" 2>"$tmp/py"; then
  pass "analyze json has spans and lemmas"; else fail "analyze json has spans and lemmas"; cat "$tmp/py"; fi

# --dict: a user's own actors in the formats of data/.
mkdir -p "$tmp/dict/common/people" "$tmp/dict/fr"
printf 'person\tzorglub_tarrant\tZorglub Tarrant\tZorglub Tarrant|Tarrant\nrole\tzorglub_tarrant\tFRA\t-\tGOV\tinterior_minister\tminister\t2030-01-01\t-\n' \
  >"$tmp/dict/common/people/mine.tsv"
printf 'Zorglub Tarrant a rencontré les manifestants.' >"$tmp/dict.txt"
expect_status "--dict loads a user's people" 0 "$dyad" analyze --actors --lang fr --date 2031-05-01 --dict "$tmp/dict" "$tmp/dict.txt"
expect_in "--dict actor resolved with its dated role" "$tmp/out" "id=zorglub_tarrant"
printf 'role\tnobody\tFRA\t-\tGOV\t-\t-\t2030\t-\n' >"$tmp/dict/common/people/bad.tsv"
expect_status "--dict with a bad line fails" 1 "$dyad" analyze --actors --lang fr --dict "$tmp/dict" "$tmp/dict.txt"
expect_in "bad dictionary line named with file and line" "$tmp/err" "bad.tsv:1"

# The example article, when ../shared is present.
seed="$src/../shared/corpora/seed_article_fr.txt"
if [ -f "$seed" ]; then
  expect_status "analyze seed article" 0 "$dyad" analyze --json --lang fr "$seed"
  if python3 - "$tmp/out" "$seed" >"$tmp/py" 2>&1 <<'PY'
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
text = open(sys.argv[2], "rb").read()
toks = [t for s in doc["sentences"] for t in s["tokens"]]
for t in toks:  # spans are byte offsets into the original text
    assert text[t["span"][0]:t["span"][1]].decode() == t["form"], t
def lemma_after(prev, form):
    for a, b in zip(toks, toks[1:]):
        if a["form"] == prev and b["form"] == form:
            return a["lemma"], b["lemma"]
    raise AssertionError("no %s %s" % (prev, form))
assert lemma_after("a", "appelé") == ("avoir", "appeler"), lemma_after("a", "appelé")
assert lemma_after("est", "opéré") == ("être", "opérer"), lemma_after("est", "opéré")
assert lemma_after("aient", "trouvé") == ("avoir", "trouver"), lemma_after("aient", "trouvé")
assert [t["lemma"] for t in toks if t["form"] == "tuant"] == ["tuer"]
idleb = [t for t in toks if t["form"] == "Idleb"]
assert idleb and all(t["lemma"] == "Idleb" and t["pos"] == "PROPN" for t in idleb), idleb
assert len(doc["sentences"]) == 12, len(doc["sentences"])
PY
  then pass "seed article lemmas (a appelé, tuant, s'est opéré, aient trouvé, Idleb)"; else
    fail "seed article lemmas"; sed 's/^/     /' "$tmp/py"; fi
else
  echo "skip seed article checks: $seed not found (../shared is absent in a user's clone)"
fi

echo "$fails failure(s)"
[ "$fails" = 0 ]
