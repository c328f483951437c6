#!/bin/sh
# Faults in the nightly build's state, on a real file system: a build
# killed (SIGKILL) at each step between rendering, renaming and recording;
# outputs damaged by hand; crafted manifests and locks; --strict switched;
# exit statuses; outputs that would overwrite inputs or each other.
# The kills use the test build's stopping points (test_kill_point in
# src/fsutil.h, $IOPDOC_TEST_KILL), so each stops exactly where it says.
# Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/fault/state.sh
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
if [ "$st" = 0 ] && [ "$(count "$tmp/err")" = "0 2 0" ] && [ "$(cat "$tmp/l/.iopdoc-lock")" != 999999 ]; then
	ok "a lock left by a dead build (stale pid) does not stop the next"
else
	fail "stale lock" "status $st"
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

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
