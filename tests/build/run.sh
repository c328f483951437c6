#!/bin/sh
# Tests of the nightly build (iopdoc build): incremental decisions,
# determinism, -j 1 against -j 2, atomicity under SIGKILL, the lock, a bad
# input among good ones, --prune, --dry-run, the JSON log, SIGTERM and
# SIGINT mid-build, a full disk, an input rewritten while it is read and
# the cache of summaries that decides what is read again, the parties'
# logo files, and what a cron job sees.
# Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/build/run.sh

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

# The tree: the real inputs and the made-up follow-ups, in sub-folders.
mkdir -p "$tmp/in/real" "$tmp/in/examples"
cp input/*.xml "$tmp/in/real/"
cp tests/report/examples/*.xml "$tmp/in/examples/"
build() { "$IOPDOC" build --input "$tmp/in" "$@"; }
count() { sed -n "s/^iopdoc build: \([0-9]*\) rendered, \([0-9]*\) unchanged, \([0-9]*\) failed.*/\1 \2 \3/p" "$1"; }
pdfs() { (cd "$1" && find . -name '*.pdf' | sort); }
# Builds into $tmp/out with -v and lists the outputs it rendered, sorted,
# each ended by $1; with "why" as $2, each with its reason.
rendered() {
	build -o "$tmp/out" -v >/dev/null 2>"$tmp/err"
	if [ "${2:-}" = why ]; then
		sed -n 's/^iopdoc: rendered \(.*\)/\1/p' "$tmp/err"
	else
		sed -n 's/^iopdoc: rendered \([^:]*\):.*/\1/p' "$tmp/err"
	fi | sort | tr '\n' "$1"
}

# 1. Cold, then nothing changed: the second run prints no count (cron
#    mails what a job prints), only the line of the file that still has
#    a warning (linkoping-ikf-inkludering.xml's stated total).
build -o "$tmp/out" -j 2 >/dev/null 2>"$tmp/err1"
build -o "$tmp/out" -j 2 >/dev/null 2>"$tmp/err2"
n=$(pdfs "$tmp/out" | wc -l)
if [ "$(count "$tmp/err1")" = "$n 0 0" ] && [ "$(count "$tmp/err2")" = "" ] && [ "$n" -ge 19 ] &&
    [ "$(cat "$tmp/err2")" = "iopdoc build: 1 input file still has warnings (iopdoc check shows them): $tmp/in/real/linkoping-ikf-inkludering.xml" ]; then
	ok "cold build renders all $n, a second run none and says only which file still has warnings"
else
	fail cold "$(count "$tmp/err1") / $(count "$tmp/err2") for $n PDFs"; cat "$tmp/err1"
fi
. tests/keep.sh
for f in $(pdfs "$tmp/out"); do
	keep_pdf "$tmp/out/$f" "build-$(echo "$f" | sed 's|^\./||; s|/|-|g; s|\.pdf$||')"
done
# Names: ASCII slugs, one folder per kind.
if pdfs "$tmp/out" | grep -v -E '^\./(agreements|followups|reports)/[a-z0-9-]+\.pdf$' | grep -q . ||
    ! [ -f "$tmp/out/agreements/sprakvanner-2019.pdf" ] ||
    ! [ -f "$tmp/out/reports/arbetsmarknadsnamnden-linkopings-kommun-2023.pdf" ] ||
    ! [ -f "$tmp/out/followups/sprakvanner-partssamtal-2019-10-25.pdf" ]; then
	fail names "$(pdfs "$tmp/out")"
else
	ok "output names are ASCII slugs in agreements/, followups/, reports/"
fi

# 2. One agreement changed: it, its follow-up and its nämnd's reports of
#    its years, nothing else.
cp -r "$tmp/out" "$tmp/before"
sed -i 's/Verksamheten har två prioriterade målgrupper/Verksamheten har två viktiga målgrupper/' \
    "$tmp/in/real/linkoping-rk-sprakvanner.xml"
got=$(rendered ' ')
want="agreements/sprakvanner-2019.pdf followups/sprakvanner-partssamtal-2019-10-25.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2019.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2020.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2021.pdf "
if [ "$got" = "$want" ]; then
	ok "an agreement changed: exactly it, its follow-up and its 3 reports"
