#!/bin/sh
# Faults of the nightly build's scan, plan and workers, on a real file
# system: a follow-up whose delmål another follow-up sets, a missing, empty
# or unreadable input folder with --prune, FIFOs named *.xml, symbolic
# links (loops, dangling), names with control and Latin-1 bytes, a tree
# too deep, SIGTERM during the scan, a stopped worker (SIGSTOP), and the
# build killed while its workers run.  Every command is bounded in time.
# Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/fault/scan.sh

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
TEMPLATE=$(pwd)/templates/default.ini
tmp=$(mktemp -d)
chmod 755 "$tmp"
# reap PID...: workers this script stopped, should they outlive a failed
# test (at once, before their numbers can be reused)
reap() { for p in "$@"; do kill -9 "$p" 2>/dev/null; done; }
cleanup() {
	chmod -R u+rwx "$tmp" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
passed=0
failed=0

ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
count() { sed -n "s/^iopdoc build: \([0-9]*\) rendered, \([0-9]*\) unchanged, \([0-9]*\) failed.*/\1 \2 \3/p" "$1"; }
pdfs() { (cd "$1" && find . -name '*.pdf' | sort); }
# sums DIR: every PDF with its checksum, to see that none changed
sums() { (cd "$1" && find . -name '*.pdf' -exec md5sum {} + | sort); }
build() { timeout 120 "$IOPDOC" build --template "$TEMPLATE" "$@"; }

# A tree of the real inputs and the made-up follow-ups, in sub-folders.
mkdir -p "$tmp/in/real" "$tmp/in/examples"
cp input/*.xml "$tmp/in/real/"
cp tests/report/examples/*.xml "$tmp/in/examples/"

# 1. An outcome that names a delmål set by another follow-up passes check;
#    build renders its PDF and the year's report too (each job once read
#    only its own files and failed), and depends on the follow-up that
#    sets the delmål.
cat >"$tmp/in/real/test-sprakvanner-dialogmote-2021-03.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<followup id="test-sprakvanner-dialogmote-2021-03" agreement="linkoping-rk-sprakvanner" kind="dialogmote">
  <title>Dialogmöte om Språkvänner, mars 2021</title>
  <date>2021-03-15</date>
  <outcomes from="2021-01-01" to="2021-02-28">
    <outcome measure="nya Språkvänspår" value="12" unit="st" goal="2020-oka-matchade">Nya språkvänspår jan–feb 2021</outcome>
  </outcomes>
  <text>
    <p>Utfallet följer delmålet som partssamtalet 2019 satte för 2020.</p>
  </text>
</followup>
EOF
timeout 60 "$IOPDOC" check "$tmp/in/real" >/dev/null 2>"$tmp/err"
crc=$?
build --input "$tmp/in" -o "$tmp/out" -j 2 >/dev/null 2>"$tmp/err"
rc=$?
build --input "$tmp/in" -o "$tmp/out1" -j 1 >/dev/null 2>"$tmp/err1"
rc1=$?
sed -i 's/Partnerskapet fungerar bra/Partnerskapet fungerar mycket bra/' \
    "$tmp/in/real/linkoping-rk-sprakvanner-partssamtal-2019-10-25.xml"
build --input "$tmp/in" -o "$tmp/out" -v >/dev/null 2>"$tmp/err2"
if [ $crc = 0 ] && [ $rc = 0 ] && [ $rc1 = 0 ] && ! grep -q "is not the id of a goal" "$tmp/err" "$tmp/err1" &&
    [ -f "$tmp/out/followups/sprakvanner-dialogmote-2021-03-15.pdf" ] &&
    [ -f "$tmp/out/reports/arbetsmarknadsnamnden-linkopings-kommun-2021.pdf" ] &&
    grep -q "^iopdoc: rendered followups/sprakvanner-dialogmote-2021-03-15.pdf: an input changed" "$tmp/err2" &&
    grep -q "^iopdoc: rendered reports/arbetsmarknadsnamnden-linkopings-kommun-2021.pdf: an input changed" "$tmp/err2"; then
	ok "a delmål set by another follow-up: check, build -j 2 and -j 1 pass; that follow-up is an input of both outputs"
else
	fail "delmål of a sibling" "check $crc, build $rc / $rc1"; grep error "$tmp/err" "$tmp/err1" "$tmp/err2" | head -5
fi
rm -rf "$tmp/out1"

# 2. The input folder missing: an error (exit 3), and --prune removes
#    nothing.
before=$(sums "$tmp/out")
mv "$tmp/in" "$tmp/in.away"
build --input "$tmp/in" -o "$tmp/out" --prune >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 3 ] && grep -q "^iopdoc: error: cannot read $tmp/in: No such file or directory" "$tmp/err" &&
    grep -q "^iopdoc: warning: --prune kept [1-9][0-9]* outputs nothing read this run makes" "$tmp/err" && [ "$(sums "$tmp/out")" = "$before" ] &&
    ! grep -q "^iopdoc: removed" "$tmp/err"; then
	ok "input folder missing: exit 3, named, --prune removes nothing"
else
	fail "missing input" "exit $rc"; head -5 "$tmp/err"
fi

# 3. The input folder empty (a share not mounted): exit 3, said so, and
#    --prune removes nothing.
mkdir "$tmp/in"
build --input "$tmp/in" -o "$tmp/out" --prune >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 3 ] && grep -q "^iopdoc: error: the input folder $tmp/in holds no XML files, but the last build made [0-9]* outputs from it" "$tmp/err" &&
    [ "$(sums "$tmp/out")" = "$before" ] && ! grep -q "^iopdoc: removed" "$tmp/err"; then
	ok "input folder empty where the last build found inputs: exit 3, said so, --prune removes nothing"
else
	fail "empty input" "exit $rc"; head -5 "$tmp/err"
fi
rmdir "$tmp/in"
mv "$tmp/in.away" "$tmp/in"
build --input "$tmp/in" -o "$tmp/out" >/dev/null 2>"$tmp/err"
# (nothing to render: no count, and no error)
[ $? = 0 ] && [ "$(count "$tmp/err" | cut -d' ' -f3)" = "" ] && ! grep -q error "$tmp/err" ||
    fail "back" "the build after the folder came back: $(count "$tmp/err")"

# 4. A sub-folder that cannot be read (tests run as root, who reads
#    everything: the build runs as nobody on a copy it owns, beside a
#    folder it may not enter): named, exit 3, its outputs and the reports
#    it feeds keep their PDFs, and --prune removes nothing.
if command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
	cp -r "$tmp/in" "$tmp/nb-in"
	cp -r "$tmp/out" "$tmp/nb-out"
	chown -R nobody:nogroup "$tmp/nb-in" "$tmp/nb-out"
	as_nobody() { timeout 120 setpriv --reuid=nobody --regid=nogroup --clear-groups "$IOPDOC" build --template "$TEMPLATE" "$@"; }
	as_nobody --input "$tmp/nb-in" -o "$tmp/nb-out" >/dev/null 2>"$tmp/err"
	before=$(sums "$tmp/nb-out")
	chown root:root "$tmp/nb-in/examples"
	chmod 700 "$tmp/nb-in/examples"
	as_nobody --input "$tmp/nb-in" -o "$tmp/nb-out" --prune >/dev/null 2>"$tmp/err"
	rc=$?
	if [ $rc = 3 ] && grep -q "^iopdoc: error: cannot read $tmp/nb-in/examples: Permission denied" "$tmp/err" &&
	    grep -q "; 1 input file with errors$" "$tmp/err" && [ "$(grep -c "$tmp/nb-in/examples" "$tmp/err")" = 1 ] &&
	    [ "$(sums "$tmp/nb-out")" = "$before" ] && ! grep -q "^iopdoc: removed" "$tmp/err"; then
		ok "an unreadable sub-folder: named, exit 3, no PDF re-rendered without it or pruned"
	else
		fail "unreadable sub-folder" "exit $rc"; head -8 "$tmp/err"
	fi
	chmod 755 "$tmp/nb-in/examples"
else
	echo "skip: unreadable sub-folder (setpriv cannot run as nobody here)"
fi

# 5. A FIFO named *.xml: the single commands refuse it at once instead of
#    waiting for ever; the build names it rather than skipping it.
mkdir -p "$tmp/fifo"
cp input/linkoping-rk-sprakvanner.xml "$tmp/fifo/"
mkfifo "$tmp/fifo/pipe.xml"
bad=""
for cmd in "check $tmp/fifo/pipe.xml" "agreement -o $tmp/fifo-out $tmp/fifo/pipe.xml" \
    "followup -o $tmp/fifo-out $tmp/fifo" "check $tmp/fifo" \
    "report --all -o $tmp/fifo-out $tmp/fifo"; do
	# shellcheck disable=SC2086
	timeout 20 "$IOPDOC" $cmd --template "$TEMPLATE" >/dev/null 2>"$tmp/err"
	rc=$?
	if [ $rc != 3 ] || ! grep -q "cannot read $tmp/fifo/pipe.xml: it is a named pipe (FIFO), not an ordinary file" "$tmp/err"; then
		bad="$bad [$cmd: exit $rc]"
	fi
done
build --input "$tmp/fifo" -o "$tmp/fifo-build" >/dev/null 2>"$tmp/err"
rc=$?
if [ -z "$bad" ] && [ $rc = 3 ] && grep -q "cannot read $tmp/fifo/pipe.xml: it is a named pipe (FIFO)" "$tmp/err" &&
    [ -f "$tmp/fifo-build/agreements/sprakvanner-2019.pdf" ]; then
	ok "a FIFO named *.xml: check, agreement, followup, report refuse it at once (exit 3); build names it"
else
	fail FIFO "$bad build exit $rc"; head -5 "$tmp/err"
fi

# 6. Symbolic links are not followed: a loop to the parent and two links
#    to the folder itself give one warning each (no duplicate ids, no
#    endless scan), a dangling link and a link to a file too.
mkdir -p "$tmp/links/sub"
cp input/linkoping-rk-sprakvanner.xml "$tmp/links/sub/"
ln -s .. "$tmp/links/sub/up"
ln -s . "$tmp/links/self1"
ln -s . "$tmp/links/self2"
ln -s nowhere.xml "$tmp/links/dangling.xml"
ln -s sub/linkoping-rk-sprakvanner.xml "$tmp/links/copy.xml"
start=$(date +%s)
build --input "$tmp/links" -o "$tmp/links-out" >/dev/null 2>"$tmp/err"
rc=$?
took=$(($(date +%s) - start))
nwarn=$(grep -c ": warning: a symbolic link: the build does not follow links" "$tmp/err")
if [ $rc = 0 ] && [ "$nwarn" = 5 ] && [ "$took" -lt 60 ] && ! grep -q "also used by" "$tmp/err" &&
    grep -q "^$tmp/links/dangling.xml: warning: a symbolic link" "$tmp/err" &&
    grep -q "^$tmp/links/sub/up: warning: a symbolic link" "$tmp/err" &&
    [ -f "$tmp/links-out/agreements/sprakvanner-2019.pdf" ]; then
	ok "symbolic links (a loop, self-links, dangling, to a file): not followed, one warning each, in ${took} s"
else
	fail links "exit $rc, $nwarn warnings, $took s"; head -8 "$tmp/err"
fi

# A harmless link does not stop --prune for the whole tree: the PDF of an
# input deleted since is removed, and nothing is said to be kept.
mkdir -p "$tmp/plink"
cp input/linkoping-rk-sprakvanner.xml input/lund-kompis-sverige.xml "$tmp/plink/"
mkdir "$tmp/plink-away"
ln -s "$tmp/plink-away" "$tmp/plink/elsewhere"
build --input "$tmp/plink" -o "$tmp/plink-out" --prune >/dev/null 2>"$tmp/err"
rc=$?
n1=$(pdfs "$tmp/plink-out" | wc -l)
rm "$tmp/plink/lund-kompis-sverige.xml"
build --input "$tmp/plink" -o "$tmp/plink-out" --prune >/dev/null 2>"$tmp/err2"
rc2=$?
n2=$(pdfs "$tmp/plink-out" | wc -l)
if [ $rc = 0 ] && [ $rc2 = 0 ] && [ "$n2" -lt "$n1" ] &&
    [ "$(grep -c "^iopdoc: removed $tmp/plink-out/.*: no input makes it any more" "$tmp/err2")" = $((n1 - n2)) ] &&
    ! grep -q "warning: --prune" "$tmp/err2" &&
    [ -f "$tmp/plink-out/agreements/sprakvanner-2019.pdf" ]; then
	ok "a symbolic link in the input folder: --prune still removes the PDF of a deleted input"
else
	fail "prune beside a link" "exit $rc / $rc2, $n1 then $n2 PDFs"; grep -v note: "$tmp/err2" | head -5
fi

# 7. Names with a tab, a newline or a Latin-1 byte: each named (escaped),
#    exit 1, and the manifest stays one record a line.
mkdir -p "$tmp/names"
cp input/linkoping-rk-sprakvanner.xml "$tmp/names/"
cp input/lund-kompis-sverige.xml "$tmp/names/$(printf 'tab\there.xml')"
cp input/linkoping-ikf-inkludering.xml "$tmp/names/$(printf 'new\nline.xml')"
cp input/linkoping-stadsmission-domkyrkopastorat.xml "$tmp/names/$(printf 'caf\351.xml')"
mkdir -p "$tmp/names/$(printf 'dir\001x')"
cp input/lund-kompis-sverige.xml "$tmp/names/$(printf 'dir\001x')/"
build --input "$tmp/names" -o "$tmp/names-out" >/dev/null 2>"$tmp/err"
rc=$?
build --input "$tmp/names" -o "$tmp/names-out" >/dev/null 2>"$tmp/err2"
rc2=$?
msg="error: the name holds a control character or a byte that is not UTF-8"
if [ $rc = 1 ] && [ $rc2 = 1 ] && grep -qF "$tmp/names/tab\\there.xml: $msg" "$tmp/err" &&
    grep -qF "$tmp/names/new\\nline.xml: $msg" "$tmp/err" &&
    grep -qF "$tmp/names/caf\\xE9.xml: $msg" "$tmp/err" &&
    grep -qF "$tmp/names/dir\\x01x: $msg" "$tmp/err" &&
    [ "$(grep -c "$msg" "$tmp/err2")" = 4 ] &&
    ! grep -v -E '^(iopdoc-manifest|prog|tpl|opts|file|sum|out|pdf|csv|pages|failed)	' "$tmp/names-out/.iopdoc-manifest" | grep -q . &&
    [ -f "$tmp/names-out/agreements/sprakvanner-2019.pdf" ]; then
	ok "names with a tab, a newline, a Latin-1 byte, a control byte: each named, escaped, every night; the manifest intact"
else
	fail names "exit $rc / $rc2"; head -8 "$tmp/err"
fi

# The input or output folder's own name with a tab or a control byte:
# refused at once (exit 3), named escaped, nothing written.
mkdir -p "$tmp/$(printf 'in\tput')" "$tmp/$(printf 'out\001put')"
cp input/linkoping-rk-sprakvanner.xml "$tmp/$(printf 'in\tput')/"
build --input "$tmp/$(printf 'in\tput')" -o "$tmp/dir-out" >/dev/null 2>"$tmp/err"
rc=$?
build --input "$tmp/names" -o "$tmp/$(printf 'out\001put')" >/dev/null 2>"$tmp/err2"
rc2=$?
if [ $rc = 3 ] && [ $rc2 = 3 ] &&
    grep -qF "iopdoc: error: the input folder $tmp/in\tput: its path holds a control character" "$tmp/err" &&
    grep -qF "iopdoc: error: the output folder $tmp/out\x01put: its path holds a control character" "$tmp/err2" &&
    ! [ -e "$tmp/dir-out" ] && [ -z "$(ls -A "$tmp/$(printf 'out\001put')")" ]; then
	ok "an input or output folder whose own name holds a tab or a control byte: refused, named escaped, exit 3"
else
	fail "folder names" "exit $rc / $rc2"; head -3 "$tmp/err" "$tmp/err2"
fi

# 8. A folder deeper than the limit: named, with the limit, exit 1.
deep="$tmp/deep"
i=0
d=$deep
while [ $i -lt 20 ]; do d="$d/d$i"; i=$((i + 1)); done
mkdir -p "$d"
cp input/linkoping-rk-sprakvanner.xml "$d/"
cp input/lund-kompis-sverige.xml "$deep/d0/"
limit=$(sed -n 's/^#define LIMIT_SCAN_DEPTH[^0-9]*\([0-9]*\).*/\1/p' src/limit.h)
build --input "$deep" -o "$tmp/deep-out" >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc = 1 ] && [ "$(grep -c "error: the folder lies more than $limit levels below the input folder" "$tmp/err")" = 1 ] &&
    grep -q "/d$limit: error: the folder lies more than" "$tmp/err" &&
    [ "$(pdfs "$tmp/deep-out/agreements" | wc -l)" = 1 ]; then
	ok "a tree deeper than $limit folders: the folder past the limit named, exit 1, the rest rendered"
