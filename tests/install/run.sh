#!/bin/sh
# make install and the installed iopdoc (issue 15).  Run from the top of
# the source tree after `make` (what `make installtest` does):
#
#   sh tests/install/run.sh
#
# Installs ./iopdoc with `make install DESTDIR=TMP PREFIX=/usr`, then runs
# the installed program from another folder, where nothing of the
# checkout is reachable: every agreement, follow-up and report of
# examples/ and input/ must come out byte for byte as the checkout's
# ./iopdoc renders it (so no PDF embeds a path that differs between the
# two), from the installed data and not the checkout's (the data moved
# away, the program says where it looked and exits 3).  Then a template
# kept elsewhere, the config file (its folders, command-line options over
# it, its mistakes) and `make uninstall`, which must leave no file.
# The config's mistakes are also run with $IOPDOC (the sanitizer build
# under make check).

IOPDOC=${IOPDOC:-./iopdoc}
MAKE=${MAKE:-make}
top=$(pwd)
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $1: $2"; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-install.XXXXXX") || {
	echo "run.sh: cannot make a temporary folder" >&2
	exit 3
}
trap 'rm -rf "$tmp"' EXIT INT TERM
[ -x ./iopdoc ] || { echo "run.sh: no ./iopdoc: run make first" >&2; exit 3; }

dest=$tmp/dest
inst=$dest/usr/bin/iopdoc
share=$dest/usr/share/iopdoc
# the same creation date in every PDF; no template or config from the
# caller's environment
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
unset IOPDOC_TEMPLATE IOPDOC_CONFIG

# --- make install ----------------------------------------------------
if $MAKE -s install DESTDIR="$dest" PREFIX=/usr >"$tmp/make.out" 2>&1; then
	ok
else
	fail install "make install failed: $(cat "$tmp/make.out")"
fi
for f in bin/iopdoc share/iopdoc/templates/default.ini share/iopdoc/templates/hyphenation-sv.txt \
    share/iopdoc/fonts/IopdocSans-Regular.ttf share/iopdoc/fonts/IopdocSans-Bold.ttf \
    share/iopdoc/fonts/IopdocSans-Italic.ttf share/iopdoc/fonts/IopdocSans-BoldItalic.ttf \
    share/iopdoc/fonts/OFL.txt share/iopdoc/examples/iopdoc.service \
    share/iopdoc/examples/iopdoc.timer share/iopdoc/examples/iopdoc.conf.example \
    share/bash-completion/completions/iopdoc; do
	if [ -f "$dest/usr/$f" ]; then ok; else fail "install $f" "not installed"; fi
done
# the man pages man/ holds, each in its section's folder
for m in man/*.[1-8]; do
	[ -f "$m" ] || continue
	s=${m##*.}
	if cmp -s "$m" "$dest/usr/share/man/man$s/${m##*/}"; then ok; else
		fail "install $m" "not in usr/share/man/man$s"; fi
done
if [ -x "$inst" ] && [ "$(stat -c %a "$inst")" = 755 ] &&
    [ "$(stat -c %a "$share/templates/default.ini")" = 644 ]; then ok; else
	fail "install modes" "the program is not 755 or the data not 644"; fi
# nothing outside PREFIX (SYSCONFDIR is the admin's: nothing goes there)
outside=$(cd "$dest" && find . -type f ! -path './usr/*')
if [ -z "$outside" ]; then ok; else fail "install outside PREFIX" "$outside"; fi