else
	fail "agreement changed" "rendered: $got"
fi

# 3. One follow-up changed: it and the reports it feeds: its year's and
#    the later ones of its agreement, which list it among their sources
#    (Språkvänner runs 2019-2021).
sed -i 's/Partnerskapet fungerar bra/Partnerskapet fungerar mycket bra/' \
    "$tmp/in/real/linkoping-rk-sprakvanner-partssamtal-2019-10-25.xml"
got=$(rendered ' ')
want="followups/sprakvanner-partssamtal-2019-10-25.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2019.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2020.pdf reports/arbetsmarknadsnamnden-linkopings-kommun-2021.pdf "
if [ "$got" = "$want" ]; then
	ok "a follow-up changed: it and the reports of its year and the later ones"
else
	fail "follow-up changed" "rendered: $got"
fi

# 3b. Why a PDF is made again when its input did not change: missing, or
#     not the one the last build wrote (the reason the log gives).
rm "$tmp/out/agreements/sprakvanner-2019.pdf"
printf 'x' >>"$tmp/out/followups/sprakvanner-partssamtal-2019-10-25.pdf"
got=$(rendered '|' why)
want="agreements/sprakvanner-2019.pdf: the PDF is missing|followups/sprakvanner-partssamtal-2019-10-25.pdf: the PDF is not the one the last build wrote|"
if [ "$got" = "$want" ]; then
	ok "a PDF removed or changed by hand is made again, each with its reason"
else
	fail "reasons" "rendered: $got"
fi

# 3c. The report file (README "The report file") is an input of its
#     nämnd's report of its year, and of nothing else: a new diarienummer
#     makes that report again, and only it, and the report prints it.
sed -i 's|<diarienummer>AMN 2024/0012</diarienummer>|<diarienummer>AMN 2024/0077</diarienummer>|' \
    "$tmp/in/examples/rapport-arbetsmarknadsnamnden-2023.xml"
got=$(rendered ' ')
want="reports/arbetsmarknadsnamnden-linkopings-kommun-2023.pdf "
if [ "$got" = "$want" ] && pdftotext -raw "$tmp/out/${want% }" - | grep -q "Diarienummer: AMN 2024/0077"; then
	ok "a report file changed: exactly its report, which prints the new diarienummer"
else
	fail "report file changed" "rendered: $got"
fi
# ... and a report file with an error is reported; its report keeps its
# last good PDF, as for any input with errors; mended, it is made again.
sed -i 's|<name>Erik Lindqvist</name>||' "$tmp/in/examples/rapport-arbetsmarknadsnamnden-2023.xml"
got=$(rendered ' ')
if [ -z "$got" ] && grep -q "rapport-arbetsmarknadsnamnden-2023.xml:[0-9]*: error: an <author> without <name>" "$tmp/err" &&
    grep -q "kept reports/arbetsmarknadsnamnden-linkopings-kommun-2023.pdf" "$tmp/err"; then
	ok "a report file with an error: reported with its line, the report's last good PDF kept"
else
	fail "bad report file" "rendered: $got"; cat "$tmp/err"
fi
cp tests/report/examples/rapport-arbetsmarknadsnamnden-2023.xml "$tmp/in/examples/"
got=$(rendered ' ')
if [ "$got" = "$want" ]; then
	ok "the report file mended: its report made again, nothing else"
else
	fail "report file mended" "rendered: $got"
fi

# 4. The template changed: everything.
mkdir -p "$tmp/tpl/templates"
cp -r fonts "$tmp/tpl/"
cp templates/default.ini "$tmp/tpl/templates/"
build -o "$tmp/out" --template "$tmp/tpl/templates/default.ini" >/dev/null 2>"$tmp/err"
first=$(count "$tmp/err")
sed -i 's/^heading = #1F3864/heading = #00573F/' "$tmp/tpl/templates/default.ini"
build -o "$tmp/out" --template "$tmp/tpl/templates/default.ini" >/dev/null 2>"$tmp/err"
if [ "$(count "$tmp/err")" = "$n 0 0" ] && [ "$first" = "" ]; then
	ok "the template changed: all $n rendered again (the same template elsewhere: none)"