else
	fail deep "exit $rc"; head -5 "$tmp/err"; ls "$tmp/deep-out/agreements"
fi

# 9. SIGTERM during a long scan is honoured there: exit 5 at once, and
#    nothing is written; what was read is neither checked nor reported
#    (2 000 good follow-ups checked against part of the inputs, without
#    the agreement read last, gave false errors).
mkdir -p "$tmp/many"
i=0
while [ $i -lt 40 ]; do
	mkdir -p "$tmp/many/f$i"
	j=0
	while [ $j -lt 50 ]; do
		sed "s/id=\"test-uppfoljning\"/id=\"f$i-n$j\"/" tests/bad/followup-good.xml >"$tmp/many/f$i/n$j.xml"
		j=$((j + 1))
	done
	i=$((i + 1))
done
# the agreement they follow up is read last: stopped before it, no
# follow-up may be said to lack it
mkdir -p "$tmp/many/zz"
cp input/linkoping-rk-sprakvanner.xml "$tmp/many/zz/"
timeout 120 "$IOPDOC" build --template "$TEMPLATE" --input "$tmp/many" -o "$tmp/many-out" >/dev/null 2>"$tmp/err" &
pid=$!
# the stop is caught once the build makes its kind folders (before that a
# loaded machine's TERM finds the default action, exit 143)
n=0
while [ ! -d "$tmp/many-out/followups" ] && [ $n -lt 300 ]; do sleep 0.05; n=$((n + 1)); done
start=$(date +%s)
kill -TERM $pid
wait $pid
rc=$?
took=$(($(date +%s) - start))
if [ $rc = 5 ] && [ "$took" -le 3 ] &&
    grep -q "^iopdoc: error: stopped by SIGTERM while reading the input folder: nothing was rendered or removed" "$tmp/err" &&
    [ "$(grep 'error:' "$tmp/err" | grep -vc 'stopped by SIGTERM')" = 0 ] &&
    ! [ -f "$tmp/many-out/.iopdoc-manifest" ]; then
	ok "SIGTERM while 2 000 files are scanned and read: exit 5 within $took s, nothing written"
