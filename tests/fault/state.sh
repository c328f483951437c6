#!/bin/sh
# Faults in the nightly build's state, on a real file system: a build
# killed (SIGKILL) at each step between rendering, renaming and recording;
# outputs damaged by hand; crafted manifests and locks; --strict switched;
# exit statuses; outputs that would overwrite inputs or each other.
# The kills use the test build's stopping points (test_kill_point in
# src/fsutil.h, $IOPDOC_TEST_KILL), so each stops exactly where it says.
# Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/fault/state.sh

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-build/asan/iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
top=$(pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
chmod 755 "$tmp"
passed=0
failed=0

ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }
check() { # NAME CONDITION-STATUS DETAIL
	if [ "$2" = 0 ]; then ok "$1"; else fail "$1" "$3"; fi
}

# agreement ID EFFORT YEAR: a small valid agreement
agreement() {
	sed -e "s/id=\"minimal\"/id=\"$1\"/" -e "s|<effort>Språkvänner</effort>|<effort>$2</effort>|" \
	    -e "s/from=\"2019-01-01\" to=\"2021-12-31\"/from=\"$3-01-01\" to=\"$3-12-31\"/" \
	    tests/bad/good-minimal.xml
}
mkdir -p "$tmp/in/sub" "$tmp/orig"
agreement alfa Alfa 2019 >"$tmp/in/alfa.xml"
agreement beta Beta 2020 >"$tmp/in/sub/beta.xml"
cp "$tmp/in/alfa.xml" "$tmp/orig/alfa.xml"
chmod -R a+rX "$tmp/in"
build() { "$IOPDOC" build --input "$tmp/in" -j 1 "$@"; }
count() { sed -n "s/^iopdoc build: \([0-9]*\) rendered, \([0-9]*\) unchanged, \([0-9]*\) failed.*/\1 \2 \3/p" "$1"; }
pdfs() { (cd "$1" && find . -name '*.pdf' | sort); }
# same_tree A B: the same PDFs, byte for byte (the build is deterministic)
same_tree() {
	[ "$(pdfs "$1")" = "$(pdfs "$2")" ] || return 1
	for f in $(pdfs "$1"); do cmp -s "$1/$f" "$2/$f" || return 1; done
}
leftovers() { find "$1" -name '.*.tmp-*' | grep -q .; }
edit() { sed -i 's/Kommunen betalar ut bidraget en gång per år/Kommunen betalar ut bidraget två gånger per år/' "$tmp/in/alfa.xml"; }
revert() { cp "$tmp/orig/alfa.xml" "$tmp/in/alfa.xml"; }

echo "not yours" >"$tmp/outside"
build -o "$tmp/fresh" >/dev/null 2>&1
edit
build -o "$tmp/fresh-edited" >/dev/null 2>&1
revert
if [ "$(pdfs "$tmp/fresh" | wc -l)" != 2 ] || same_tree "$tmp/fresh" "$tmp/fresh-edited"; then
	fail setup "the fresh builds: $(pdfs "$tmp/fresh")"
fi