else
	fail template "$first then $(count "$tmp/err")"
fi
rm -rf "$tmp/out"

# 5. Deterministic, and -j 1 and -j 2 give the same files and messages.
build -o "$tmp/j1" -j 1 >/dev/null 2>"$tmp/e1"
build -o "$tmp/j2" -j 2 >/dev/null 2>"$tmp/e2"
same=1
for f in $(pdfs "$tmp/j1"); do cmp -s "$tmp/j1/$f" "$tmp/j2/$f" || same=0; done
if [ $same = 1 ] && [ "$(pdfs "$tmp/j1")" = "$(pdfs "$tmp/j2")" ] && cmp -s "$tmp/e1" "$tmp/e2"; then
	ok "-j 1 and -j 2: byte-identical PDFs and identical messages"
else
	fail "-j" "trees or messages differ"; diff "$tmp/e1" "$tmp/e2" | head
fi
build -o "$tmp/j1" -j 2 --force >/dev/null 2>&1
same=1
for f in $(pdfs "$tmp/j1"); do cmp -s "$tmp/j1/$f" "$tmp/j2/$f" || same=0; done
[ $same = 1 ] && ok "deterministic: a forced rebuild gives byte-identical PDFs" ||
    fail determinism "a rebuild differs"

# 6. A bad input among good ones: reported, exit 1, the last good PDFs kept.
cp -r "$tmp/j1" "$tmp/good"
sed -i 's/<period from="2019-01-01" to="2021-12-31"\/>/<period from="2019-01-01" to="2021-12-31">/' \
    "$tmp/in/real/linkoping-rk-sprakvanner.xml"
build -o "$tmp/j1" >/dev/null 2>"$tmp/err"
status=$?
kept=1
for f in agreements/sprakvanner-2019.pdf followups/sprakvanner-partssamtal-2019-10-25.pdf \
    reports/arbetsmarknadsnamnden-linkopings-kommun-2019.pdf; do
	cmp -s "$tmp/good/$f" "$tmp/j1/$f" || kept=0
done
# (each problem once: no list of failures repeats the error lines)
if [ $status = 1 ] && [ $kept = 1 ] && grep -q "linkoping-rk-sprakvanner.xml:[0-9]*: error: malformed XML" "$tmp/err" &&
    ! grep -q "^failed:" "$tmp/err" && [ "$(grep -c "linkoping-rk-sprakvanner.xml:" "$tmp/err")" = "$(grep -c "linkoping-rk-sprakvanner.xml" "$tmp/err")" ] &&
    grep -q "^iopdoc build: 0 rendered, [0-9]* unchanged, 5 failed (of [0-9]* documents), the last good PDF kept where an input has errors; 2 input files with errors$" "$tmp/err"; then
	ok "a broken agreement: exit 1, named with its line, its PDFs and reports kept"
else
	fail "bad input" "status $status, kept $kept"; cat "$tmp/err"
fi
# The error is reported again every night until it is mended.
build -o "$tmp/j1" >/dev/null 2>"$tmp/err"
status=$?
cp "$tmp/good/../in/real/linkoping-rk-sprakvanner.xml" /dev/null 2>/dev/null
cp input/linkoping-rk-sprakvanner.xml "$tmp/in/real/"
build -o "$tmp/j1" >/dev/null 2>"$tmp/err2"
if [ $status = 1 ] && grep -q "error: malformed XML" "$tmp/err" && [ $? = 0 ] &&
    grep -q " 0 failed" "$tmp/err2"; then
	ok "the error is repeated each run; mended, the build is clean again"
else
	fail "repeat" "status $status"; cat "$tmp/err" "$tmp/err2"
fi

# 7. Outputs whose inputs are gone: listed, then pruned.
mv "$tmp/in/real/linkoping-ikf-inkludering.xml" "$tmp/ikf.xml"
mv "$tmp/in/examples/exempel-ikf-"*.xml "$tmp/"
build -o "$tmp/j1" >/dev/null 2>"$tmp/err"
listed=$(grep -c "no input makes it any more (--prune removes it)" "$tmp/err")
build -o "$tmp/j1" --prune >/dev/null 2>"$tmp/err"
removed=$(grep -c "^iopdoc: removed" "$tmp/err")
if [ "$listed" -ge 3 ] && [ "$removed" = "$listed" ] && ! [ -f "$tmp/j1/agreements/inkludering-pa-lika-villkor-2023.pdf" ]; then
	ok "gone inputs: $listed outputs listed, then removed with --prune"