else
	fail "TERM in scan" "exit $rc after $took s"; tail -3 "$tmp/err"
fi

# 10. A worker stopped with SIGSTOP: its job fails after --job-timeout
#     with a clear message, the rest is rendered, the build ends (exit 3),
#     and the next build renders the one that failed.
python3 tests/bench/generate.py --agreements 12 --seed 3 "$tmp/big" >/dev/null
first_pdf() {
	k=0
	while [ $k -lt 1000 ] && ! find "$1" -name '*.pdf' 2>/dev/null | grep -q .; do
		sleep 0.02
		k=$((k + 1))
	done
}
# the build's process: the child of timeout(1), whose pid $! is
build_pid() { pgrep -P "$1" | head -1; }
out="$tmp/stopped"
timeout 200 "$IOPDOC" build --template "$TEMPLATE" --input "$tmp/big" -o "$out" -j 2 --job-timeout 8 >/dev/null 2>"$tmp/err" &
pid=$!
first_pdf "$out"
victim=$(pgrep -P "$(build_pid $pid)" | head -1)
kill -STOP "$victim"
wait $pid
rc=$?
gone=1
kill -0 "$victim" 2>/dev/null && gone=0
reap "$victim"
c=$(count "$tmp/err")
build --input "$tmp/big" -o "$out" >/dev/null 2>"$tmp/err2"
rc2=$?
total=$(pdfs "$out" | wc -l)
set -- $c
if [ $rc = 3 ] && [ "$3" = 1 ] && [ $(($1 + 1)) = "$total" ] &&
    grep -q "^iopdoc: error: rendering .* took more than 8 seconds (--job-timeout), so its worker process was stopped" "$tmp/err" &&
    [ $gone = 1 ] && [ $rc2 = 0 ] && [ "$(count "$tmp/err2")" = "1 $((total - 1)) 0" ]; then
	ok "a stopped worker: its job fails after --job-timeout, $1 others rendered, the next build renders it"
