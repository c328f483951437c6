#!/bin/sh
# iopdoc due against hand-made calendars.  Run from the top of the source
# tree:
#
#   sh tests/due/run.sh                               # tests ./iopdoc
#   IOPDOC=build/asan/iopdoc sh tests/due/run.sh      # what `make due` does
#
# Each line of tests/due/cases runs "iopdoc due" with fixed --today dates
# on the calendars of tests/due/cal (from tests/due, so the paths in the
# output stay short); standard output must equal expect/NAME.out and the
# exit status the one given.  Then: the nightly build prints the same
# list with --due and nothing without it; no run may print a sanitizer
# report.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG

IOPDOC=${IOPDOC:-./iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
dir=$(cd "$(dirname "$0")" && pwd)
passed=0
failed=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-due.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $1: $2"; failed=$((failed + 1)); }

# No sanitizer report, no crash.
clean() {
	! grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'LeakSanitizer' "$1"
}

while read -r name want args; do
	case $name in '' | '#'*) continue ;; esac
	# shellcheck disable=SC2086
	(cd "$dir" && "$IOPDOC" due $args) >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	if [ "$status" -ne "$want" ]; then
		fail "$name" "exit $status, expected $want"
		cat "$tmp/stderr"
	elif ! clean "$tmp/stderr"; then
		fail "$name" "sanitizer report"
		cat "$tmp/stderr"
	elif ! cmp -s "$tmp/stdout" "$dir/expect/$name.out"; then
		fail "$name" "standard output differs from expect/$name.out"
		diff "$dir/expect/$name.out" "$tmp/stdout"
	else
		ok
	fi
done <"$dir/cases"

# The bad file is named on standard error, with its line.
(cd "$dir" && "$IOPDOC" due --today 2026-03-10 cal bad/laxhjalp-verksamhetsrapport-2025.xml) \
	>/dev/null 2>"$tmp/stderr"
if grep -q -F 'bad/laxhjalp-verksamhetsrapport-2025.xml:7: error: 2026-02-30 is not a date that exists' "$tmp/stderr"; then
	ok
else
	fail bad-file-message "standard error does not name the bad file"
fi

# The nightly build: a calendar made for today (the build has no
# --today), an agreement reviewed in five days, in a sub-folder (the
# build reads them, and so does its list).  build --due prints its
# line; without --due the build prints nothing on standard output.
today=$(date +%F)
review=$(date -d "$today + 5 days" +%F)
end=$(date -d "$today + 200 days" +%F)
start=$(date -d "$today - 100 days" +%F)
mkdir -p "$tmp/in/ekdala" "$tmp/out"
sed -e "s/2024-03-01/$start/" -e "s/2026-12-31/$end/" -e "s/2026-06-30/$review/" \
    -e '/<followup>/,/<\/followup>/d' -e '/<payment /,/<\/payment>/d' -e '/<notice /d' \
    "$dir/cal/laxhjalp.xml" >"$tmp/in/ekdala/laxhjalp.xml"
"$IOPDOC" build --input "$tmp/in" -o "$tmp/out" --due=10 >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
printf 'Inom 10 dagar\n%s  Läxhjälp (due-laxhjalp)  sista dag för översyn av överenskommelsen\n' \
    "$review" >"$tmp/want"
if [ "$status" -ne 0 ] || ! clean "$tmp/stderr"; then
	fail build-due "exit $status"
	cat "$tmp/stderr"
elif ! cmp -s "$tmp/stdout" "$tmp/want"; then
	fail build-due "standard output differs"
	diff "$tmp/want" "$tmp/stdout"
else
	ok
fi
"$IOPDOC" build --input "$tmp/in" -o "$tmp/out" --force >"$tmp/stdout" 2>"$tmp/stderr"
if [ -s "$tmp/stdout" ]; then
	fail build-without-due "the build printed on standard output"
else
	ok
fi
# A window that misses the review: the build stays silent.
"$IOPDOC" build --input "$tmp/in" -o "$tmp/out" --due=4 >"$tmp/stdout" 2>"$tmp/stderr"
if [ -s "$tmp/stdout" ]; then
	fail build-due-silent "printed with nothing due"
	cat "$tmp/stdout"
else
	ok
fi

echo "due: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