else
	fail prune "listed $listed, removed $removed"; cat "$tmp/err"
fi
mv "$tmp/ikf.xml" "$tmp/in/real/linkoping-ikf-inkludering.xml"
mv "$tmp/"exempel-ikf-*.xml "$tmp/in/examples/"

# 8. --dry-run says what and why, and writes nothing.
sed -i 's/Partnerskapet syftar till/Partnerskapet syftar alltså till/' "$tmp/in/real/linkoping-ikf-inkludering.xml"
before=$(cd "$tmp/j1" && find . -type f -newer "$tmp/in/real/linkoping-ikf-inkludering.xml" | wc -l)
build -o "$tmp/j1" --dry-run >"$tmp/dry" 2>/dev/null
after=$(cd "$tmp/j1" && find . -type f -newer "$tmp/in/real/linkoping-ikf-inkludering.xml" | wc -l)
if grep -q "^render agreements/inkludering-pa-lika-villkor-2023.pdf: new" "$tmp/dry" &&
    [ "$before" = "$after" ]; then
	ok "--dry-run lists what would be rendered and why, and writes nothing"
else
	fail dry-run "before $before after $after"; cat "$tmp/dry"
fi

# 9. The JSON log: one JSON document, an element per line: one per
#    document, one per input with warnings (its messages), a summary.
if build -o "$tmp/j1" --force --log-format=json 2>/dev/null >"$tmp/log.json" &&
    python3 - "$tmp/log.json" "$n" <<'PY'
import json, sys
lines = json.load(open(sys.argv[1], encoding="utf-8"))
raw = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert raw[0] == "[" and raw[-2] == "]" and len(raw) == len(lines) + 3, raw[:2]
assert all(json.loads(l.rstrip(",")) for l in raw[1:-2])
docs = [l for l in lines if "output" in l]
warned = [l for l in lines if l.get("status") == "warnings"]
assert len(warned) == 1 and "warning: stated total" in warned[0]["messages"][0], warned
summary = lines[-1]
assert summary["summary"] and summary["rendered"] == len(docs) == int(sys.argv[2]), summary
assert all(d["status"] == "rendered" and d["pages"] > 0 and d["bytes"] > 0 for d in docs)
assert summary["worker_peak_rss_kb"] > 0
PY
then
	ok "--log-format=json: one valid object per document and a summary"
else
	fail json "$(tail -3 "$tmp/log.json")"
fi

# 10. One run at a time: a held lock stops a second run at once; --wait waits.
if command -v flock >/dev/null; then
	flock "$tmp/j1/.iopdoc-lock" sleep 2 &
	sleep 0.3
	build -o "$tmp/j1" >/dev/null 2>"$tmp/err"
	status=$?
	start=$(date +%s)
	build -o "$tmp/j1" --wait >/dev/null 2>"$tmp/err2"
	waited=$(($(date +%s) - start))
	wait
	if [ $status = 4 ] && grep -q "another iopdoc build is writing" "$tmp/err" && [ "$waited" -ge 1 ] &&
	    ! grep -q "error" "$tmp/err2"; then
		ok "the lock: a second run exits 4 at once; with --wait it waits, then runs"
	else
		fail lock "status $status, waited $waited"; cat "$tmp/err" "$tmp/err2"
	fi
else
	fail lock "flock(1) is missing"
fi

# 11. Killed at random moments (SIGKILL): every PDF complete, and the next
#     run cleans the leftovers.
bad=0
i=0
while [ $i -lt 12 ]; do
	build -o "$tmp/j1" -j 2 --force >/dev/null 2>&1 &
	pid=$!
	sleep "0.0$(( (i * 37) % 9 + 1 ))"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	for f in $(pdfs "$tmp/j1"); do
		qpdf --check "$tmp/j1/$f" >/dev/null 2>&1 || { bad=$((bad + 1)); echo "corrupt after kill: $f"; }
	done
	i=$((i + 1))