else
	fail "stopped worker" "exit $rc, counts '$c', next exit $rc2 '$(count "$tmp/err2")' of $total"; grep error "$tmp/err" | head -3
fi

# 11. SIGTERM to a build whose worker is stopped: it ends within the grace
#     period (exit 5) instead of waiting for ever.
out="$tmp/stopped-term"
timeout 200 "$IOPDOC" build --template "$TEMPLATE" --input "$tmp/big" -o "$out" -j 2 >/dev/null 2>"$tmp/err" &
pid=$!
first_pdf "$out"
victim=$(pgrep -P "$(build_pid $pid)" | head -1)
kill -STOP "$victim"
sleep 0.3
start=$(date +%s)
kill -TERM "$(build_pid $pid)"
wait $pid
rc=$?
took=$(($(date +%s) - start))
gone=1
kill -0 "$victim" 2>/dev/null && gone=0
reap "$victim"
if [ $rc = 5 ] && [ "$took" -le 20 ] && [ $gone = 1 ]; then
	ok "SIGTERM with a stopped worker: exit 5 after $took s, the worker gone"
else
	fail "TERM, stopped worker" "exit $rc after $took s"; tail -3 "$tmp/err"
fi

# 12. The build killed (SIGKILL) while its workers run, one of them
#     stopped: no worker outlives it holding the lock; the next build runs.
#     (Not under timeout(1): its process group, orphaned with a stopped
#     member when the build dies, would get SIGCONT from the kernel; the
#     build is killed after its first PDF in any case.)
out="$tmp/orphans"
"$IOPDOC" build --template "$TEMPLATE" --input "$tmp/big" -o "$out" -j 2 >/dev/null 2>&1 &
parent=$!
first_pdf "$out"
workers=$(pgrep -P "$parent" | tr '\n' ' ')
victim=$(echo "$workers" | cut -d' ' -f1)
kill -STOP "$victim"
kill -9 "$parent"
wait $parent 2>/dev/null
sleep 1
alive=""
# (a dead worker may stay a zombie until init reaps it: not alive)
for w in $workers; do
	case $(ps -o stat= -p "$w" 2>/dev/null) in ''|Z*) ;; *) alive="$alive $w" ;; esac
done
timeout 120 "$IOPDOC" build --template "$TEMPLATE" --input "$tmp/big" -o "$out" >/dev/null 2>"$tmp/err"
rc=$?
if [ -z "$alive" ] && [ $rc = 0 ]; then
	ok "the build killed with a stopped worker: no worker left, the next build runs (exit 0)"
else
	fail orphans "workers alive:$alive, next build exit $rc"; head -3 "$tmp/err"
fi
reap $alive

echo "fault scan: $passed passed, $failed failed"
[ $failed = 0 ]