# --- the installed program, from a folder without the checkout --------
# Both read the same copies by the same names: a report's metadata
# lists its files as named (Keywords "underlag: ..."), so the input's
# names, unlike the program's place, would show in its bytes.
mkdir -p "$tmp/docs" "$tmp/run/out" "$tmp/ref"
cp examples/*.xml input/*.xml "$tmp/docs/"
cp -r examples/logotyper "$tmp/docs/"

# The reference: the checkout's program, in the checkout.
./iopdoc build -j 2 --input "$tmp/docs" -o "$tmp/ref/build" >/dev/null 2>"$tmp/ref.err"
./iopdoc agreement -o "$tmp/ref/agreement" "$tmp/docs" >/dev/null 2>>"$tmp/ref.err"
./iopdoc followup --input "$tmp/docs" -o "$tmp/ref/followup" "$tmp/docs" >/dev/null 2>>"$tmp/ref.err"
nref=$(find "$tmp/ref" -name '*.pdf' | wc -l)
if [ "$nref" -ge 40 ]; then ok; else fail reference "only $nref PDFs from the checkout's ./iopdoc"; fi

# Every PDF and CSV of tree $1 (run by the installed program) is the
# reference's, and no more or fewer.
same_tree() {
	name=$1 got=$2 want=$3
	(cd "$want" && find . -type f \( -name '*.pdf' -o -name '*.csv' \) | sort) >"$tmp/want.list"
	(cd "$got" && find . -type f \( -name '*.pdf' -o -name '*.csv' \) | sort) >"$tmp/got.list"
	if ! cmp -s "$tmp/want.list" "$tmp/got.list"; then
		fail "$name" "other files than the checkout's: $(diff "$tmp/want.list" "$tmp/got.list" | grep '^[<>]' | head -5 | tr '\n' ' ')"
		return
	fi
	differ=""
	while read -r f; do
		cmp -s "$want/$f" "$got/$f" || differ="$differ $f"
	done <"$tmp/want.list"
	if [ -z "$differ" ]; then ok; else fail "$name" "not the checkout's bytes:$differ"; fi
}

cd "$tmp/run" || exit 3
"$inst" build -j 2 --input "$tmp/docs" -o out/build >/dev/null 2>"$tmp/run.err"
"$inst" agreement -o out/agreement "$tmp/docs" >/dev/null 2>>"$tmp/run.err"
"$inst" followup --input "$tmp/docs" -o out/followup "$tmp/docs" >/dev/null 2>>"$tmp/run.err"
cd "$top" || exit 3
for k in build agreement followup; do
	same_tree "installed $k" "$tmp/run/out/$k" "$tmp/ref/$k"
done
# the same messages
if cmp -s "$tmp/ref.err" "$tmp/run.err"; then ok; else
	fail "installed messages" "$(diff "$tmp/ref.err" "$tmp/run.err" | head -5)"; fi

# The installed data is what it reads: a changed installed default.ini
# changes the PDF.
one=exempel-sjoberg-motesplats.xml
cp "$share/templates/default.ini" "$tmp/default.ini.orig"
sed 's/^heading = .*/heading = #C00000/' "$tmp/default.ini.orig" >"$share/templates/default.ini"
(cd "$tmp/run" && "$inst" agreement -o "$tmp/changed.pdf" "$tmp/docs/$one" 2>/dev/null)
cp "$tmp/default.ini.orig" "$share/templates/default.ini"
(cd "$tmp/run" && "$inst" agreement -o "$tmp/restored.pdf" "$tmp/docs/$one" 2>/dev/null)
if [ -f "$tmp/changed.pdf" ] && ! cmp -s "$tmp/changed.pdf" "$tmp/restored.pdf" &&
    cmp -s "$tmp/restored.pdf" "$tmp/ref/agreement/agreements/motesplats-sjoberg-2024.pdf"; then ok; else
	fail "installed template read" "a heading colour changed in $share/templates/default.ini changed nothing"; fi

# Nothing of the checkout is used: without the installed data the
# program stops (exit 3) and names where it looked.  (A checkout found
# would render.)
if [ -e /usr/local/share/iopdoc ]; then
	echo "SKIP: no data: /usr/local/share/iopdoc, the compiled-in DATADIR, exists on this machine"
else
	mv "$share" "$tmp/share-away"
	(cd "$tmp/run" && LC_ALL=C "$inst" agreement -o "$tmp/none.pdf" "$tmp/docs/$one" >/dev/null 2>"$tmp/err")
	rc=$?
	if [ $rc = 3 ] && [ ! -e "$tmp/none.pdf" ] &&
	    grep -qF "no template found (looked for $dest/usr/share/iopdoc/templates/default.ini" "$tmp/err"; then ok; else
		fail "no data: template" "exit $rc, $(cat "$tmp/err")"; fi
	# a template of the kommun's own, but iopdoc's fonts gone
	mkdir -p "$tmp/alone"
	printf '[labels]\ndraft = UTKAST\n' >"$tmp/alone/mall.ini"
	(cd "$tmp/run" && LC_ALL=C "$inst" agreement -t "$tmp/alone/mall.ini" -o "$tmp/none.pdf" "$tmp/docs/$one" >/dev/null 2>"$tmp/err")
	rc=$?
	if [ $rc = 3 ] && [ ! -e "$tmp/none.pdf" ] &&
	    grep -qF "cannot load the font $tmp/alone/../fonts/IopdocSans-Regular.ttf: no such file, nor in $dest/usr/share/iopdoc/fonts/IopdocSans-Regular.ttf" "$tmp/err"; then ok; else
		fail "no data: fonts" "exit $rc, $(cat "$tmp/err")"; fi
	mv "$tmp/share-away" "$share"
fi

