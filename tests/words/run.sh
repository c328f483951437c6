#!/bin/sh
# Enumerated attribute values written as Swedish words (with and without
# å ä ö) or as English words read as the values they stand for: one
# example rendered as it is, with Swedish words and with English words
# makes three PDFs that are the same byte for byte (issue 15).
#
#   sh tests/words/run.sh                          # tests ./iopdoc
#   IOPDOC=build/asan/iopdoc sh tests/words/run.sh
IOPDOC=${IOPDOC:-./iopdoc}
passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-words.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT INT TERM
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
LC_ALL=C
export LC_ALL

example=examples/exempel-mentorskap-norrby.xml

# The example's values, each as a Swedish word: the ones with å ä ö
# both ways (halvårsvis and halvarsvis), capitals and spaces as people
# type them.
sed -e 's/electronic="yes"/electronic="ja"/' \
    -e 's/frequency="half-yearly"/frequency="halvårsvis"/' \
    -e 's/frequency="monthly"/frequency="manadsvis"/' \
    -e 's/payment="half-yearly"/payment="halvarsvis"/' \
    -e 's/payment="monthly"/payment="månadsvis"/' \
    -e 's/payment="yearly"/payment="Årligen"/' \
    -e 's/kind="dash"/kind="streck"/' \
    -e 's/kind="date"/kind="datum"/g' \
    -e 's/kind="mal"/kind="mål"/' \
    -e 's/kind="delmal"/kind="delmål"/' \
    -e 's/kind="effektmal"/kind="Effektmål"/' \
    -e 's/kind="direct"/kind="direkt"/' \
    -e 's/kind="indirect"/kind="indirekt"/' \
    -e 's/kind="in-kind"/kind="i natura"/' \
    -e 's/kind="invoice"/kind="faktura"/' \
    -e 's/kind="payout"/kind="utbetalning"/' \
    -e 's/kind="money"/kind="pengar"/g' \
    -e 's/kind="percent"/kind="procent"/' \
    -e 's/comparison="minst"/comparison="Minst"/g' \
    -e 's/per="half-year"/per="halvår"/' \
    -e 's/per="month"/per="månad"/g' \
    -e 's/per="year"/per="år"/g' \
    -e 's/prorate="no"/prorate="nej"/' \
    -e 's/prorate="yes"/prorate="ja"/g' \
    -e 's/role="public"/role="offentlig"/' \
    -e 's/role="ideburen"/role="idéburen"/' \
    -e 's/applies-to="money"/applies-to="pengar"/' \
    -e 's/status="final"/status="slutlig"/' \
    "$example" >"$tmp/sv.xml"
# and as English words where the value is Swedish
sed -e 's/kind="mal"/kind="goal"/' \
    -e 's/kind="delmal"/kind="subgoal"/' \
    -e 's/kind="effektmal"/kind="impact-goal"/' \
    -e 's/comparison="minst"/comparison="at-least"/g' \
    -e 's/role="ideburen"/role="non-profit"/' \
    -e 's/electronic="yes"/electronic="Yes"/' \
    "$example" >"$tmp/en.xml"
cp "$example" "$tmp/as-is.xml"

# each variant must differ from the example, or the test proves nothing
for v in sv en; do
	if cmp -s "$tmp/$v.xml" "$tmp/as-is.xml"; then
		echo "FAIL words-$v: the variant is the example itself"
		failed=$((failed + 1))
	fi
done

for v in as-is sv en; do
	if "$IOPDOC" agreement -o "$tmp/$v.pdf" "$tmp/$v.xml" 2>"$tmp/$v.err"; then
		passed=$((passed + 1))
	else
		echo "FAIL words-$v: not rendered"
		sed 's/^/    | /' "$tmp/$v.err"
		failed=$((failed + 1))
	fi
done
for v in sv en; do
	if [ -f "$tmp/$v.pdf" ] && cmp -s "$tmp/as-is.pdf" "$tmp/$v.pdf" &&
	    cmp -s "$tmp/as-is.err" "$tmp/$v.err"; then
		echo "ok words-$v: the same PDF and messages as the example's values"
		passed=$((passed + 1))
	else
		echo "FAIL words-$v: the PDF or the messages differ from the example's"
		failed=$((failed + 1))
	fi
done
[ -z "${IOPDOC_TEST_PDFS:-}" ] || cp "$tmp/sv.pdf" "$IOPDOC_TEST_PDFS/words-sv.pdf" 2>/dev/null
echo "words: $passed passed, $failed failed"
[ "$failed" = 0 ]