done
build -o "$tmp/j1" --wait >/dev/null 2>&1
left=$(find "$tmp/j1" -name '.*.tmp-*' | wc -l)
if [ $bad = 0 ] && [ "$left" = 0 ]; then
	ok "12 runs killed with SIGKILL: no partial PDF; leftovers cleaned by the next run"
else
	fail atomicity "$bad corrupt, $left leftovers"
fi

# 12. Stopped with SIGTERM (cron, systemd) and SIGINT (Ctrl-C) mid-build:
#     the jobs in hand finish, exit status 5 with the count of outputs not
#     rendered, every PDF complete, and the next build renders just those.
python3 tests/bench/generate.py --agreements 40 --seed 7 "$tmp/big" >/dev/null
# first_pdf DIR: waits (12 s at most) until a build has written a PDF there
first_pdf() {
	k=0
	while [ $k -lt 600 ] && ! find "$1" -name '*.pdf' 2>/dev/null | grep -q .; do
		sleep 0.02
		k=$((k + 1))
	done
}
stop_test() {	# signal, -j
	out="$tmp/stop-$1-$2"
	"$IOPDOC" build --input "$tmp/big" -o "$out" -j "$2" >/dev/null 2>"$tmp/stoperr" &
	pid=$!
	first_pdf "$out"
	kill -"$1" $pid
	wait $pid
	rc=$?
	have=$(pdfs "$out" | wc -l)
	notdone=$(sed -n "s/^iopdoc: error: stopped by SIG$1[^:]*: \([0-9]*\) outputs were not rendered.*/\1/p" "$tmp/stoperr")
	broken=0
	for f in $(pdfs "$out"); do
		qpdf --check "$out/$f" >/dev/null 2>&1 || broken=$((broken + 1))
	done
	left=$(find "$out" -name '.*.tmp-*' | wc -l)
	"$IOPDOC" build --input "$tmp/big" -o "$out" -j "$2" >/dev/null 2>"$tmp/stoperr2"
	rc2=$?
	again=$(count "$tmp/stoperr2" | cut -d' ' -f1)
	total=$(pdfs "$out" | wc -l)
	if [ $rc = 5 ] && [ -n "$notdone" ] && [ "$notdone" -gt 0 ] && [ $broken = 0 ] &&
	    [ "$left" = 0 ] && [ $rc2 = 0 ] && [ "$again" = "$notdone" ] &&
	    [ $((have + notdone)) = "$total" ]; then
		ok "SIG$1 with -j $2 after $have of $total: exit 5, $notdone not rendered, the next build renders exactly those"
	else
		fail "SIG$1 -j $2" "rc $rc, have $have, not done '$notdone', broken $broken, left $left, rc2 $rc2, again '$again', total $total"
		cat "$tmp/stoperr"
	fi
}
stop_test TERM 2
stop_test INT 1

# 13. Disk full (ulimit -f, halfway between the smallest and the largest
#     PDF of the tree) fails the larger PDFs with a clear message and exit
#     3; the next build, with room, renders exactly the failed ones (it once
#     trusted the unchanged inputs and skipped them).
rm -rf "$tmp/full"
"$IOPDOC" build --input "$tmp/in/real" -o "$tmp/sizes" >/dev/null 2>&1
blocks=$(find "$tmp/sizes" -name '*.pdf' -exec wc -c {} + | grep -v ' total$' | sort -n |
    awk 'NR == 1 { lo = $1 } { hi = $1 } END { print int((lo + hi) / 2 / 512) }')
(ulimit -f "$blocks"; "$IOPDOC" build --input "$tmp/in/real" -o "$tmp/full" -j 2 >/dev/null 2>"$tmp/fullerr")
rc=$?
nfail=$(count "$tmp/fullerr" | cut -d' ' -f3)
msg=$(grep -c "^iopdoc: error: cannot write .*: File too large" "$tmp/fullerr")
build_real() { "$IOPDOC" build --input "$tmp/in/real" -o "$tmp/full" >/dev/null 2>"$tmp/fullerr2"; }
build_real
again=$(count "$tmp/fullerr2")
n=$(pdfs "$tmp/full" | wc -l)
if [ $rc = 3 ] && [ -n "$nfail" ] && [ "$nfail" -gt 0 ] && [ "$msg" = "$nfail" ] &&
    [ "$again" = "$nfail $((n - nfail)) 0" ]; then
	ok "disk full: $nfail PDFs failed (exit 3), the next build renders exactly those"
