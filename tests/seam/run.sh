#!/bin/sh
# The seam to libharu (src/pdf_hpdf.c) compiles against libharu 2.3.0 and
# refuses any other release with a message that says which one it needs:
# it is compiled with this folder's hpdf_version.h (2.4.4, the id an
# expression as in 2.4), with one of 2.2.0 (the id a number, as in 2.3.0)
# and with one that defines no HPDF_VERSION_ID, each first on the
# include path, and then with the installed headers.  Also checks that no
# other source file includes a libharu header beyond hpdf.h, and that the
# program refuses a libhpdf of another release found at run time.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
CC=${CC:-cc}
flags="-std=c17 -Wall -Wextra -D_DEFAULT_SOURCE -DHPDF_SHARED -Isrc"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

refused() {	# FOLDER WHAT
	if $CC $flags -I"$1" -c -o "$tmp/seam.o" src/pdf_hpdf.c >"$tmp/log" 2>&1; then
		fail "the seam compiled against $2"
	elif grep -q 'iopdoc needs libharu 2\.3\.0 (HPDF_VERSION_ID 20300' "$tmp/log" &&
	    grep -q 'private structures' "$tmp/log" && grep -q 'README' "$tmp/log"; then
		ok "the seam refuses $2, saying which release it needs and why"
	else
		fail "the seam failed against $2 without the version message:"
		sed 's/^/  /' "$tmp/log" | head -n 5
	fi
}

refused tests/seam "libharu 2.4.4"
mkdir "$tmp/old" "$tmp/none"
cat >"$tmp/old/hpdf_version.h" <<'EOF'
#define HPDF_MAJOR_VERSION 2
#define HPDF_MINOR_VERSION 2
#define HPDF_BUGFIX_VERSION 0
#define HPDF_EXTRA_VERSION ""
#define HPDF_VERSION_TEXT "2.2.0"
#define HPDF_VERSION_ID 20200
EOF
refused "$tmp/old" "libharu 2.2.0"
echo '/* no version */' >"$tmp/none/hpdf_version.h"
refused "$tmp/none" "a libharu that names no version"

if $CC $flags -c -o "$tmp/seam.o" src/pdf_hpdf.c >"$tmp/log" 2>&1; then
	ok "the seam compiles against the installed libharu"
else
	fail "the seam does not compile against the installed libharu:"
	sed 's/^/  /' "$tmp/log" | head -n 5
fi

others=$(grep -l '#include *<hpdf_[a-z0-9_]*\.h>' src/*.c src/*.h | grep -v '^src/pdf_hpdf\.c$')
if [ -z "$others" ]; then
	ok "only src/pdf_hpdf.c includes libharu's headers beyond hpdf.h"
else
	fail "libharu's headers beyond hpdf.h included by: $others"
fi
# The headers' check says nothing of the libhpdf the loader finds at run
# time: one that says it is another release (preloaded here) is refused
# before anything is drawn.
IOPDOC=${IOPDOC:-build/asan/iopdoc}
printf 'const char *HPDF_GetVersion(void) { return "2.4.4"; }\n' >"$tmp/fake.c"
if $CC -shared -fPIC -o "$tmp/fake.so" "$tmp/fake.c" 2>"$tmp/log"; then
	LD_PRELOAD="$tmp/fake.so" ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	    "$IOPDOC" agreement -o "$tmp/x.pdf" input/linkoping-rk-sprakvanner.xml >"$tmp/out" 2>&1
	rc=$?
	if [ $rc = 3 ] && ! [ -e "$tmp/x.pdf" ] &&
	    grep -q 'the PDF library loaded is libharu 2\.4\.4, but iopdoc was built for libharu 2\.3\.0' "$tmp/out"; then
		ok "a libhpdf of another release loaded at run time is refused (exit 3, no PDF)"
	else
		fail "a libhpdf of another release at run time: exit $rc"
		sed 's/^/  /' "$tmp/out" | head -n 5
	fi
else
	fail "could not build the stand-in library:"
	sed 's/^/  /' "$tmp/log" | head -n 5
fi
echo "libharu seam: $passed passed, $failed failed"
[ "$failed" = 0 ]