# 1. Killed at each step of a build that renders a changed input; the
#    input is then put back (or left changed).  The next build must end
#    with the PDFs a fresh build of the tree makes, and a build after it
#    must render nothing.  (A PDF renamed into place before the manifest
#    recorded it was once called "unchanged" for ever.)
for step in rendering before-rename:.pdf after-rename:.pdf recording \
    before-rename:.iopdoc-manifest after-rename:.iopdoc-manifest; do
	for then in reverted edited; do
		for j in 1 2; do
			[ "$j" = 2 ] && [ "$then" = edited ] && continue
			name="killed at $step (-j $j), input then $then"
			rm -rf "$tmp/k"
			build -o "$tmp/k" >/dev/null 2>&1
			edit
			IOPDOC_TEST_KILL=$step build -o "$tmp/k" -j "$j" >/dev/null 2>"$tmp/err"
			st=$?
			[ "$then" = reverted ] && revert
			want=$tmp/fresh
			[ "$then" = edited ] && want=$tmp/fresh-edited
			build -o "$tmp/k" >/dev/null 2>"$tmp/err2"
			st2=$?
			build -o "$tmp/k" >/dev/null 2>"$tmp/err3"
			# The worker that renames dies (exit 3, its output failed:
			# -j 1 renders in one worker too), or the build itself (137)
			if [ "$st" != 137 ] && ! { [ "$st" = 3 ] && grep -q 'stopped unexpectedly (signal 9' "$tmp/err"; }; then
				fail "$name" "the build was not stopped there (status $st)"
			elif [ "$st2" != 0 ] || ! same_tree "$tmp/k" "$want"; then
				fail "$name" "the next build (status $st2) left PDFs that differ from a fresh build's"
				cat "$tmp/err2"
			elif [ "$(count "$tmp/err3")" != "" ] || leftovers "$tmp/k"; then
				fail "$name" "a third build: $(count "$tmp/err3"); leftovers: $(find "$tmp/k" -name '.*.tmp-*')"
			else
				ok "$name"
			fi
			revert
		done
	done
done

# 2. Outputs damaged by hand are rendered again, whatever their size and
#    time say.
damage_case() { # NAME COMMAND...
	name=$1
	shift
	rm -rf "$tmp/d"
	cp -r "$tmp/fresh" "$tmp/d"
	build -o "$tmp/d" >/dev/null 2>&1	# its own manifest
	f=$tmp/d/agreements/alfa-2019.pdf
	"$@" "$f"
	build -o "$tmp/d" >/dev/null 2>"$tmp/err"
	st=$?
	if [ "$st" = 0 ] && [ "$(count "$tmp/err")" = "1 1 0" ] && same_tree "$tmp/d" "$tmp/fresh"; then
		ok "a damaged output is rendered again: $name"
	else
		fail "damaged output: $name" "status $st, $(count "$tmp/err")"
		cat "$tmp/err"
	fi
}
truncate_pdf() { truncate -s 1000 "$1"; }
edit_pdf() { touch -r "$1" "$tmp/stamp"; printf 'X' | dd of="$1" bs=1 seek=2000 conv=notrunc 2>/dev/null; touch -r "$tmp/stamp" "$1"; }
other_pdf() { cp "$tmp/fresh/agreements/beta-2020.pdf" "$1"; }
link_pdf() { rm "$1"; ln -s "$tmp/fresh/agreements/beta-2020.pdf" "$1"; }
damage_case "cut short" truncate_pdf
damage_case "one byte changed, same size and time" edit_pdf
damage_case "replaced by another valid PDF" other_pdf
damage_case "replaced by a symbolic link to another PDF" link_pdf
if cmp -s "$tmp/fresh/agreements/beta-2020.pdf" "$tmp/fresh-edited/agreements/beta-2020.pdf"; then
	ok "the file a replacing link pointed to is untouched"
else
	fail "link target" "the PDF a link pointed to was written"
fi
# A folder where the PDF was: not "unchanged", but an error naming it.
rm -rf "$tmp/d"
build -o "$tmp/d" >/dev/null 2>&1
rm "$tmp/d/agreements/alfa-2019.pdf"
mkdir "$tmp/d/agreements/alfa-2019.pdf"
build -o "$tmp/d" >/dev/null 2>"$tmp/err"
st=$?
rmdir "$tmp/d/agreements/alfa-2019.pdf"
build -o "$tmp/d" >/dev/null 2>"$tmp/err2"
if [ "$st" = 3 ] && grep -q "cannot write .*agreements/alfa-2019.pdf" "$tmp/err" &&
    [ "$(count "$tmp/err2")" = "1 1 0" ] && same_tree "$tmp/d" "$tmp/fresh"; then
	ok "a folder in place of a PDF: exit 3 naming it, then rendered once it is gone"
else
	fail "folder in place of a PDF" "status $st, then $(count "$tmp/err2")"
	cat "$tmp/err"
fi

