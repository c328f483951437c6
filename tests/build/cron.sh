# The build as a cron job sees it (issue 15), sourced by tests/build/run.sh
# (ok, fail, count, $tmp, $IOPDOC); run over a real file system, with
# standard output and standard error files, never a terminal:
# - an unchanged run prints nothing at all and exits 0 (cron mails what
#   a job prints);
# - a failing file is named once, by its own message;
# - a file with warnings is named on every run until it is mended,
#   --quiet or not;
# - the JSON log is one JSON document whatever bytes a file name holds
#   (python3 -m json.tool), with the name's bytes beside it, the
#   warnings in "messages", and the real pages and bytes of unchanged
#   outputs.
cr=$tmp/cron
mkdir -p "$cr/in"
cp input/lund-kompis-sverige.xml "$cr/in/"

# 1. Clean and unchanged: silent.
"$IOPDOC" build --input "$cr/in" -o "$cr/out" >"$cr/o1" 2>"$cr/e1"
rc1=$?
"$IOPDOC" build --input "$cr/in" -o "$cr/out" >"$cr/o2" 2>"$cr/e2"
rc2=$?
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >"$cr/o3" 2>"$cr/e3"
rc3=$?
if [ $rc1 = 0 ] && [ "$(count "$cr/e1" | cut -d' ' -f1)" -ge 1 ] && [ $rc2 = 0 ] && [ $rc3 = 0 ] &&
    ! [ -s "$cr/o2" ] && ! [ -s "$cr/e2" ] && ! [ -s "$cr/o3" ] && ! [ -s "$cr/e3" ]; then
	ok "cron: an unchanged run prints nothing (stdout and stderr empty, exit 0), --quiet or not"
else
	fail "cron: silent" "exit $rc1/$rc2/$rc3"; cat "$cr/o2" "$cr/e2" "$cr/e3"
fi
# -v still sums up
"$IOPDOC" build --input "$cr/in" -o "$cr/out" -v >/dev/null 2>"$cr/e4"
if [ "$(count "$cr/e4")" = "0 $(find "$cr/out" -name '*.pdf' | wc -l) 0" ] &&
    grep -q "^iopdoc build: 0 rendered, [0-9]* unchanged, 0 failed (of [0-9]* documents) (" "$cr/e4"; then
	ok "cron: --verbose prints the counts of an unchanged run, in documents"
else
	fail "cron: -v" "$(cat "$cr/e4")"
fi

# 2. A failing file among good ones is named once (by its message), each
#    run, and the counts keep documents and input files apart.
sed 's/<period from="2019-01-01" to="2021-12-31"\/>/<period from="2019-01-01" to="2021-12-31">/' \
    input/linkoping-rk-sprakvanner.xml >"$cr/in/trasig.xml"
for q in "" --quiet; do
	"$IOPDOC" build --input "$cr/in" -o "$cr/out" $q >"$cr/o" 2>"$cr/e"
	rc=$?
	named=$(grep -c "trasig\.xml" "$cr/e")
	own=$(grep -c "^$cr/in/trasig\.xml:[0-9]*: error: " "$cr/e")
	if [ $rc = 1 ] && [ "$own" -ge 1 ] && [ "$named" = "$own" ] && ! [ -s "$cr/o" ] &&
	    grep -q "^iopdoc build: 0 rendered, [0-9]* unchanged, 0 failed (of [0-9]* documents); 1 input file with errors$" "$cr/e"; then
		ok "cron: a failing file is named once, by its own message (${q:-plain}), the counts in two units"
	else
		fail "cron: failing file ${q:-plain}" "exit $rc, named $named times, $own messages"; cat "$cr/e"
	fi
done
rm "$cr/in/trasig.xml"

# 3. A file with warnings is named every run until it is mended.
cp input/linkoping-ikf-inkludering.xml "$cr/in/"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" >/dev/null 2>"$cr/w1"
rc1=$?
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >"$cr/wo2" 2>"$cr/w2"
rc2=$?
"$IOPDOC" build --input "$cr/in" -o "$cr/out" >"$cr/wo3" 2>"$cr/w3"
rc3=$?
line="iopdoc build: 1 input file still has warnings (iopdoc check shows them): $cr/in/linkoping-ikf-inkludering.xml"
if [ $rc1 = 0 ] && grep -q "linkoping-ikf-inkludering.xml:47: warning: stated total 910.*000.*kr differs" "$cr/w1" &&
    ! grep -q "still has warnings" "$cr/w1" && [ $rc2 = 0 ] && [ $rc3 = 0 ] &&
    [ "$(cat "$cr/w2")" = "$line" ] && [ "$(cat "$cr/w3")" = "$line" ] && ! [ -s "$cr/wo2" ] && ! [ -s "$cr/wo3" ]; then
	ok "cron: a warning is printed in full once, then its file is named on every unchanged run, --quiet or not"
else
	fail "cron: warnings repeat" "exit $rc1/$rc2/$rc3"; cat "$cr/w1" "$cr/w2" "$cr/w3"
fi
# ... and in Swedish, the default (issue 15): what cron mails, the
# summary with -v and the line of warnings, under Debian's C.UTF-8.
env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$IOPDOC" build --input "$cr/in" -o "$cr/out" -v \
    >/dev/null 2>"$cr/sv1"
rc1=$?
env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" build --input "$cr/in" -o "$cr/out" \
    >/dev/null 2>"$cr/sv2"