# A relocated tree (the packager's DESTDIR before it moves, /opt/...)
# finds its data beside itself.
mkdir -p "$tmp/opt"
mv "$dest/usr" "$tmp/opt/iopdoc"
(cd "$tmp/run" && "$tmp/opt/iopdoc/bin/iopdoc" agreement -o "$tmp/moved.pdf" "$tmp/docs/$one" 2>/dev/null)
mv "$tmp/opt/iopdoc" "$dest/usr"
if cmp -s "$tmp/moved.pdf" "$tmp/ref/agreement/agreements/motesplats-sjoberg-2024.pdf"; then ok; else
	fail "relocated" "the moved tree's PDF is not the checkout's"; fi

# --- a template kept elsewhere ----------------------------------------
# A copy of default.ini elsewhere: its ../fonts/ lead nowhere, the
# installed fonts are taken; the PDF is the default's.
mkdir -p "$tmp/kommun"
cp templates/default.ini "$tmp/kommun/mall.ini"
(cd "$tmp/run" && "$inst" agreement -t "$tmp/kommun/mall.ini" -o "$tmp/copy.pdf" "$tmp/docs/$one" 2>"$tmp/err")
if cmp -s "$tmp/copy.pdf" "$tmp/ref/agreement/agreements/motesplats-sjoberg-2024.pdf"; then ok; else
	fail "template copied elsewhere" "not the default's PDF: $(cat "$tmp/err")"; fi
# A template that names only what it changes.
printf '# Sjöbergs kommun\n[labels]\nreport-period = Redovisningsperiod:\n' >"$tmp/kommun/own.ini"
(cd "$tmp/run" && "$inst" followup -t "$tmp/kommun/own.ini" --input "$tmp/docs" -o "$tmp/own.pdf" \
    "$tmp/docs/"exempel-sjoberg-motesplats-resultatrapport-2024.xml 2>"$tmp/err")
if pdftotext "$tmp/own.pdf" - 2>/dev/null | grep -q "Redovisningsperiod: 2024-01-01" &&
    pdffonts "$tmp/own.pdf" 2>/dev/null | grep -q IopdocSans; then ok; else
	fail "template naming only what it changes" "$(cat "$tmp/err")"; fi

# --- the config file ----------------------------------------------------
# Relative paths from the config's folder; run from a folder with no
# input/: the build reads the config's input, writes its output.
mkdir -p "$tmp/etc" "$tmp/elsewhere"
printf '# the kommun'"'"'s folders\n[build]\ninput = ../docs\noutput = ../pdf\njobs = 2\n' >"$tmp/etc/iopdoc.conf"
(cd "$tmp/elsewhere" && "$inst" build --config "$tmp/etc/iopdoc.conf" >/dev/null 2>&1)
same_tree "config input and output" "$tmp/pdf" "$tmp/ref/build"
if [ ! -e "$tmp/elsewhere/output" ]; then ok; else fail "config output" "output/ written in the current folder"; fi
# $IOPDOC_CONFIG names it too; -o wins over the config's output
(cd "$tmp/elsewhere" && IOPDOC_CONFIG="$tmp/etc/iopdoc.conf" "$inst" build -o "$tmp/over" >/dev/null 2>&1)
same_tree "config by \$IOPDOC_CONFIG, -o over it" "$tmp/over" "$tmp/ref/build"
# the config's template, for every command; --template wins over it
printf '[build]\ninput = ../docs\ntemplate = ../kommun/own.ini\n' >"$tmp/etc/own.conf"
(cd "$tmp/elsewhere" && "$inst" followup --config "$tmp/etc/own.conf" --input "$tmp/docs" -o "$tmp/conf-own.pdf" \
    "$tmp/docs/exempel-sjoberg-motesplats-resultatrapport-2024.xml" 2>/dev/null)
if pdftotext "$tmp/conf-own.pdf" - 2>/dev/null | grep -q "Redovisningsperiod: 2024-01-01"; then ok; else
	fail "config template" "the config's template not used"; fi
(cd "$tmp/elsewhere" && "$inst" followup --config "$tmp/etc/own.conf" -t "$share/templates/default.ini" \
    --input "$tmp/docs" -o "$tmp/conf-t.pdf" "$tmp/docs/exempel-sjoberg-motesplats-resultatrapport-2024.xml" 2>/dev/null)
if pdftotext "$tmp/conf-t.pdf" - 2>/dev/null | grep -q "Rapportperiod: 2024-01-01"; then ok; else
	fail "config template under --template" "--template did not win over the config"; fi
# report and due read the config's input where they would read input/
(cd "$tmp/elsewhere" && "$inst" due --config "$tmp/etc/own.conf" --today 2025-01-01 --within 3660 >"$tmp/due.out" 2>/dev/null)
if grep -q "Sjöberg\|sjoberg" "$tmp/due.out"; then ok; else
	fail "config input for due" "due listed nothing of the config's input"; fi