# 3. Crafted manifests: lines that name paths outside the output tree,
#    garbage, duplicates; a manifest that is a symbolic link or a folder.
hash=$(printf '%064d' 0 | tr 0 a)
rm -rf "$tmp/m"
build -o "$tmp/m" >/dev/null 2>&1
echo precious >"$tmp/victim.pdf"
mkdir -p "$tmp/abs"
echo precious >"$tmp/abs/victim.pdf"
printf 'out\tagreements/../../victim.pdf\t%s\t%s\t%s\n' "$hash" "$hash" "$tmp/in/gone.xml" >>"$tmp/m/.iopdoc-manifest"
printf 'out\t%s\t%s\t%s\t%s\n' "$tmp/abs/victim.pdf" "$hash" "$hash" "$tmp/in/gone.xml" >>"$tmp/m/.iopdoc-manifest"
printf 'out\tagreements/alfa-2019.pdf\t%s\t%s\t%s\n' "$hash" "$hash" "$tmp/in/gone.xml" >>"$tmp/m/.iopdoc-manifest"
printf 'this is not a manifest line\n' >>"$tmp/m/.iopdoc-manifest"
build -o "$tmp/m" --prune >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 0 ] && [ -f "$tmp/victim.pdf" ] && [ -f "$tmp/abs/victim.pdf" ] &&
    [ -f "$tmp/m/agreements/alfa-2019.pdf" ] &&
    [ "$(grep -c "\.iopdoc-manifest:[0-9]*: warning: this line of the build's record is ignored" "$tmp/err")" = 4 ] &&
    same_tree "$tmp/m" "$tmp/fresh"; then
	ok "manifest lines with ../, an absolute path, a duplicate or garbage: warned, ignored, nothing outside removed"
else
	fail "crafted manifest lines" "status $st; victims: $(ls "$tmp/victim.pdf" "$tmp/abs/victim.pdf" 2>&1)"
	cat "$tmp/err"
fi
build -o "$tmp/m" >/dev/null 2>"$tmp/err"
if [ "$(count "$tmp/err")" = "" ] && ! grep -q "warning:" "$tmp/err"; then
	ok "the manifest written after them is clean"
else
	fail "manifest rewritten" "$(cat "$tmp/err")"
fi
# A symbolic link: not followed, neither read nor written through.
cp "$tmp/m/.iopdoc-manifest" "$tmp/outside-manifest"
cp "$tmp/m/.iopdoc-manifest" "$tmp/outside-manifest.orig"
rm "$tmp/m/.iopdoc-manifest"
ln -s "$tmp/outside-manifest" "$tmp/m/.iopdoc-manifest"
build -o "$tmp/m" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 0 ] && ! [ -L "$tmp/m/.iopdoc-manifest" ] && [ -f "$tmp/m/.iopdoc-manifest" ] &&
    cmp -s "$tmp/outside-manifest" "$tmp/outside-manifest.orig" && same_tree "$tmp/m" "$tmp/fresh" &&
    grep -q "warning: the build's record .*cannot be used (it is a symbolic link)" "$tmp/err"; then
	ok "a manifest that is a symbolic link: not followed, replaced by a file, outputs made again"
else
	fail "manifest symlink" "status $st, $(count "$tmp/err")"
	cat "$tmp/err"
fi
# A folder: the build cannot record, says so, exits 3.
rm -f "$tmp/m/.iopdoc-manifest"
mkdir "$tmp/m/.iopdoc-manifest"
build -o "$tmp/m" >/dev/null 2>"$tmp/err"
st=$?
rmdir "$tmp/m/.iopdoc-manifest"
if [ "$st" = 3 ] && grep -q "cannot be used (it is a folder)" "$tmp/err" &&
    grep -q "cannot write .*\.iopdoc-manifest" "$tmp/err"; then
	ok "a manifest that is a folder: exit 3, named"
else
	fail "manifest folder" "status $st"
	cat "$tmp/err"
fi

