#!/bin/sh
# The pathological set: inputs blown up in one part each (made by
# generate.py), rendered with a time limit.  Each must finish within
# LIMIT seconds (generous: the sanitizer build is slow) with a sensible PDF
# or with the clear error of src/limit.h that it breaks.
#
#   IOPDOC=build/asan/iopdoc sh tests/patho/run.sh

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
LIMIT=${LIMIT:-60}
passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-patho.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM
python3 "$(dirname "$0")/generate.py" "$tmp" || exit 3

fail() {
	echo "FAIL: $name: $*"
	failed=$((failed + 1))
}

. tests/keep.sh

# case NAME EXIT MIN-PAGES TEXT: exit status wanted; for exit 0 the PDF has
# at least MIN-PAGES pages and its text holds TEXT; otherwise standard
# error holds TEXT and no PDF is written.
case_() {
	name=$1 want=$2 pages=$3 text=$4
	rm -f "$tmp/out.pdf"
	timeout "$LIMIT" "$IOPDOC" agreement -o "$tmp/out.pdf" "$tmp/$name.xml" 2>"$tmp/err"
	rc=$?
	if [ $rc = 124 ]; then
		fail "did not finish in $LIMIT s"
		return
	fi
	if [ $rc != "$want" ]; then
		fail "exit $rc, expected $want: $(head -c 300 "$tmp/err")"
		return
	fi
	if grep -q "Sanitizer\|runtime error" "$tmp/err"; then
		fail "sanitizer report: $(head -c 300 "$tmp/err")"
		return
	fi
	if [ "$want" = 0 ]; then
		n=$(pdfinfo "$tmp/out.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		if [ -z "$n" ] || [ "$n" -lt "$pages" ]; then
			fail "the PDF has ${n:-no} pages, expected at least $pages"
			return
		fi
		if ! pdftotext "$tmp/out.pdf" - 2>/dev/null | grep -qF -- "$text"; then
			fail "the PDF's text lacks \"$text\""
			return
		fi
		keep_pdf "$tmp/out.pdf" "patho-$name" "$tmp/$name.xml"
	else
		if [ -e "$tmp/out.pdf" ]; then
			fail "a PDF was written"
			return
		fi
		if ! grep -qF -- "$text" "$tmp/err"; then
			fail "standard error lacks \"$text\": $(head -c 300 "$tmp/err")"
			return
		fi
	fi
	passed=$((passed + 1))
}

case_ paragraph-5mb 1 0 "<p> holds more than 1024 KB of text"
case_ paragraph-900kb 0 100 "abababab"
case_ table-10000 0 250 "Rad 9999"
case_ table-20001 1 0 "more than 20000 budget lines, the most iopdoc reads"
case_ cell-taller-than-page 0 10 "102 kr"
case_ nested-lists-1000 1 0 "nested more than 64 deep"
case_ nested-lists-10 0 1 "Botten"
case_ nested-lists-30 1 0 "error: the elements are nested more than 64 deep, the most iopdoc reads"
case_ url-100kb 0 10 "del5999.sida_5999"
case_ parties-200 1 0 "more than 50 parties"
case_ parties-50 0 1 "Part nummer 49"
case_ title-10000 1 0 "the text is longer than the 2000 characters allowed: shorten it"
case_ title-2000 0 1 "Överenskommelse…"

# Nothing of a row taller than a page may be lost: every word is printed.
name=cell-words
"$IOPDOC" agreement -o "$tmp/out.pdf" "$tmp/cell-taller-than-page.xml" 2>/dev/null
words=$(pdftotext "$tmp/out.pdf" - 2>/dev/null | grep -o etikett | wc -l)
want=$(grep -o etikett "$tmp/cell-taller-than-page.xml" | wc -l)
if [ "$words" = "$want" ]; then
	passed=$((passed + 1))
else
	fail "the PDF has $words of the $want words of the tall row"
fi

echo "pathological: $passed passed, $failed failed"
[ $failed = 0 ]