# The system-wide config of a tree installed with PREFIX=/usr is
# DESTDIR/etc/iopdoc.conf (/etc/iopdoc.conf once in place), whatever
# PREFIX the program was compiled with; read without --config.
mkdir -p "$dest/etc"
printf '[build]\ninput = %s\noutput = %s\n' "$tmp/docs" "$tmp/sys" >"$dest/etc/iopdoc.conf"
(cd "$tmp/elsewhere" && "$inst" build >/dev/null 2>&1)
same_tree "system config beside the tree" "$tmp/sys" "$tmp/ref/build"
rm -f "$dest/etc/iopdoc.conf"
rmdir "$dest/etc"

# The config's mistakes: file:line, what to write, exit 3; every one of
# the file reported in one run.  The checkout's program ($IOPDOC) too.
printf '[build]\ninput = in\nimput = in\njobs = 0\noutput =\nnot a setting\n[mall]\nfile = x.ini\n' >"$tmp/etc/bad.conf"
for prog in "$inst" "$IOPDOC"; do
	case $prog in /*) ;; *) prog=$top/$prog ;; esac
	(cd "$tmp/elsewhere" && LC_ALL=C "$prog" build --config "$tmp/etc/bad.conf" >"$tmp/out" 2>"$tmp/err")
	rc=$?
	{
		echo "$tmp/etc/bad.conf:3: error: config: no setting \"imput\" in [build]: the config file has [build] input, output, template and jobs"
		echo "$tmp/etc/bad.conf:4: error: config: \"0\" is no number of jobs: write jobs = N, a whole number from 1 to 256"
		echo "$tmp/etc/bad.conf:5: error: config: [build] output is empty: write a file or folder after the '=', or leave the line out"
		echo "$tmp/etc/bad.conf:6: error: config: neither a \"[section]\" nor a \"key = value\" line: write e.g. \"[build]\" and under it \"input = /srv/iop/avtal\""
		echo "$tmp/etc/bad.conf:8: error: config: no setting \"file\" in [mall]: the config file has [build] input, output, template and jobs"
	} >"$tmp/want"
	if [ $rc = 3 ] && cmp -s "$tmp/want" "$tmp/err" && [ ! -s "$tmp/out" ] && [ ! -e "$tmp/elsewhere/output" ]; then ok; else
		fail "config mistakes ($prog)" "exit $rc: $(diff "$tmp/want" "$tmp/err" | grep '^[<>]' | head -3)"; fi
	for cmd in "check $tmp/docs/$one" "agreement $tmp/docs/$one" "report --all" "due"; do
		(cd "$tmp/elsewhere" && LC_ALL=C "$prog" $cmd --config "$tmp/etc/missing.conf" >/dev/null 2>"$tmp/err")
		rc=$?
		if [ $rc = 3 ] && grep -qF "cannot read the config file $tmp/etc/missing.conf: No such file or directory" "$tmp/err"; then ok; else
			fail "config missing (${cmd%% *}, $prog)" "exit $rc: $(cat "$tmp/err")"; fi
	done
	(cd "$tmp/elsewhere" && LC_ALL=C IOPDOC_CONFIG="$tmp/etc" "$prog" check --config "$tmp/etc/bad.conf" "$tmp/docs/$one" >/dev/null 2>"$tmp/err")
	if [ $? = 3 ] && [ "$(wc -l <"$tmp/err")" = 5 ]; then ok; else
		fail "--config over \$IOPDOC_CONFIG ($prog)" "$(cat "$tmp/err")"; fi
	(cd "$tmp/elsewhere" && LC_ALL=C IOPDOC_CONFIG="$tmp/etc" "$prog" check "$tmp/docs/$one" >/dev/null 2>"$tmp/err")
	if [ $? = 3 ] && grep -qF "cannot read the config file $tmp/etc: " "$tmp/err"; then ok; else
		fail "config a folder ($prog)" "$(cat "$tmp/err")"; fi
done

# --- make uninstall ----------------------------------------------------
if $MAKE -s uninstall DESTDIR="$dest" PREFIX=/usr >"$tmp/make.out" 2>&1; then ok; else
	fail uninstall "make uninstall failed: $(cat "$tmp/make.out")"; fi
left=$(find "$dest" -type f -o -type l)
if [ -z "$left" ]; then ok; else fail "uninstall" "left: $left"; fi
if [ ! -e "$share" ]; then ok; else fail "uninstall" "left the folder $share"; fi

echo "install: $passed passed, $failed failed"
[ $failed = 0 ]