# 4. Crafted locks.
rm -rf "$tmp/l"
build -o "$tmp/l" >/dev/null 2>&1
rm "$tmp/l/.iopdoc-lock"
ln -s "$tmp/outside" "$tmp/l/.iopdoc-lock"
build -o "$tmp/l" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 3 ] && [ "$(cat "$tmp/outside")" = "not yours" ] &&
    grep -q "the lock file .*\.iopdoc-lock is a symbolic link, not a plain file" "$tmp/err"; then
	ok "a lock that is a symbolic link: not followed (the file it names untouched), exit 3"
else
	fail "lock symlink" "status $st, outside file: $(cat "$tmp/outside")"
	cat "$tmp/err"
fi
rm "$tmp/l/.iopdoc-lock"
mkdir "$tmp/l/.iopdoc-lock"
build -o "$tmp/l" >/dev/null 2>"$tmp/err"
st=$?
rmdir "$tmp/l/.iopdoc-lock"
if [ "$st" = 3 ] && grep -q "the lock file .* is a folder" "$tmp/err"; then
	ok "a lock that is a folder: exit 3, named"
else
	fail "lock folder" "status $st"
	cat "$tmp/err"
fi
echo 999999 >"$tmp/l/.iopdoc-lock"
build -o "$tmp/l" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 0 ] && [ "$(count "$tmp/err")" = "" ] && [ "$(cat "$tmp/l/.iopdoc-lock")" != 999999 ]; then
	ok "a lock left by a dead build (stale pid) does not stop the next"
else
	fail "stale lock" "status $st"
	cat "$tmp/err"
fi

# 5. --strict is part of the record: switching it checks every input again.
mkdir -p "$tmp/sin"
cp "$tmp/in/alfa.xml" "$tmp/sin/"
sed -e 's/id="minimal"/id="warn"/' tests/bad/budget-total.xml >"$tmp/sin/warn.xml"
"$IOPDOC" build --input "$tmp/sin" -o "$tmp/s" >/dev/null 2>&1
st0=$?
"$IOPDOC" build --input "$tmp/sin" -o "$tmp/s" --strict >/dev/null 2>"$tmp/err"
st1=$?
"$IOPDOC" build --input "$tmp/sin" -o "$tmp/s-fresh" --strict >/dev/null 2>&1
st2=$?
"$IOPDOC" build --input "$tmp/sin" -o "$tmp/s" >/dev/null 2>"$tmp/err2"
st3=$?
if [ "$st0" = 0 ] && [ "$st2" = 1 ] && [ "$st1" = 1 ] && grep -q "warn.xml:.*stated total" "$tmp/err" &&
    [ "$st3" = 0 ] && [ "$(count "$tmp/err2")" = "" ]; then
	ok "--strict after a plain build fails what a fresh strict build fails; plain again renders nothing"
else
	fail "--strict switched" "plain $st0, strict after plain $st1, fresh strict $st2, plain again $st3 ($(count "$tmp/err2"))"
	cat "$tmp/err"
fi

# 6. Exit statuses as README documents them.
: >"$tmp/afile"
build -o "$tmp/afile" >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 3 ] && grep -q "the output .*afile must be a folder" "$tmp/err"; then
	ok "-o naming a file: exit 3, not 4"
else
	fail "-o a file" "status $st: $(cat "$tmp/err")"
fi
# As an ordinary user (root writes anywhere): a read-only output folder,
# and no process to spare for workers.
if command -v setpriv >/dev/null && [ "$(id -u)" = 0 ]; then
	as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
	mkdir -p "$tmp/ro"
	chmod 555 "$tmp/ro"
	(cd "$top" && as_nobody "$IOPDOC" build --input "$tmp/in" -o "$tmp/ro" -j 1) >/dev/null 2>"$tmp/err"
	st=$?
	if [ "$st" = 3 ] && grep -q "cannot write .*ro/.iopdoc-lock: Permission denied" "$tmp/err"; then
		ok "a read-only output folder: exit 3, not 4"
	else
		fail "read-only output" "status $st: $(cat "$tmp/err")"
	fi
	mkdir -p "$tmp/few"
	chmod 777 "$tmp/few"
	# (LeakSanitizer needs a thread of its own: not under this limit)
	(cd "$top" && ASAN_OPTIONS=detect_leaks=0 as_nobody prlimit --nproc=1:1 "$IOPDOC" build --input "$tmp/in" \
	    -o "$tmp/few" -j 2) >/dev/null 2>"$tmp/err"
	st=$?
	if [ "$st" = 0 ] && grep -q "going on with fewer" "$tmp/err" && same_tree "$tmp/few" "$tmp/fresh"; then
		ok "no worker could start, everything rendered: exit 0 with the warning"
	else
		fail "fewer workers" "status $st: $(cat "$tmp/err")"
	fi
