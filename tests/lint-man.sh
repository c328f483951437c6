#!/bin/sh
# make lint: mandoc's own checker on every manual page, at its strictest
# level (style).  Any message fails, but "referenced manual not found" for
# iopdoc's own pages, which are not installed where the tests run, and
# mandoc's notes that the system's mandoc.db is out of date.
passed=0
failed=0
if ! command -v mandoc >/dev/null 2>&1; then
	echo "man pages lint: SKIPPED, mandoc is not installed (apt-get install mandoc; .ci/setup installs it)"
	exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT INT TERM
for page in man/*.[1-8]; do
	[ -f "$page" ] || continue
	mandoc -Tlint -Wstyle "$page" 2>&1 |
	    grep -v -e ': STYLE: referenced manual not found: Xr iopdoc\(-xml\|-template\|\.conf\)\{0,1\} [0-9]' \
		-e '^mandoc: outdated mandoc.db ' >"$out"
	if [ -s "$out" ]; then
		echo "FAIL: $page:"
		cat "$out"
		failed=$((failed + 1))
	else
		passed=$((passed + 1))
	fi
done
[ $((passed + failed)) -gt 0 ] || { echo "FAIL: no manual pages in man/"; failed=1; }
echo "man pages lint: $passed passed, $failed failed"
[ $failed = 0 ]
