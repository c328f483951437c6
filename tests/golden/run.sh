#!/bin/sh
# Golden tests: render every file in input/ and check the PDF as a reader
# would see it.  Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/golden/run.sh
#  - iopdoc exits 0 and writes the PDF (warnings allowed: real documents
#    state wrong totals, and iopdoc must say so);
#  - qpdf --check passes without warnings; pdffonts lists only embedded fonts;
#  - pdftotext and mutool extract without warnings;
#  - check_pdf.py finds every heading, paragraph, amount, computed total,
#    share and signatory of the XML in the text;
#  - wordcheck.py: the seed's words come out (99.5 % present, 97 % in order);
#  - two renderings of the same input are byte-identical.
IOPDOC=${IOPDOC:-./iopdoc}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

fail() {
	echo "FAIL $name: $*"
	failed=$((failed + 1))
}

for xml in input/*.xml; do
	name=$(basename "$xml" .xml)
	pdf="$tmp/$name.pdf"
	if ! "$IOPDOC" agreement -o "$pdf" "$xml" 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	if grep -v ': warning: ' "$tmp/err" | grep -q .; then
		fail "unexpected messages"; cat "$tmp/err"; continue
	fi
	ok=1
	qpdf --check "$pdf" >"$tmp/qpdf" 2>&1 || { fail "qpdf --check"; cat "$tmp/qpdf"; ok=0; }
	if grep -qi warning "$tmp/qpdf"; then fail "qpdf warns"; cat "$tmp/qpdf"; ok=0; fi
	if pdffonts "$pdf" 2>"$tmp/perr" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }'; then :; else
		fail "a font is not embedded"; pdffonts "$pdf"; ok=0
	fi
	pdftotext -layout "$pdf" "$tmp/$name.txt" 2>>"$tmp/perr"
	pdfinfo "$pdf" >/dev/null 2>>"$tmp/perr"
	if [ -s "$tmp/perr" ]; then fail "poppler warns"; cat "$tmp/perr"; ok=0; fi
	mutool draw -F txt -o "$tmp/$name.mutool.txt" "$pdf" 2>"$tmp/merr"
	if grep -v -e '^warning: ICC support is not available$' -e '^page .* [0-9]*$' "$tmp/merr" | grep -q .; then
		fail "mutool warns"; cat "$tmp/merr"; ok=0
	fi
	python3 "$here/check_pdf.py" "$xml" "$pdf" >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	seed=$(awk -v x="$xml" '$1 == x { print $2 }' "$here/seeds.map")
	if [ -n "$seed" ]; then
		for reader in poppler mutool; do
			txt="$tmp/$name.txt"
			[ $reader = mutool ] && txt="$tmp/$name.mutool.txt"
			python3 "$here/wordcheck.py" "$seed" "$txt" >"$tmp/words" ||
			    { fail "seed words ($reader)"; cat "$tmp/words"; ok=0; }
		done
	fi
	"$IOPDOC" agreement -o "$tmp/again.pdf" "$xml" 2>/dev/null
	cmp -s "$pdf" "$tmp/again.pdf" || { fail "two renderings differ"; ok=0; }
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found on [0-9]* pages\)/\1/p' "$tmp/check")$( [ -n "$seed" ] && sed -n 's/.*words, \(present .*\): ok/; \1/p' "$tmp/words")"
		passed=$((passed + 1))
	fi
done
# A whole folder in one call: every input rendered, named after its file.
if "$IOPDOC" agreement -o "$tmp/all" input 2>/dev/null &&
    [ "$(ls "$tmp/all" | wc -l)" = "$(ls input/*.xml | wc -l)" ]; then
	echo "ok folder: input/ rendered into one folder"
	passed=$((passed + 1))
else
	name=folder; fail "rendering the input folder"
fi
echo "golden: $passed passed, $failed failed"
[ $failed = 0 ]
