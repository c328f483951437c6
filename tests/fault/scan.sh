#!/bin/sh
# Faults of the nightly build's scan, plan and workers, on a real file
# system: a follow-up whose delmål another follow-up sets, a missing, empty
# or unreadable input folder with --prune, FIFOs named *.xml, symbolic
# links (loops, dangling), names with control and Latin-1 bytes, a tree
# too deep, SIGTERM during the scan, a stopped worker (SIGSTOP), and the
# build killed while its workers run.  Every command is bounded in time.
# Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/fault/scan.sh
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
trap cleanup EXIT INT TERM
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

echo "fault scan: $passed passed, $failed failed"
[ $failed = 0 ]