rc2=$?
line="iopdoc build: 1 indatafil har fortfarande varningar (iopdoc check visar dem): $cr/in/linkoping-ikf-inkludering.xml"
if [ $rc1 = 0 ] && [ $rc2 = 0 ] &&
    grep -q "^iopdoc build: 0 skapade, [0-9]* oförändrade, 0 misslyckade (av [0-9]* dokument) (" "$cr/sv1" &&
    [ "$(cat "$cr/sv2")" = "$line" ]; then
	ok "cron: the summary and the line of warnings in Swedish by default"
else
	fail "cron: Swedish summary" "exit $rc1/$rc2"; cat "$cr/sv1" "$cr/sv2"
fi
# The JSON log in Swedish: its keys and statuses stay as documented,
# only the messages' text is Swedish.
env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" build --input "$cr/in" -o "$cr/out" \
    --log-format=json >"$cr/sv.json" 2>/dev/null
if python3 -c '
import json, sys
log = json.load(open(sys.argv[1]))
warned = [e for e in log if e.get("status") == "warnings"]
said = [m for e in warned for m in e["messages"]]
assert any(": varning: " in m for m in said) and not any(": warning: " in m for m in said), said
assert log[-1]["summary"] is True and "unchanged" in log[-1]
' "$cr/sv.json"; then
	ok "cron: the JSON log in Swedish keeps its keys and statuses"
else
	fail "cron: Swedish JSON log" "$(head -c 600 "$cr/sv.json")"
fi
sed 's/<stated-total amount="910000"/<stated-total amount="900000"/' input/linkoping-ikf-inkludering.xml >"$cr/in/linkoping-ikf-inkludering.xml"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >/dev/null 2>"$cr/w4"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >/dev/null 2>"$cr/w5"
if grep -q '<stated-total amount="910000"' input/linkoping-ikf-inkludering.xml && ! [ -s "$cr/w4" ] && ! [ -s "$cr/w5" ]; then
	ok "cron: mended, the file is named no more"
else
	fail "cron: mended" "$(cat "$cr/w4" "$cr/w5")"
fi
cp input/linkoping-ikf-inkludering.xml "$cr/in/"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >/dev/null 2>&1

# 4. The JSON log: a Latin-1 file name (a Samba share), an agreement in no
#    nämnd report, unchanged outputs.
latin1=$(printf 'f\366rening.xml')
cp input/lund-kompis-sverige.xml "$cr/in/$latin1"
cp examples/exempel-bilagor-versioner.xml "$cr/in/"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --log-format=json >"$cr/log.json" 2>"$cr/je"
rc=$?
if [ $rc = 1 ] && python3 -m json.tool "$cr/log.json" >/dev/null &&
    python3 - "$cr/log.json" "$cr/out" "$cr/in" <<'PY'
import json, os, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
out, inp = sys.argv[2], sys.argv[3]
name = os.fsencode(os.path.join(inp, "f\udcf6rening.xml"))
bad = [e for e in log if e.get("status") == "not_read"]
assert len(bad) == 1, bad
assert bad[0]["input"] == name.decode("utf-8", "replace"), bad[0]["input"]
assert bytes.fromhex(bad[0]["input_bytes"]) == name, bad[0]
assert "byte that is not UTF-8" in bad[0]["messages"][0], bad[0]
warned = {os.path.basename(e["input"]): e for e in log if e.get("status") == "warnings"}
assert set(warned) == {"linkoping-ikf-inkludering.xml", "exempel-bilagor-versioner.xml"}, warned
assert any("names no responsible nämnd" in m for m in warned["exempel-bilagor-versioner.xml"]["messages"])
assert any("stated total" in m for m in warned["linkoping-ikf-inkludering.xml"]["messages"])
same = [e for e in log if e.get("status") == "unchanged"]
assert same, log
for e in same:
    assert e["pages"] > 0 and e["bytes"] == os.path.getsize(os.path.join(out, e["output"])), e
summary = log[-1]
assert summary["summary"] and summary["inputs_with_errors"] == 1 and summary["exit"] == 1, summary
assert summary["documents"] == len([e for e in log if "output" in e]), summary
PY
then
	ok "cron: the JSON log parses with a Latin-1 file name (U+FFFD and its bytes), warnings in messages, real figures of unchanged PDFs"
else
	fail "cron: JSON log" "exit $rc"; head -c 2000 "$cr/log.json"
fi

# 5. A manifest of version 6 (no page counts) is read without complaint:
#    its unchanged outputs' pages are null in the log, their bytes real.
rm "$cr/in/$latin1"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --quiet >/dev/null 2>&1
sed -i -e '1s/	[0-9]*$/	6/' -e '/^pages	/d' "$cr/out/.iopdoc-manifest"
"$IOPDOC" build --input "$cr/in" -o "$cr/out" --log-format=json >"$cr/log6.json" 2>"$cr/e6"
rc=$?
if [ $rc = 0 ] && ! grep -q "manifest" "$cr/e6" && python3 - "$cr/log6.json" "$cr/out" <<'PY'
import json, os, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
same = [e for e in log if e.get("status") == "unchanged"]
assert same and all(e["pages"] is None for e in same), same
assert all(e["bytes"] == os.path.getsize(os.path.join(sys.argv[2], e["output"])) for e in same)
PY
then
	ok "cron: a version 6 manifest is read without complaint; its page counts are null in the log"
else
	fail "cron: version 6 manifest" "exit $rc"; cat "$cr/e6"
fi
