#!/bin/sh
# Proves tests/pdfjs/check_tags.py can fail: an iopdoc PDF passes, and
# copies with their tagging broken in one place each (through qpdf's QDF
# form and fix-qdf) fail with the matching reason.
# Run from the top folder: IOPDOC=./iopdoc sh tests/pdfjs/test_check_tags.sh
IOPDOC=${IOPDOC:-./iopdoc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

src=input/linkoping-rk-sprakvanner.xml
mkdir "$tmp/good"
cp "$src" "$tmp/good/x.xml"
"$IOPDOC" agreement -o "$tmp/good/x.pdf" "$src" 2>/dev/null
qpdf --qdf --object-streams=disable "$tmp/good/x.pdf" "$tmp/x.qdf"

# broken NAME SED-SCRIPT WANT: a copy of x.pdf edited by SED-SCRIPT must
# fail with WANT in the reasons.
broken() {
	mkdir "$tmp/$1"
	cp "$src" "$tmp/$1/x.xml"
	LC_ALL=C sed "$2" "$tmp/x.qdf" | fix-qdf >"$tmp/$1/x.pdf"
	if python3 tests/pdfjs/check_tags.py "$tmp/$1" >"$tmp/$1/out" 2>&1; then
		echo "FAIL $1: check_tags.py passed it"
		failed=$((failed + 1))
	elif ! grep -q -F -- "$3" "$tmp/$1/out"; then
		echo "FAIL $1: the reason is not \"$3\":"
		sed 's/^/    | /' "$tmp/$1/out"
		failed=$((failed + 1))
	else
		echo "ok $1"
		passed=$((passed + 1))
	fi
}

if python3 tests/pdfjs/check_tags.py "$tmp/good" >"$tmp/good.out" 2>&1; then
	echo "ok the PDF as iopdoc writes it"
	passed=$((passed + 1))
else
	echo "FAIL the PDF as iopdoc writes it:"
	sed 's/^/    | /' "$tmp/good.out"
	failed=$((failed + 1))
fi
# the footer marked as content that no element owns
broken footer-in-content 's|/Artifact <</Type /Pagination /Subtype /Footer>> BDC|/Span <</MCID 900>> BDC|' \
	"marked text no element owns"
# every heading a paragraph
broken heading-as-p 's|/S /H1|/S /P|' "is not a heading in order"
# lists flattened: items become paragraphs
broken list-items 's|/S /LI$|/S /P|' "a list holding"
# the language
broken language 's|/Lang (sv-SE)|/Lang (en-US)|' "not sv-SE"
# a chart or logo without its text: the figure role on a paragraph
broken figure-alt 's|/S /P$|/S /Figure|' "a Figure without a text alternative"

echo "tag checker self-test: $passed passed, $failed failed"
[ $failed = 0 ]