else
	fail "exit statuses as a user" "needs root and setpriv(1) to run as nobody"
fi

# 7. No output over an input, nor over another output of the same run.
mkdir -p "$tmp/ow/d1" "$tmp/ow/d2" "$tmp/ow/r"
cp "$tmp/in/alfa.xml" "$tmp/ow/avtal.xml"
"$IOPDOC" agreement "$tmp/ow/avtal.xml" -o "$tmp/ow/avtal.xml" 2>"$tmp/err"
st=$?
if [ "$st" = 1 ] && cmp -s "$tmp/ow/avtal.xml" "$tmp/in/alfa.xml" &&
    grep -q "avtal.xml: error: the PDF would be written over .*avtal.xml, an input file" "$tmp/err"; then
	ok "agreement X.xml -o X.xml: refused, exit 1, the XML kept"
else
	fail "agreement -o its input" "status $st: $(cat "$tmp/err")"
fi
fu=input/linkoping-rk-sprakvanner-partssamtal-2019-10-25.xml
cp "$fu" "$tmp/ow/fu.xml"
"$IOPDOC" followup "$tmp/ow/fu.xml" --input input -o "$tmp/ow/fu.xml" 2>"$tmp/err"
st=$?
if [ "$st" = 1 ] && cmp -s "$tmp/ow/fu.xml" "$fu" && grep -q "an input file" "$tmp/err"; then
	ok "followup X.xml -o X.xml: refused, exit 1, the XML kept"
else
	fail "followup -o its input" "status $st: $(cat "$tmp/err")"
fi
# -o naming the agreement the follow-up is read against
cp input/linkoping-rk-sprakvanner.xml "$tmp/ow/r/"
"$IOPDOC" followup "$fu" --input "$tmp/ow/r" -o "$tmp/ow/r/linkoping-rk-sprakvanner.xml" 2>"$tmp/err"
st=$?
if [ "$st" = 1 ] && cmp -s "$tmp/ow/r/linkoping-rk-sprakvanner.xml" input/linkoping-rk-sprakvanner.xml; then
	ok "followup -o naming the agreement it is read against: refused, exit 1"
else
	fail "followup -o its agreement" "status $st: $(cat "$tmp/err")"
fi
cp input/linkoping-rk-sprakvanner.xml "$tmp/ow/r/"
"$IOPDOC" report --namnd linkoping-arbetsmarknadsnamnden --year 2019 \
    -o "$tmp/ow/r/linkoping-rk-sprakvanner.xml" "$tmp/ow/r" 2>"$tmp/err"
st=$?
if [ "$st" = 1 ] && cmp -s "$tmp/ow/r/linkoping-rk-sprakvanner.xml" input/linkoping-rk-sprakvanner.xml &&
    grep -q "an input file" "$tmp/err"; then
	ok "report -o an input: refused, exit 1, the XML kept"
else
	fail "report -o its input" "status $st: $(cat "$tmp/err")"
