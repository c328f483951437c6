#!/bin/sh
# make lint: mandoc's own checker on every manual page, at its strictest
# level (style).  Any message fails, but "referenced manual not found",
# which says what this machine has installed (iopdoc's own pages are not,
# where the tests run; cron's crontab(5) may not be), and mandoc's notes
# that the system's mandoc.db is out of date.  A reference to one of
# iopdoc's own pages must name a page of man/.
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
	    grep -v -e ': STYLE: referenced manual not found: Xr ' \
		-e '^mandoc: outdated mandoc.db ' >"$out"
	sed -n 's/^\.Xr \(iopdoc[^ ]*\) \([1-8]\).*/\1.\2/p' "$page" | sort -u |
	while IFS= read -r ref; do
		[ -f "man/$ref" ] || echo "$page refers to $ref, which man/ does not have"
	done >>"$out"
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