else
	fail "disk full" "rc $rc, failed '$nfail', messages $msg, next run '$again' of $n"
	cat "$tmp/fullerr"
fi

# 14. An input rewritten while builds read it (an editor saving in place, a
#     copy half-way): every run ends with status 0 or 1 and only messages of
#     the form file:line or the summary's, never a crash; every PDF stays
#     complete; once the file is still, the build (with --prune, for the
#     outputs named after a title the file had for a moment) is clean and
#     equal to a fresh one.
rm -rf "$tmp/moving"
mkdir -p "$tmp/moving"
cp input/*.xml "$tmp/moving/"
victim="$tmp/moving/linkoping-rk-sprakvanner.xml"
cp "$victim" "$tmp/victim.good"
size=$(wc -c <"$tmp/victim.good")
(
	i=0
	while [ ! -f "$tmp/stop-moving" ]; do
		case $((i % 4)) in
		0) head -c $((size / 3)) "$tmp/victim.good" >"$victim" ;;
		1) cat "$tmp/victim.good" >"$victim" ;;
		2) : >"$victim" ;;
		3) sed 's/Språkvänner/Språkvännerna/g' "$tmp/victim.good" >"$victim" ;;
		esac
		i=$((i + 1))
	done
) &
writer=$!
runs=0
odd=0
while [ $runs -lt 15 ]; do
	"$IOPDOC" build --input "$tmp/moving" -o "$tmp/moving-out" -j 2 >/dev/null 2>"$tmp/movingerr"
	rc=$?
	case $rc in 0|1) ;; *) odd=$((odd + 1)); echo "run $runs: exit $rc"; cat "$tmp/movingerr" ;; esac
	# every line: a file:line message, a message about the program's
	# own doing, the summary, or an indented summary line
	if grep -v -E '^(/[^:]+:([0-9]+:)? (error|warning|note): |iopdoc: |iopdoc build: |failed:$|  )' \
	    "$tmp/movingerr" | grep -q . || grep -q -E 'Sanitizer|runtime error' "$tmp/movingerr"; then
		odd=$((odd + 1))
		echo "run $runs: unexpected output"
		cat "$tmp/movingerr"
	fi
	runs=$((runs + 1))
done
touch "$tmp/stop-moving"
wait $writer
cp "$tmp/victim.good" "$victim"
# --prune: a run that read the renamed title ("Språkvännerna") wrote its
# outputs under that name; they are orphans now, kept until pruned
"$IOPDOC" build --input "$tmp/moving" -o "$tmp/moving-out" --prune >/dev/null 2>"$tmp/movingerr"
rc=$?
"$IOPDOC" build --input "$tmp/moving" -o "$tmp/fresh-out" >/dev/null 2>/dev/null
broken=0
for f in $(pdfs "$tmp/moving-out"); do
	qpdf --check "$tmp/moving-out/$f" >/dev/null 2>&1 || broken=$((broken + 1))
	cmp -s "$tmp/moving-out/$f" "$tmp/fresh-out/$f" || { broken=$((broken + 1)); echo "differs from a fresh build: $f"; }
done
if [ $odd = 0 ] && [ $rc = 0 ] && [ $broken = 0 ] && [ "$(pdfs "$tmp/moving-out")" = "$(pdfs "$tmp/fresh-out")" ]; then
	ok "an input rewritten during 15 builds: clear messages only, then a clean build equal to a fresh one"
else
	fail "moving input" "$odd odd runs, final exit $rc, $broken PDFs broken or stale"
fi

# 15. Both workers killed mid-build (the out-of-memory killer, an admin):
#     their two outputs fail with a clear message (exit 3), the build itself
#     renders the rest, and the next build renders the two.
out="$tmp/killed-workers"
"$IOPDOC" build --input "$tmp/big" -o "$out" -j 2 >/dev/null 2>"$tmp/kwerr" &
pid=$!
first_pdf "$out"
workers=$(pgrep -P $pid | tr '\n' ' ')
kill -9 $workers 2>/dev/null
wait $pid
rc=$?
died=$(grep -c "^iopdoc: error: the worker process rendering .* stopped unexpectedly (signal 9, Killed)" "$tmp/kwerr")
c=$(count "$tmp/kwerr")
"$IOPDOC" build --input "$tmp/big" -o "$out" -j 2 >/dev/null 2>"$tmp/kwerr2"
rc2=$?
total=$(pdfs "$out" | wc -l)
set -- $c
if [ $rc = 3 ] && [ "$died" = 2 ] && [ "$3" = 2 ] && [ $(($1 + 2)) = "$total" ] && [ $rc2 = 0 ] &&
    [ "$(count "$tmp/kwerr2")" = "2 $(($total - 2)) 0" ]; then
	ok "both workers killed: 2 outputs fail with the reason, $1 rendered by the build itself, the next build renders the 2"
else
	fail "workers killed" "workers '$workers', rc $rc, died $died, counts '$c', rc2 $rc2, next '$(count "$tmp/kwerr2")' of $total"
	grep -v note: "$tmp/kwerr" | tail -5
fi

# 16. The cache of routing summaries: what changed is read again, and
#     what depends on it (tests/build/cache.sh).
. tests/build/cache.sh

# 17. The single commands name their PDFs as the build does
#     (tests/build/names.sh).
. tests/build/names.sh

# 18. The parties' logo files are inputs of their agreement
#     (tests/build/logos.sh).
. tests/build/logos.sh

# 19. What the nightly build's log says of agreements a report would
#     lose or count twice (review r8): an agreement that names no
#     responsible nämnd is in no report, nor is its follow-up (a note per
#     agreement, with the element to add); Nystart copied under another
#     id beside itself (the same diarienummer, parties and period) is
#     counted once by its nämnd's reports (2024: 640 000 kr, not 1 280 000)
#     and warned of in each, naming the first.
nr=$tmp/noreport
mkdir -p "$nr/in"
cp examples/exempel-huddinge-motesplats.xml examples/exempel-huddinge-motesplats-verksamhetsrapport-2026-02.xml \
    tests/report/vallby/vallby-nystart.xml "$nr/in/"
sed 's/id="vallby-nystart"/id="vallby-nystart-ny"/' tests/report/vallby/vallby-nystart.xml >"$nr/in/vallby-nystart-ny.xml"
"$IOPDOC" build --input "$nr/in" -o "$nr/out" >/dev/null 2>"$nr/err"
rc=$?
total=$(pdftotext -raw "$nr/out/reports/arbetsmarknadsnamnden-vallby-kommun-2024.pdf" - 2>/dev/null |
    tr '\n' ' ' | grep -o "Kommunens finansiering var [0-9 ]* kr")
if [ $rc = 0 ] &&
    grep -qF "exempel-huddinge-motesplats.xml:57: warning: the agreement \"Mötesplats Flemingsberg\" names no responsible nämnd, so it is in no nämnd's yearly report (nor is its follow-up): add <responsible-namnd id=\"ID\" kommun=\"Huddinge kommun\" source=\"text\">Kommunstyrelsen</responsible-namnd> before <period>" "$nr/err" &&
    grep -qF "vallby-nystart.xml:7: warning: the same agreement as $nr/in/vallby-nystart-ny.xml" "$nr/err" &&
    [ "$total" = "Kommunens finansiering var 640 000 kr" ]; then
	ok "build: a warning for an agreement in no report, a warning for one read twice, counted once"
else
	fail "agreements in no report or read twice" "rc $rc, '$total'"; cat "$nr/err"
fi

# 20. As a cron job sees it: silent when unchanged, each problem once,
#     warnings named until mended, a JSON log valid for any file name
#     (tests/build/cron.sh).
. tests/build/cron.sh

echo "build: $passed passed, $failed failed"
[ $failed = 0 ]