fi
# Named as the build names them, not after their files: two x.xml in two
# folders each get their own PDF; two of one title both get their ids.
mkdir -p "$tmp/ow/d3"
agreement one Ett 2019 >"$tmp/ow/d1/x.xml"
agreement two Tva 2019 >"$tmp/ow/d2/x.xml"
agreement three Ett 2019 >"$tmp/ow/d3/x.xml"
"$IOPDOC" agreement "$tmp/ow/d1/x.xml" -o "$tmp/ow/one.pdf" 2>/dev/null
"$IOPDOC" agreement "$tmp/ow/d1" "$tmp/ow/d2" -o "$tmp/ow/out" 2>"$tmp/err"
st=$?
if [ "$st" = 0 ] && cmp -s "$tmp/ow/out/agreements/ett-2019.pdf" "$tmp/ow/one.pdf" &&
    [ "$(pdfs "$tmp/ow/out" | tr '\n' ' ')" = "./agreements/ett-2019.pdf ./agreements/tva-2019.pdf " ] &&
    grep -q "2 rendered, 0 failed" "$tmp/err"; then
	ok "two x.xml in two folders: each its own PDF, named from its title"
else
	fail "two x.xml" "status $st: $(cat "$tmp/err"); $(pdfs "$tmp/ow/out" | tr '\n' ' ')"
fi
"$IOPDOC" agreement "$tmp/ow/d1" "$tmp/ow/d3" -o "$tmp/ow/same" 2>"$tmp/err"
st=$?
if [ "$st" = 0 ] &&
    [ "$(pdfs "$tmp/ow/same" | tr '\n' ' ')" = "./agreements/ett-2019-one.pdf ./agreements/ett-2019-three.pdf " ]; then
	ok "two agreements of one title: both named with their ids, as the build names them"
else
	fail "two of one title" "status $st: $(cat "$tmp/err"); $(pdfs "$tmp/ow/same" | tr '\n' ' ')"
fi
# One file given twice: its PDF is written once, the second refused naming both.
"$IOPDOC" agreement "$tmp/ow/d1/x.xml" "$tmp/ow/d1/x.xml" -o "$tmp/ow/twice" 2>"$tmp/err"
st=$?
if [ "$st" = 1 ] && cmp -s "$tmp/ow/twice/agreements/ett-2019.pdf" "$tmp/ow/one.pdf" &&
    grep -q "d1/x.xml: error: the PDF would be written to .*twice/agreements/ett-2019.pdf, where the PDF of .*d1/x.xml already goes" "$tmp/err" &&
    grep -q "1 rendered, 1 failed" "$tmp/err"; then
	ok "one file given twice: the second refused naming both, exit 1"
else
	fail "one file twice" "status $st: $(cat "$tmp/err")"
fi
# The build: ids appended to equal names may meet another name; every
# agreement still gets its own PDF, under the same name each run.
mkdir -p "$tmp/cin"
agreement bar-2020 Foo 2019 >"$tmp/cin/a.xml"
agreement baz Foo 2019 >"$tmp/cin/b.xml"
agreement qux "Foo 2019 bar" 2020 >"$tmp/cin/c.xml"
"$IOPDOC" build --input "$tmp/cin" -o "$tmp/c" >/dev/null 2>"$tmp/err"
st=$?
"$IOPDOC" build --input "$tmp/cin" -o "$tmp/c2" >/dev/null 2>&1
"$IOPDOC" build --input "$tmp/cin" -o "$tmp/c" >/dev/null 2>"$tmp/err2"
if [ "$st" = 0 ] && [ "$(pdfs "$tmp/c" | wc -l)" = 3 ] && [ "$(count "$tmp/err")" = "3 0 0" ] &&
    [ "$(count "$tmp/err2")" = "" ] && same_tree "$tmp/c" "$tmp/c2"; then
	ok "three agreements whose names meet after ids are appended: three PDFs, stable names"
else
	fail "colliding names" "status $st, $(count "$tmp/err"): $(pdfs "$tmp/c" | tr '\n' ' ')"
fi

# 8. A report of more than 1 024 inputs: every one of them is read back
#    from the manifest (its line was once split into 1 024 fields, the
#    rest joined by tabs in the last), so a follow-up that became
#    malformed keeps the last good report, whichever it is.
mkdir -p "$tmp/many/in"
cp input/linkoping-rk-sprakvanner.xml "$tmp/many/in/"
i=1
while [ $i -le 1030 ]; do
	sed "s/id=\"test-uppfoljning\"/id=\"f$i\"/" tests/bad/followup-good.xml >"$tmp/many/in/f$i.xml"
	i=$((i + 1))
done
timeout 600 "$IOPDOC" build --input "$tmp/many/in" -o "$tmp/many/out" -j 2 >/dev/null 2>"$tmp/err"
st=$?
# the inputs are recorded in name order: f999.xml is the last of the line
sed -i 's|</date>|</dat>|' "$tmp/many/in/f999.xml"
timeout 120 "$IOPDOC" build --input "$tmp/many/in" -o "$tmp/many/out" --dry-run >"$tmp/out" 2>&1
if [ "$st" = 0 ] && grep -q "^keep reports/.*-2019.pdf: an input has errors" "$tmp/out" &&
    ! grep -q "^render reports/" "$tmp/out"; then
	ok "a report of 1 030 follow-ups, the last of them malformed: the last good report kept"
else
	fail "1 030 follow-ups" "status $st: $(grep -v 'note:' "$tmp/out" | grep -v '/f[0-9]*\.pdf' | head -5)"
fi

# 9. A report's CSV (beside its PDF) fails to be written: a folder stands
#    where it goes.  The report fails as for a PDF that cannot be written
#    (status 3, the CSV named), keeps no new record, and once the folder
#    is gone the next build writes both; then nothing is rendered.  And a
#    build killed after the report's PDF is renamed into place, before
#    its CSV is written: the next build renders the report again, and its
#    CSV is a fresh build's.
mkdir -p "$tmp/csv/in"
cp input/linkoping-ikf-inkludering.xml "$tmp/csv/in/"
"$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/fresh" -j 1 >/dev/null 2>&1
rep=$(cd "$tmp/csv/fresh/reports" && ls *.pdf | head -1)
csv=${rep%.pdf}.csv
mkdir -p "$tmp/csv/out/reports/$csv"
"$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/out" -j 2 >/dev/null 2>"$tmp/err"
st=$?
if [ "$st" = 3 ] && grep -q "cannot write .*$csv" "$tmp/err" && [ "$(count "$tmp/err" | cut -d' ' -f3)" = 1 ] &&
    ! leftovers "$tmp/csv/out"; then
	ok "a report's CSV that cannot be written fails the report (status 3, the CSV named)"
else
	fail "CSV not written" "status $st: $(grep -v note: "$tmp/err" | head -3)"
fi
rmdir "$tmp/csv/out/reports/$csv"
"$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/out" -j 1 >/dev/null 2>"$tmp/err"
st=$?
"$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/out" -j 1 >/dev/null 2>"$tmp/err2"
if [ "$st" = 0 ] && cmp -s "$tmp/csv/fresh/reports/$csv" "$tmp/csv/out/reports/$csv" &&
    [ "$(count "$tmp/err2")" = "" ]; then
	ok "the CSV's folder gone: the next build writes the report's CSV, then renders nothing"
else
	fail "CSV after the fault" "status $st, $(count "$tmp/err") then $(count "$tmp/err2")"
fi
IOPDOC_TEST_KILL="after-rename:$rep" "$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/kill" -j 1 \
    >/dev/null 2>&1
had_csv=no
[ -e "$tmp/csv/kill/reports/$csv" ] && had_csv=yes
"$IOPDOC" build --input "$tmp/csv/in" -o "$tmp/csv/kill" -j 1 --verbose >/dev/null 2>"$tmp/err"
st=$?
if [ "$had_csv" = no ] && [ "$st" = 0 ] && grep -q "rendered reports/$rep" "$tmp/err" &&
    cmp -s "$tmp/csv/fresh/reports/$csv" "$tmp/csv/kill/reports/$csv" &&
    cmp -s "$tmp/csv/fresh/reports/$rep" "$tmp/csv/kill/reports/$rep" && ! leftovers "$tmp/csv/kill"; then
	ok "killed between a report's PDF and its CSV: the next build renders it again, both as fresh"
else
	fail "killed before the CSV" "csv then: $had_csv, status $st: $(grep -v note: "$tmp/err" | head -3)"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
