#!/bin/sh
# Golden tests: render every file in input/ and examples/ and check the
# PDF as a reader would see it.  Run from the top folder: IOPDOC=build/asan/iopdoc sh tests/golden/run.sh
#  - iopdoc exits 0 and writes the PDF (warnings allowed: real documents
#    state wrong totals, and iopdoc must say so);
#  - qpdf --check passes without warnings; pdffonts lists only embedded fonts;
#  - pdftotext and mutool extract without warnings;
#  - check_pdf.py finds every heading, paragraph, amount, computed total,
#    share and signatory of the XML in the text;
#  - table_cells.py: e-mail addresses and phone numbers in cells and
#    participants' names are not broken inside their cells;
#  - table_notes.py: a table's notes start at the table's left edge;
#  - participants.py: a follow-up's participants table runs from the
#    text's left margin to the frame's right edge;
#  - wordcheck.py: the seed's words come out (99.5 % present, 97 % in order);
#  - two renderings of the same input are byte-identical.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
here=$(dirname "$0")
tmp=$(mktemp -d)
# The text of a report is read from its text area (-x/-y/-W/-H, A4: from
# below the header band to above the footer band), so that a sentence
# running over a page break is not split by the running heads; a draft's
# diagonal UTKAST, whose letters pdftotext puts among the words, is dropped.
trap 'rm -rf "$tmp"' EXIT INT TERM
passed=0
failed=0

. tests/keep.sh

fail() {
	echo "FAIL $name: $*"
	failed=$((failed + 1))
}

# tests/unseen/ holds agreements and a follow-up written as other
# kommuner write them, which no layout rule was tuned on (issue 14)
for xml in input/*.xml examples/*.xml tests/unseen/*.xml; do
	[ -e "$xml" ] || continue	# examples/ may be empty
	# a report file prints in its nämnd's report (the reports below)
	grep -q '^<namnd-report ' "$xml" && continue
	name=$(basename "$xml" .xml)
	pdf="$tmp/$name.pdf"
	command=agreement
	# a follow-up's agreement is in its own folder (input/ or examples/)
	grep -q '^<followup ' "$xml" && command="followup --input $(dirname "$xml")"
	if ! "$IOPDOC" $command -o "$pdf" "$xml" 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	if grep -v -e ': warning: ' -e ': note: ' "$tmp/err" | grep -q .; then
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
	# the tagged text as poppler reads it by structure: every heading
	# of the source is there, with its number
	pdfinfo -struct-text "$pdf" >"$tmp/$name.struct" 2>>"$tmp/perr"
	python3 - "$xml" "$tmp/$name.struct" >"$tmp/struct-check" <<'PY' || { fail "pdfinfo -struct-text"; cat "$tmp/struct-check"; ok=0; }
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
tree = " ".join(open(sys.argv[2], encoding="utf-8").read().split())
missing = []
for s in root.iter("section"):
    h = s.find("heading")
    if h is None:
        continue
    want = " ".join(((s.get("number") + " ") if s.get("number") else "").split() + "".join(h.itertext()).split())
    if '"' + want not in tree:
        missing.append(want)
if "Document" not in tree or missing:
    print("not in pdfinfo -struct-text:", missing[:5])
    sys.exit(1)
PY
	if [ -s "$tmp/perr" ]; then fail "poppler warns"; cat "$tmp/perr"; ok=0; fi
	mutool draw -F txt -o "$tmp/$name.mutool.txt" "$pdf" 2>"$tmp/merr"
	if grep -v -e '^warning: ICC support is not available$' -e '^page .* [0-9]*$' "$tmp/merr" | grep -q .; then
		fail "mutool warns"; cat "$tmp/merr"; ok=0
	fi
	python3 "$here/check_pdf.py" "$xml" "$pdf" >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	# a follow-up's record head: kommun, kind line, a title of two
	# lines at most that does not repeat the kind, Datum, Plats,
	# Diarienummer, Avser, Deltagare
	if grep -q '^<followup ' "$xml"; then
		python3 "$here/check_followup_head.py" "$xml" "$pdf" >"$tmp/head" ||
		    { fail "record head"; cat "$tmp/head"; ok=0; }
	fi
	# a table's e-mail addresses and phone numbers, a participant's
	# name, whole on one line (its column at least that wide)
	python3 tests/layout/table_cells.py "$xml" "$pdf" >"$tmp/cells" || { fail "table cells"; cat "$tmp/cells"; ok=0; }
	# a table's notes under its left edge
	python3 tests/layout/table_notes.py "$xml" "$pdf" >"$tmp/notes" || { fail "table notes"; cat "$tmp/notes"; ok=0; }
	# a follow-up's participants table from the text's left margin to
	# the frame's right edge, the same in every follow-up
	python3 tests/layout/participants.py "$xml" "$pdf" >"$tmp/part" || { fail "participants table"; cat "$tmp/part"; ok=0; }
	seed=$(awk -v x="$xml" '$1 == x { print $2 }' "$here/seeds.map")
	if [ -n "$seed" ]; then
		for reader in poppler mutool; do
			txt="$tmp/$name.txt"
			[ $reader = mutool ] && txt="$tmp/$name.mutool.txt"
			python3 "$here/wordcheck.py" "$seed" "$txt" >"$tmp/words" ||
			    { fail "seed words ($reader)"; cat "$tmp/words"; ok=0; }
		done
	fi
	"$IOPDOC" $command -o "$tmp/again.pdf" "$xml" 2>/dev/null
	cmp -s "$pdf" "$tmp/again.pdf" || { fail "two renderings differ"; ok=0; }
	# (kept as unseen-*: tests/run-all.sh leaves them out of the
	# loose-line gate, which they do not meet yet; see tests/unseen/NOTES.md)
	case $xml in tests/unseen/*) keep_pdf "$pdf" "unseen-$name" "$xml" ;;
	*) keep_pdf "$pdf" "golden-$name" "$xml" ;; esac
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found on [0-9]* pages\)/\1/p' "$tmp/check")$( [ -n "$seed" ] && sed -n 's/.*words, \(present .*\): ok/; \1/p' "$tmp/words")"
		passed=$((passed + 1))
	fi
done
# A follow-up's record head whatever its title says (review r31): the
# Linköping partssamtal under other titles, each checked by
# check_followup_head.py: a long title (three lines at 20 pt) set
# smaller in two, a title that is all kind over the agreement's effort,
# a title without a kind under kind=, a title naming another kind (and
# a note saying so).
name=followup-head-titles
n=0
for title in "Partssamtal om Språkvänner i Linköping, uppföljning av det andra året med kommunens förvaltningar och föreningen" \
    "Partssamtal 2019-10-25" "Uppföljning av Språkvänner hösten 2019" \
    "Dialogmöte med Röda Korset om Språkvänner i Linköping"; do
	rm -rf "$tmp/heads" && mkdir "$tmp/heads" && cp input/linkoping-rk-sprakvanner.xml "$tmp/heads/" &&
	sed "s|<title>Partssamtal Linköpings kommun.*</title>|<title>$title</title>|" \
	    input/linkoping-rk-sprakvanner-partssamtal-2019-10-25.xml >"$tmp/heads/fu.xml"
	if ! grep -qF "<title>$title</title>" "$tmp/heads/fu.xml" ||
	    ! "$IOPDOC" followup --input "$tmp/heads" -o "$tmp/heads/fu.pdf" "$tmp/heads/fu.xml" 2>"$tmp/err" ||
	    ! python3 "$here/check_followup_head.py" "$tmp/heads/fu.xml" "$tmp/heads/fu.pdf" >"$tmp/head"; then
		fail "record head of \"$title\""; cat "$tmp/err" "$tmp/head"; continue
	fi
	# a kind of the title's own against kind="partssamtal" is said
	case $title in Dialogmöte*)
		grep -q 'note: the title names the record "Dialogmöte" where kind="partssamtal"' "$tmp/err" ||
		    { fail "no note of the title's kind"; cat "$tmp/err"; continue; } ;;
	esac
	n=$((n + 1))
done
[ $n = 4 ] && { echo "ok $name: 4 titles, the kind line and a title of two lines at most"; passed=$((passed + 1)); }
# The unseen kommuner's files pass iopdoc check --strict: no error and
# no warning (notes allowed: an outcome without a goal, a percent column
# whose rounding explains its total).
name=unseen-strict
if "$IOPDOC" check --strict tests/unseen >"$tmp/out" 2>"$tmp/err" &&
    ! grep -q -e ': warning: ' -e ': error: ' "$tmp/err"; then
	echo "ok $name: $(ls tests/unseen/*.xml | wc -l) files pass check --strict"
	passed=$((passed + 1))
else
	fail "check --strict"; cat "$tmp/err"
fi
# A whole folder in one call: every agreement rendered into agreements/,
# named as iopdoc build names it; the follow-ups in the folder are left to
# "iopdoc followup", which renders them into followups/.
if "$IOPDOC" agreement -o "$tmp/all" input 2>/dev/null &&
    [ "$(ls "$tmp/all")" = agreements ] &&
    [ "$(ls "$tmp/all/agreements" | wc -l)" = "$(grep -l '^<agreement ' input/*.xml | wc -l)" ] &&
    [ -s "$tmp/all/agreements/sprakvanner-2019.pdf" ] &&
    "$IOPDOC" followup -o "$tmp/fus" input 2>/dev/null &&
    [ "$(ls "$tmp/fus")" = followups ] &&
    [ "$(ls "$tmp/fus/followups" | wc -l)" = "$(grep -l '^<followup ' input/*.xml | wc -l)" ] &&
    [ -s "$tmp/fus/followups/sprakvanner-partssamtal-2019-10-25.pdf" ]; then
	echo "ok folder: input/ rendered, agreements and follow-ups each by their command"
	passed=$((passed + 1))
else
	name=folder; fail "rendering the input folder"
fi
# Yearly nämnd reports from the real agreements and follow-ups plus the
# made-up examples in tests/report/examples: each has exactly its nämnd's
# agreements of the year, their amounts, outcomes and goal statuses.
for spec in "linkoping-arbetsmarknadsnamnden 2019" "linkoping-arbetsmarknadsnamnden 2023" \
    "linkoping-social-och-omsorgsnamnden 2022" "lund-socialnamnden 2019" \
    "linkoping-arbetsmarknadsnamnden 2020" "linkoping-arbetsmarknadsnamnden 2024" \
    "linkoping-social-och-omsorgsnamnden 2021" "linkoping-arbetsmarknadsnamnden 2021"; do
	set -- $spec
	name="report-$1-$2"
	if ! "$IOPDOC" report --year "$2" --namnd "$1" -o "$tmp/$name.pdf" input tests/report/examples \
	    2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" "$1" "$2" input tests/report/examples \
	    >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	# bold in a bullet is a lead-in up to its colon, never the whole item
	python3 "$here/check_bold.py" "$tmp/$name.pdf" >"$tmp/bold" || { fail "bold"; cat "$tmp/bold"; ok=0; }
	qpdf --check "$tmp/$name.pdf" >/dev/null 2>&1 || { fail "qpdf --check"; ok=0; }
	pdftotext "$tmp/$name.pdf" /dev/null 2>"$tmp/perr"
	if [ -s "$tmp/perr" ]; then fail "poppler warns"; cat "$tmp/perr"; ok=0; fi
	keep_pdf "$tmp/$name.pdf" "golden-$name"
	"$IOPDOC" report --year "$2" --namnd "$1" -o "$tmp/again.pdf" input tests/report/examples 2>/dev/null
	cmp -s "$tmp/$name.pdf" "$tmp/again.pdf" || { fail "two renderings differ"; ok=0; }
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check")"
		passed=$((passed + 1))
	fi
done
# The unseen kommuner's nämnd reports (tests/unseen/): Umeå's äldrenämnd
# 2024 and 2025, Göteborg's socialnämnd Centrum 2026 and 2027 (monthly
# samverkansmöten beside two dialogmöten, OPI from 2027 without values),
# Malmö's grundskolenämnd 2026 and 2027 (agreement years from 1 August,
# the kommun's money paid in September and February), each by
# check_report.py and its CSV by check_csv.py (s31).
for spec in "umea-aldrenamnden 2024" "umea-aldrenamnden 2025" \
    "goteborg-socialnamnden-centrum 2026" "goteborg-socialnamnden-centrum 2027" \
    "malmo-grundskolenamnden 2026" "malmo-grundskolenamnden 2027"; do
	set -- $spec
	name="report-unseen-$1-$2"
	if ! "$IOPDOC" report --year "$2" --namnd "$1" -o "$tmp/$name.pdf" tests/unseen 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" "$1" "$2" tests/unseen \
	    >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	python3 "$here/check_bold.py" "$tmp/$name.pdf" >"$tmp/bold" || { fail "bold"; cat "$tmp/bold"; ok=0; }
	[ -s "$tmp/$name.csv" ] || { fail "no CSV beside the PDF"; ok=0; }
	python3 "$here/check_csv.py" "$tmp/$name.pdf" "$1" "$2" tests/unseen \
	    >"$tmp/csvcheck" || { fail "CSV"; cat "$tmp/csvcheck"; ok=0; }
	keep_pdf "$tmp/$name.pdf" "unseen-$name"
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), CSV $(sed -n 's/.*: \([0-9]* of [0-9]* checks held\).*/\1/p' "$tmp/csvcheck")"
		passed=$((passed + 1))
	fi
done
# Linköping's social- och omsorgsnämnd (2021-10-01 – 2023-09-30, 1 000 000
# kr a year paid once a year in July, OPI from 2022-10-01 with no values):
# July 2021 is before the period, so nothing is paid in 2021; 2022 and 2023
# pay 1 000 000 kr each, 2 000 000 kr for the period (review 18: counted
# 1 000 000 kr in each of the three years). The idéburna's help in kind:
# the agreement writes no prorate, so its part years count by the days
# covered, marked as the förvaltning's calculation (r5 item 2): 700 000 x
# 92/365 = 176 438 kr (2021-10-01 – 12-31) and x 273/365 = 523 562 kr
# (2023-01-01 – 09-30), 1 400 000 kr for the period; 450 000 x 92/365 =
# 113 425 kr, x 273/365 = 336 575 kr, 900 000 kr. Summa 2021: 289 863 kr,
# 2023: 1 860 137 kr, the period 2 000 000 + 1 400 000 + 900 000. The
# agreement gives OPI from 2022-07-01 and from 2022-10-01: both named (r5 item 8),
# also in 2022, between the two, whose July payment the earlier start
# would have raised (review r6). One dialogmöte a year: 1 October–31
# December 2021 is 92 of 365 days, not more than half, none; 1 January–30
# September 2023 is 273, one, the agreement's last year (review s21: none
# before, counted by the year's end).
for spec in "2022|Uppräkning enligt OPI från 1 oktober 2022 (överenskommelsen anger också 1 juli 2022); för 2022 är beloppet inte uppräknat.|Överenskommelsen anger två startdatum för uppräkningen enligt OPI, 1 oktober 2022 och 1 juli 2022; rapporten räknar med 1 oktober 2022, och om 1 juli 2022 gäller blir kommunens finansiering för 2022 en annan." \
    "2021|För 1 oktober–31 december 2021 krävs inget dialogmöte.|Kommunens finansiering var 0 kr (inget utbetalt 2021).|Kommunens finansiering 0 kr (inget utbetalt)|Överenskommelsen gällde 1 oktober–31 december 2021. Linköpings kommun betalade inget ut 2021 (betalas ut i juli varje år, första gången juli 2022). För Linköpings Stadsmission och Linköpings Domkyrkopastorat är beloppet beräknat efter dagarna|2021-10-01 – 2023-09-30 inget utbetalt Ingen uppföljning" \
    "2023|För 1 januari–30 september 2023 krävs ett dialogmöte.|Linköpings Stadsmission och Linköpings Domkyrkopastorat: för 2023 krävdes ett dialogmöte, men det finns inte i underlaget.|Kommunens finansiering var 1 000 000 kr för den del av året som överenskommelsen gällde (utan uppräkning, indexvärden saknas), jämfört med 1 000 000 kr 2022.|Linköpings kommun (kommunen) 0 kr 1 000 000 kr 1 000 000 kr 2 000 000 kr|Summa 289 863 kr 2 150 000 kr 1 860 137 kr 4 300 000 kr|Idéburna organisationers insatser 860 137 kr (beräknat efter dagar) 1 150 000 kr|räknad med belopp för 2021 och 2023 som är beräknat efter dagarna|Uppräkning enligt OPI från 1 oktober 2022 (överenskommelsen anger också 1 juli 2022) ska göras"; do
	IFS='|'
	set -- $spec
	unset IFS
	year=$1
	shift
	name="report-son-paid-$year"
	if ! "$IOPDOC" report --year "$year" --namnd linkoping-social-och-omsorgsnamnden \
	    -o "$tmp/$name.pdf" input 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" linkoping-social-och-omsorgsnamnden "$year" \
	    input >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	for want in "$@"; do
		grep -qF -- "$want" "$tmp/$name.txt" || { fail "hand-computed text missing: $want"; ok=0; }
	done
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), $# figures by hand"
		passed=$((passed + 1))
	fi
done
# Sources by title in the body; the files only in the PDF's keywords and,
# with [report] technical-appendix = yes, in "Teknisk bilaga: filer" with
# the run's files left out for errors (RLAY).  The 2023 report's sources:
# the agreement and the two follow-ups for 2023, not the dialogmöte of
# 2024-06-11 (dated after the year, about 2024).
name=report-technical-appendix
ok=1
{ cat templates/default.ini; printf '\n[report]\ntechnical-appendix = yes\n'; } >"$tmp/tech.ini"
"$IOPDOC" report --year 2023 --namnd linkoping-arbetsmarknadsnamnden -o "$tmp/plain.pdf" \
    input tests/report/examples 2>/dev/null || { fail "iopdoc failed"; ok=0; }
"$IOPDOC" report --template "$tmp/tech.ini" --year 2023 --namnd linkoping-arbetsmarknadsnamnden \
    -o "$tmp/tech.pdf" input tests/report/examples tests/bad/actor-dup.xml 2>/dev/null
[ -s "$tmp/tech.pdf" ] || { fail "no report with a file in error among the inputs"; ok=0; }
pdftotext -raw "$tmp/plain.pdf" - | tr '\n' ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g' >"$tmp/plain.txt"
pdftotext -raw "$tmp/tech.pdf" - | tr '\n' ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g' >"$tmp/tech.txt"
keywords=$(pdfinfo "$tmp/plain.pdf" | sed -n 's/^Keywords: *//p')
sources="input/linkoping-ikf-inkludering.xml tests/report/examples/exempel-ikf-dialogmote-2023-05.xml tests/report/examples/exempel-ikf-verksamhetsrapport-2023.xml"
for f in $sources; do
	grep -qF "$f" "$tmp/plain.txt" && { fail "$f printed without the technical appendix"; ok=0; }
	grep -qF "$f" "$tmp/tech.txt" || { fail "$f not in the technical appendix"; ok=0; }
	case "$keywords" in *"$f"*) ;; *) fail "$f not in the PDF's keywords"; ok=0 ;; esac
done
for f in exempel-ikf-dialogmote-2024-06; do
	grep -qF "$f" "$tmp/tech.txt" && { fail "$f (after the year, about 2024) is a source"; ok=0; }
	case "$keywords" in *"$f"*) fail "$f (after the year) in the keywords"; ok=0 ;; esac
done
grep -qF "Teknisk bilaga" "$tmp/plain.txt" && { fail "technical appendix without the key"; ok=0; }
grep -qF "Filer som lämnades utanför" "$tmp/plain.txt" && { fail "files left out in the body"; ok=0; }
for want in "Teknisk bilaga: filer" "Filer som lämnades utanför" "tests/bad/actor-dup.xml" \
    "verksamhetsrapport 2024-01-18 (avser 2023)" "2024-01-18 (avser 2023), verksamhetsrapport:"; do
	grep -qF -- "$want" "$tmp/tech.txt" || { fail "missing: $want"; ok=0; }
done
qpdf --check "$tmp/tech.pdf" >/dev/null 2>&1 || { fail "qpdf --check"; ok=0; }
keep_pdf "$tmp/tech.pdf" "golden-$name" "" "$tmp/tech.ini"
if [ $ok = 1 ]; then
	echo "ok $name: 3 sources by file in the appendix and keywords only, 1 left out, 1 after the year not a source"
	passed=$((passed + 1))
fi
# Reports over examples/ alone (issue 12's made-up documents), checked by
# check_report.py and against figures worked out by hand: Sjöberg 2024,
# 40 besök a week is 40 x 52 = 2 080 a year (2 140 held: met); 189 lies in
# 150-200 (met); 41 of 55 is 74.5 % < 75 % (not met, stated "75 %" as
# written); the cumulative 412 stands apart from the year's 189; a weekly
# driftmöte is 52 a year, the styrgrupp met once (the May follow-up); no
# follow-up records a driftmöte, so none is counted as missing and the
# Uppföljning paragraph says the underlag does not report them (review s26).
# Ekdala 2027 (the agreement ends 2027-10-31, budgets for 2025 and 2026
# only): the kommun's 300 000 kr is 2026's, paid in January and July 2027,
# both in the period; meetings asked for in those ten months, the duties'
# equal parts of the year they cover more than half of: avstämning
# quarterly 3 (31 of Q4's 92 days do not count), styrgrupp 2 per år -> 2
# (the first half, and 123 of the second's 184 days), årsdialog 1 per år
# -> 1 (304 of 365 days): six, none on file, and the report 1 per år ->
# 1, the final one besides (the monthly driftmöte, 10, is operations,
# and no follow-up reports one: the first page leaves it out).
# Ekby's vinterhärbärge (2025-11-01 – 2026-03-31, no proration): 2025 is
# 32 000 x 2 months + the 2025 budget's lines, 384 300 estimated for 854
# nights x 450, + 40 000 = 424 300 (the stated 434 300 is printed beside
# them with the difference, not counted: review r9) = 488 300 kr for the
# kommun and 6 000 x 2 = 12 000 kr for the stiftelse (500 300 kr); 2026 is 32 000 x 3 + 567 000 (1 260 x 450) = 663 000 kr
# and 6 000 x 3 = 18 000 kr (681 000 kr). The stiftelse's volunteers and
# donated bread (valued="no") beside its valued lines are said in the summary;
# its 2025 figure rests on the estimated nights ("uppskattat"), and the
# stated 434 300 against the lines' 424 300 is in Att uppmärksamma too,
# naming the monthly coordinator (32 000 x 2 = 64 000 kr) it leaves out
# (review s22: three totals for one kommun, 434 300, 424 300, 488 300).
# Björkvik 2027: the kommun's 400 000 + 550 000 + 95 000 = 1 045 000 kr has
# no Lokalhyra (150 000 kr in 2025 and 2026, none written for 2027): said,
# not read as a cut; its Budgetposter lists every 2027 line (550 000 +
# 400 000 + 95 000), not only those with a kind or a payment rhythm.
# Vikby 2026 rests on the preliminary OPI of 2026.
# Ekdala 2027 (review s22): both payments fall before the end, 31 October,
# so 2027 counts whole years' amounts: 50 000 + 300 000 + 300 000 =
# 650 000 kr for 26 months' money over 24 months, said under the table;
# the rule (budget year; a yearly amount paid while the agreement holds
# counts whole) once, in the Bilaga (review s28).
for spec in "ekby-socialnamnden 2025|Kommunens finansiering var 488 300 kr (uppskattat) för den del av året|Överenskommelsen anger totalt 434 300 kr, 10 000 kr mer än posterna i budgeten för 2025 (424 300 kr); därtill kommer samordnare för härbärget, 64 000 kr för november–december|Ekby kommun (kommunen) 488 300 kr (uppskattat)|Den idéburna organisationens insatser var värda 12 000 kr; därtill övriga insatser som inte är värderade i kronor.|Överenskommelsen gällde 1 november–31 december 2025. Beloppet är uppskattat efter budgeten för 2025. Överenskommelsen anger totalt 434 300 kr för Ekby kommun, 10 000 kr mer än posterna i budgeten för 2025 (424 300 kr); därtill kommer samordnare för härbärget. Rapporten räknar med posterna.|Samordnare för härbärget: 64 000 kr (2 × 32 000 kr)|Stiftelsen Vinterljus (idéburen part) 12 000 kr|6 000 kr per månad för november–december (2 månader)|Summa 500 300 kr (uppskattat)|Samordnare för härbärget IOP-ersättning månadsvis 32 000 kr per månad|Startbidrag för sängar, linne och förvaring: 40 000 kr (november)" \
    "ekby-socialnamnden 2026|Ekby kommun (kommunen) 663 000 kr|Överenskommelsen gällde 1 januari–31 mars 2026. Beloppet är uppskattat efter budgeten för 2026.|Samordnare för härbärget: 96 000 kr (3 × 32 000 kr)|Stiftelsen Vinterljus (idéburen part) 18 000 kr|Summa 681 000 kr|Samordnare för härbärget IOP-ersättning månadsvis 32 000 kr per månad" \
    "ekdala-socialnamnden 2027|För Ekdala kommun, Region Exempelland och Samordningsförbundet Ekdala räknas hela årsbeloppet för 2027. För Föreningen Steget Ekdala är beloppet beräknat efter dagarna.|För Ekdala kommun är summan för hela perioden 650 000 kr: 50 000 kr för 2025 och helt årsbelopp för 2026 och 2027, trots att överenskommelsen slutar 31 oktober 2027.|Beloppen redovisas per budgetår, det vill säga det belopp som överenskommelsen anger för året.|Ett årsbelopp som enligt betalningsplanen betalas ut medan överenskommelsen gäller räknas fullt ut för året, även när överenskommelsen bara gäller en del av året.|Kommunens finansiering var 300 000 kr (ett helt års utbetalningar, trots att överenskommelsen slutade 31 oktober), oförändrat jämfört med 2026.|Överenskommelsen löpte ut 31 oktober.|För 2027 krävdes sex uppföljningsmöten utöver månatliga driftmöten (tre avstämningar, två styrgruppsmöten och en årsdialog) och en skriftlig rapport, men inget av det finns i underlaget." \
    "bjorkvik-barn-och-ungdomsnamnden 2027|Aktiviteter och material 95 000 kr|Kommunens finansiering var 1 045 000 kr, jämfört med 1 165 000 kr 2026. Beloppen är inte jämförbara, eftersom posten ”Lokalhyra” saknar belopp för 2027.|Posten ”Lokalhyra” saknar belopp för 2027 och ingår inte i kommunens finansiering.|Lokalhyra belopp saknas" \
    "vikby-kommunstyrelsen 2026|Uppräkningen bygger på ett preliminärt indexvärde.|insatser var värda 200 000 kr (2024 års värde; överenskommelsen anger ingen budget för 2026), oförändrat jämfört med 2025." \
    "sjoberg-socialnamnden 2024|Handläggare: Karin Holm, Socialförvaltningen Rapporten bygger på två uppföljningar för 2024 av den överenskommelse som socialnämnden ansvarar för och som har gällt under året: • Mötesplats Sjöberg (Föreningen Mötesplats Sjöberg) Förslag till beslut Socialnämnden godkänner årsrapporten om idéburet offentligt partnerskap 2024. Sammanfattning|minst 40 besök per vecka (omräknat av förvaltningen: 40 × 52 veckor = 2 080 per år) 2 140 besök Uppnått Uppfyllt: ”Målet är nått|mellan 150 och 200 deltagare per år 189 deltagare (79 kvinnor, 106 män, 2 annat kön, 2 har inte angett kön) Uppnått –|41 av 55 deltagare (74,5 %, rapporten anger 75 %) Ej uppnått Delvis uppfyllt: ”|14 volontärer Ej uppnått Ej uppfyllt: ”|Utfall sedan start|Nya deltagare 2022-03-01 – 2024-12-31 412 deltagare|Överenskommelsen kräver ett driftmöte per vecka, två styrgruppsmöten och två skriftliga rapporter per år. För 2024 finns ett styrgruppsmöte och en skriftlig rapport i underlaget. Driftmötena redovisas inte i underlaget.|senast 15 februari och 15 augusti varje år|För 2024 finns ett av två styrgruppsmöten och en av två skriftliga rapporter i underlaget."; do
	IFS='|'
	set -- $spec
	unset IFS
	namnd=${1% *} year=${1#* }
	shift
	name="report-examples-$namnd-$year"
	if ! "$IOPDOC" report --year "$year" --namnd "$namnd" -o "$tmp/$name.pdf" examples 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" "$namnd" "$year" examples >"$tmp/check" ||
	    { fail "content"; cat "$tmp/check"; ok=0; }
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	for want in "$@"; do
		grep -qF -- "$want" "$tmp/$name.txt" || { fail "hand-computed text missing: $want"; ok=0; }
	done
	qpdf --check "$tmp/$name.pdf" >/dev/null 2>&1 || { fail "qpdf --check"; ok=0; }
	keep_pdf "$tmp/$name.pdf" "golden-$name"
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), $# figures by hand"
		passed=$((passed + 1))
	fi
done
# The nämnd reports of the realistic examples in examples/ (issue 12), each
# checked by check_report.py against the XML alone; the figures are also
# computed by hand in tests/golden/examples.sh.
for spec in "asbro-kultur-och-fritidsnamnden 2025" "asbro-kultur-och-fritidsnamnden 2026" \
    "vikby-kommunstyrelsen 2025" "vikby-kommunstyrelsen 2026" \
    "norrvik-barn-och-utbildningsnamnden 2024" "norrvik-barn-och-utbildningsnamnden 2025" \
    "norrvik-barn-och-utbildningsnamnden 2026" "norrvik-barn-och-utbildningsnamnden 2027" \
    "kvarnby-socialnamnden 2025" "kvarnby-socialnamnden 2026" \
    "bjorkvik-barn-och-ungdomsnamnden 2025" "bjorkvik-barn-och-ungdomsnamnden 2027" \
    "ekdala-socialnamnden 2025" "ekdala-socialnamnden 2026" "ekdala-socialnamnden 2027" \
    "ekby-utbildningsnamnden 2025" "ekby-utbildningsnamnden 2026" "ekby-utbildningsnamnden 2027" "ekby-utbildningsnamnden 2028"; do
	set -- $spec
	name="report-$1-$2"
	if ! "$IOPDOC" report --year "$2" --namnd "$1" -o "$tmp/$name.pdf" examples 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	keep_pdf "$tmp/$name.pdf" "golden-$name"
	if python3 "$here/check_report.py" "$tmp/$name.pdf" "$1" "$2" examples >"$tmp/check" &&
	    sh "$here/examples.sh" "$tmp/$name.pdf" "$1" "$2" >>"$tmp/check"; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check")"
		passed=$((passed + 1))
	else
		fail "content"; cat "$tmp/check"
	fi
done
# Costs the parties' amounts do not cover: the sentence says by how much
# (Kvarnby 2025 with 100 000 kr of activities instead of 60 000: costs
# 1 100 000 kr, the parties' 700 000 + 200 000 + 160 000 = 1 060 000 kr).
name=report-costs-more
mkdir -p "$tmp/costs"
sed '0,/<line amount="60000"><label>Aktiviteter/s//<line amount="100000"><label>Aktiviteter/; 0,/stated="1060000"/s//stated="1100000"/' \
    examples/exempel-kostnadsbudget-familjecentral.xml >"$tmp/costs/kvarnby.xml"
if "$IOPDOC" report --year 2025 --namnd kvarnby-socialnamnden -o "$tmp/costs/k.pdf" \
    "$tmp/costs/kvarnby.xml" 2>"$tmp/err" &&
    pdftotext -raw "$tmp/costs/k.pdf" - | tr '\n' ' ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g' |
    grep -qF "Verksamhetens budgeterade kostnader 2025 är 1 100 000 kr, 40 000 kr mer än parternas belopp ovan." &&
    python3 "$here/check_report.py" "$tmp/costs/k.pdf" kvarnby-socialnamnden 2025 "$tmp/costs" >"$tmp/check"; then
	echo "ok $name: costs 40 000 kr more than the parties' amounts"
	passed=$((passed + 1))
else
	fail "costs beside the parties' amounts"; cat "$tmp/err" "$tmp/check"
fi
# The report file (README "The report file"): iopdoc report without one
# says so in a note; with one that has an error it reports the error
# (exit 1), warns that the report is written without it, and writes the
# report without its diarienummer.
name=report-file-missing-and-bad
mkdir -p "$tmp/rf"
sed 's|<name>Anna Andersson</name>||' tests/report/examples/rapport-arbetsmarknadsnamnden-2023.xml \
    >"$tmp/rf/rapport.xml"
"$IOPDOC" report --year 2024 --namnd linkoping-arbetsmarknadsnamnden -o "$tmp/rf/a.pdf" input 2>"$tmp/err"
st1=$?
"$IOPDOC" report --year 2023 --namnd linkoping-arbetsmarknadsnamnden -o "$tmp/rf/b.pdf" input \
    tests/report/examples/exempel-ikf-dialogmote-2023-05.xml "$tmp/rf/rapport.xml" 2>"$tmp/err2"
st2=$?
if [ $st1 = 0 ] && grep -qF 'note: no report file for linkoping-arbetsmarknadsnamnden 2024: the report is marked as a draft (UTKAST on every page) and has no diarienummer' "$tmp/err" &&
    [ $st2 = 1 ] && grep -qF 'rapport.xml:8: error: an <author> without <name>' "$tmp/err2" &&
    grep -qF "warning: the report file $tmp/rf/rapport.xml has errors: the report of linkoping-arbetsmarknadsnamnden 2023 is written without it" "$tmp/err2" &&
    [ -s "$tmp/rf/b.pdf" ] && ! pdftotext -raw "$tmp/rf/b.pdf" - | grep -q "AMN 2024/0012"; then
	echo "ok $name: a note without a report file; one with an error reported and left out"
	passed=$((passed + 1))
else
	fail "report file missing or bad: exit $st1/$st2"; cat "$tmp/err" "$tmp/err2"
fi

# The report's PDF is dated by its sources only (README "The report
# file"): Linköping's 2023 report without a report file takes the date of
# the verksamhetsrapport 2023 (2024-01-18), not of the dialogmöte of June
# 2024, whose outcomes are 2024's and which the report leaves out.
name=report-date-sources
"$IOPDOC" report --year 2023 --namnd linkoping-arbetsmarknadsnamnden -o "$tmp/dated.pdf" \
    input/linkoping-ikf-inkludering.xml tests/report/examples/exempel-ikf-verksamhetsrapport-2023.xml \
    tests/report/examples/exempel-ikf-dialogmote-2024-06.xml 2>/dev/null
created=$(pdfinfo -isodates "$tmp/dated.pdf" 2>/dev/null | sed -n 's/^CreationDate: *//p')
if [ "$created" = 2024-01-18T00:00:00Z ]; then
	echo "ok $name: dated 2024-01-18 by its newest source"
	passed=$((passed + 1))
else
	fail "report dated \"$created\", not 2024-01-18 (its newest source)"
fi

# A report file that leaves out its förslag till beslut is a note of
# iopdoc check and iopdoc report; iopdoc build says nothing of it, as of
# a missing report file.  One dated before a follow-up its report uses
# (Sjöberg's, 2025-02-03, before the resultatrapport of 2025-02-12) is a
# warning of check and of build.
name=report-file-incomplete
mkdir -p "$tmp/inc/in"
cp examples/exempel-sjoberg-motesplats.xml \
    examples/exempel-sjoberg-motesplats-resultatrapport-2024.xml "$tmp/inc/in"
cat >"$tmp/inc/in/rapport-sjoberg-socialnamnden-2024.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<namnd-report namnd="sjoberg-socialnamnden" year="2024">
  <diarienummer>SN 2025/0031</diarienummer>
  <date>2025-02-03</date>
  <author>
    <name>Karin Holm</name>
  </author>
</namnd-report>
EOF
"$IOPDOC" check "$tmp/inc/in" 2>"$tmp/err"
"$IOPDOC" build --input "$tmp/inc/in" -o "$tmp/inc/out" 2>"$tmp/err2"
early='rapport-sjoberg-socialnamnden-2024.xml:4: warning: the report is dated 2025-02-03, before the follow-up it uses, verksamhetsrapport "Resultatrapport 2024 för Mötesplats Sjöberg" dated 2025-02-12'
if grep -qF 'rapport-sjoberg-socialnamnden-2024.xml:2: note: no <proposal>: the report prints no Förslag till beslut; see iopdoc-xml(5), "The report file"' "$tmp/err" &&
    grep -qF "$early" "$tmp/err" && grep -qF "$early" "$tmp/err2" &&
    [ -s "$tmp/inc/out/reports/socialnamnden-sjobergs-kommun-2024.pdf" ] &&
    ! grep -q 'proposal' "$tmp/err2"; then
	echo "ok $name: a note from check, none from build; the early date from both"
	passed=$((passed + 1))
else
	fail "report file without <proposal>"; cat "$tmp/err" "$tmp/err2"; ls -R "$tmp/inc/out"
fi

# A nämnd with four IOPs over two years (tests/report/vallby, issue 13),
# with a report file for 2023; figures worked out by hand: the kommun's
# 2023 money is 150 000 (sommarjobb, a budget without year) + 120 000
# (Mentor's 2023 budget, not prorated) + 640 000 x 184/365 = 322 630
# (Nystart from 2023-07-01, prorated) + 300 000 x 1.02 = 306 000
# (Språkbron's 2022 base, 2 % from 2023) = 898 630 kr; 2022 had
# Språkbron's 300 000 and sommarjobb's 150 000 = 450 000 kr. Idéburna:
# 200 000 x 184/365 = 100 822 + 90 000 (in kind, not adjusted) =
# 190 822 kr, 90 000 kr in 2022. Goals 2023: Språkbron 96 >= 80, 41 of
# 96 = 42.7 % >= 40 %, 102 > 88 träffar: met; Nystart 3 of 14 < 30 %:
# not met; Nystart 14 < 24 per year in a year it covers from 1 July: not
# judged (the agreement states no half-year target; the prorated 12 is
# shown marked as the förvaltning's), kept out of the count; Mentor 23 >=
# 20 par (the stated target): met; sommarjobb has no follow-up: 4 of 5
# measurable met (2022: 43 >= 40 met, 74 < 80 and 35.1 % < 40 %
# not met, träffar has no 2021 to compare: 1 of 3). Mentor (2023-03-01 –
# 2024-12-31) owes 2 x 10/12 -> 2 dialogmöten in 2023 and held one; it
# ends 2024-12-31 (3 months' notice, but no renewal: no notice date). Mentor starts 1 March
# and Nystart 1 July; Nystart's two goals not met are named with their
# outcomes, its resultatrapport judging the first "delvis"; the three
# assessments of 2023 are all in the organisations' written reports.
# 2025: Nystart ends 2026-06-30, so 2026 counts 181 of 365 days:
# 640 000 x 181/365 = 317 370 kr and 200 000 x 181/365 = 99 178 kr, said
# beside the whole period's sum (review s22: "med överenskommelsens belopp").
# 2023: Sommarjobb's Idrottsalliansen has no amount in any year: it keeps
# its row in the per-year table, "–" and a note, as in the Ekonomi table.
for spec in "2023|Sammanfattning Kommunens finansiering var 898 630 kr, jämfört med 450 000 kr 2022.|Kommunens finansiering 898 630 kr 450 000 kr|Idéburna organisationers insatser 190 822 kr 90 000 kr|Uppnådda mål (av bedömda) 4 av 5 1 av 3|Nystart arbetsträning Vallby kommun, Stiftelsen Nystart Vallby 2023-07-01 – 2026-06-30 322 630 kr 1 mål ej uppnått, 1 gäller helår|Språkbron Vallby kommun, Föreningen Språkbron Vallby 2022-01-01 – 2025-12-31 306 000 kr|Mentor för kvinnor: för 2023 finns ett av två dialogmöten och ingen skriftlig rapport i underlaget. Överenskommelsen löper ut 31 december 2024.|Diarienummer: AMN 2024/041|Nämndens sammanträde: 16 april 2024|Förslag till beslut|41 av 96 deltagare (43 %)|Mentor för kvinnor (från 1 mars) och Nystart arbetsträning (från 1 juli) började gälla under året.|Nystart arbetsträning: målet ”Minst 30 % av deltagarna går till arbete eller studier” är inte uppnått. Utfallet var 3 av 14 deltagare (21 %). Målet|minst 24 deltagare per år 14 deltagare (6 kvinnor, 8 män) Gäller helår Delvis uppfyllt: ”|Av sju mål för 2023 är fyra uppnådda, ett inte uppnått och ett utan rapporterat utfall; ett mål gäller helår och bedöms inte för del av året.|Målet ”Minst 24 personer per år deltar i arbetsträning” gäller helår och bedöms inte för del av året (14 deltagare under halvåret mot minst 24 per år), och organisationen bedömer själv målet som delvis uppfyllt.|I sina rapporter bedömer organisationerna själva två av målen som uppfyllda och ett som delvis uppfyllt.|306 000 kr 3 mål uppnådda|102 träffar (2022: 88 träffar) Uppnått|88 102 öka jämfört med året innan|inte värderat i kronor Avser ideella mentorer.|Vallby kommun (kommunen) 322 630 kr Handledare och arbetsplatser: 322 630 kr (184 av 365 dagar av 640 000 kr)|Insats i verksamheten: 100 822 kr (184 av 365 dagar av 200 000 kr)|Idrottsalliansen Vallby (idéburen part) – – – –|Överenskommelsen anger inget belopp för Idrottsalliansen Vallby för något år (– i tabellen)." \
    "2025|I summan för hela perioden ingår även 2026 med 317 370 kr för Vallby kommun och 99 178 kr för Stiftelsen Nystart Vallby, beräknat efter dagarna till 30 juni." \
    "2022|Kommunens finansiering 450 000 kr|Uppnådda mål (av bedömda) 1 av 3|74 deltagare|Ett kan inte bedömas eftersom det jämför med 2021, före överenskommelsens start.|Målet ”Antalet språkcaféträffar ökar jämfört med året innan” kan inte bedömas eftersom det jämför med 2021, före överenskommelsens start.|2 mål ej uppnådda, 1 kan inte bedömas"; do
	IFS='|'
	set -- $spec
	unset IFS
	year=$1
	shift
	name="report-vallby-$year"
	if ! "$IOPDOC" report --year "$year" --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
	    tests/report/vallby 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" vallby-arbetsmarknadsnamnden "$year" \
	    tests/report/vallby >"$tmp/check" || { fail "content"; cat "$tmp/check"; ok=0; }
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	for want in "$@"; do
		grep -qF -- "$want" "$tmp/$name.txt" || { fail "hand-computed text missing: $want"; ok=0; }
	done
	qpdf --check "$tmp/$name.pdf" >/dev/null 2>&1 || { fail "qpdf --check"; ok=0; }
	keep_pdf "$tmp/$name.pdf" "golden-$name"
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), $# figures by hand"
		passed=$((passed + 1))
	fi
done
# Steget's budgets for November–December 2025 (50 000, 30 000, 25 000 and
# 10 000 kr) are paid in November by the text, but its <payment> says
# January and July: they count in 2025, never lost, so the period is
# 50 000 + 2 x 300 000 = 650 000 kr for Ekdala and 1 734 945 kr in all
# (a warning at each line says the terms do not pay it; review s22: the
# PDF says it too, under the Ekonomi table).
# Agreements several nämnder share (tests/report/delad): Steget, of
# Ekdala's and Bruksby's socialnämnder, is in both kommuners' reports,
# each counting its own kommun's money as the kommun's (2026: Ekdala
# 300 000 kr; region 150 000 + förbund 60 000 + Bruksby 180 000 = 390 000
# kr other public money) and naming the other nämnd; Nystart, of Vallby's
# arbetsmarknadsnämnd and socialnämnd, is in both with the whole
# kommun's money (640 000 kr a year, 2024 a whole year) and says it is
# not split between them.
for spec in "ekdala-socialnamnden|2025|Kommunens finansiering var 50 000 kr för den del av året|Ekdala kommun (kommunen) 50 000 kr 650 000 kr|Summa 135 000 kr 1 734 945 kr|Överenskommelsen gällde 1 november–31 december 2025. För alla parter är beloppet budgeten för 2025. Kommunens budget för 2025, 50 000 kr, betalas enligt betalningsplanen ut i januari och juli, alltså först 2026. Detsamma gäller budgetarna för Bruksby kommun (30 000 kr), Region Exempelland (25 000 kr) och Samordningsförbundet Ekdala (10 000 kr). Beloppen redovisas här för 2025.|Kommunens budget för 2025, 50 000 kr, betalas enligt betalningsplanen ut först 2026 men redovisas för 2025.|För Ekdala kommun är summan för hela perioden 650 000 kr: 50 000 kr för 2025 och helt årsbelopp för 2026 och 2027, trots att överenskommelsen slutar" \
    "ekdala-socialnamnden|2026|Kommunens finansiering 300 000 kr|Övrig offentlig finansiering 390 000 kr|Delas med socialnämnden, Bruksby kommun, som också redovisar den i sin årsrapport." \
    "bruksby-socialnamnden|2026|Kommunens finansiering 180 000 kr|Övrig offentlig finansiering 510 000 kr|Delas med socialnämnden, Ekdala kommun, som också redovisar den i sin årsrapport." \
    "vallby-socialnamnden|2024|Kommunens finansiering 640 000 kr|Delas med arbetsmarknadsnämnden, som också redovisar den i sin årsrapport. Kommunens finansiering nedan gäller hela Vallby kommun och är inte fördelad mellan nämnderna." \
    "vallby-arbetsmarknadsnamnden|2024|Kommunens finansiering 640 000 kr|Delas med socialnämnden, som också redovisar den i sin årsrapport. Kommunens finansiering nedan gäller hela Vallby kommun och är inte fördelad mellan nämnderna."; do
	IFS='|'
	set -- $spec
	unset IFS
	namnd=$1 year=$2
	shift 2
	name="report-delad-$namnd-$year"
	if ! "$IOPDOC" report --year "$year" --namnd "$namnd" -o "$tmp/$name.pdf" tests/report/delad 2>"$tmp/err"; then
		fail "iopdoc failed"; cat "$tmp/err"; continue
	fi
	ok=1
	python3 "$here/check_report.py" "$tmp/$name.pdf" "$namnd" "$year" tests/report/delad >"$tmp/check" ||
	    { fail "content"; cat "$tmp/check"; ok=0; }
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	for want in "$@"; do
		grep -qF -- "$want" "$tmp/$name.txt" || { fail "hand-computed text missing: $want"; ok=0; }
	done
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), $# texts by hand"
		passed=$((passed + 1))
	fi
done
# A whole year's goal in the year its agreement ends within (review s26):
# Nystart runs to 30 June 2026, and a resultatrapport for January-June
# 2026 has 10 deltagare against minst 24 per år.  Nothing judges it
# later, so "Kan inte bedömas", never "Bedöms senare": the sentence
# under the table, the summary and Att uppmärksamma say why.
name=report-goal-agreement-ended
rm -rf "$tmp/ended" && mkdir "$tmp/ended" && cp tests/report/vallby/*.xml "$tmp/ended/" &&
cat >"$tmp/ended/vallby-nystart-resultatrapport-2026.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<followup id="vallby-nystart-resultatrapport-2026" agreement="vallby-nystart" kind="verksamhetsrapport" kind-text="Resultatrapport">
  <title>Resultatrapport 2026, Nystart arbetsträning</title>
  <date>2026-08-20</date>
  <period from="2026-01-01" to="2026-06-30"/>
  <author><name>Per Ek</name><title>Föreståndare, Stiftelsen Nystart Vallby</title></author>
  <outcomes from="2026-01-01" to="2026-06-30">
    <outcome measure="deltagare i arbetsträning" value="10" unit="deltagare" goal="deltagare">10 deltagare januari–juni</outcome>
  </outcomes>
  <summary>Sista halvåret: 10 deltagare i arbetsträning.</summary>
  <text>
    <section>
      <heading>Sammanfattning</heading>
      <p>Sista halvåret: 10 deltagare i arbetsträning.</p>
    </section>
  </text>
</followup>
XML
if "$IOPDOC" report --year 2026 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
    "$tmp/ended" 2>"$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/$name.pdf" vallby-arbetsmarknadsnamnden 2026 \
    "$tmp/ended" >"$tmp/check" &&
    pdftotext "$tmp/$name.pdf" - | tr '\n' ' ' | grep -q "Kan inte bedömas" &&
    ! pdftotext "$tmp/$name.pdf" - | grep -q "Bedöms senare\|bedöms för helåret"; then
	echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check")"
	passed=$((passed + 1))
else
	fail "a whole year's goal in the year its agreement ends"; cat "$tmp/err" "$tmp/check"
fi
# The shared Nystart beside Vallby's own other agreements: only it says
# "Delas med", naming the socialnämnd (the report's nämnd is never named).
# Vallby's own Nystart and its follow-ups stay out: tests/report/delad's
# is a copy of it (the same diarienummer, parties and period), which a
# report counts once (report-same-agreement-twice).
name=report-delad-beside-own
rm -rf "$tmp/own" && mkdir "$tmp/own" && cp tests/report/vallby/*.xml "$tmp/own/" &&
    rm "$tmp/own/"vallby-nystart*.xml
if "$IOPDOC" report --year 2024 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
    "$tmp/own" tests/report/delad 2>"$tmp/err" &&
    ! grep -q "the same agreement" "$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/$name.pdf" vallby-arbetsmarknadsnamnden 2024 \
    "$tmp/own" tests/report/delad >"$tmp/check"; then
	echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check")"
	passed=$((passed + 1))
else
	fail "shared agreement beside the nämnd's own"; cat "$tmp/err" "$tmp/check"
fi
# One agreement read twice: Nystart in tests/report/delad and in
# tests/report/vallby (other ids; the same diarienummer AMN 2023/077,
# parties and period).  Vallby's arbetsmarknadsnämnd's report counts it
# once (2023: 898 630 kr, not 1 221 260 = 898 630 + 322 630 again), lists
# it once among the agreements that began, and the run warns on the
# second file, naming the first (review r8).
name=report-same-agreement-twice
if "$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
    tests/report/delad tests/report/vallby 2>"$tmp/err" &&
    grep -qF "tests/report/vallby/vallby-nystart.xml:7: warning: the same agreement as tests/report/delad/delad-vallby-nystart.xml" "$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/$name.pdf" vallby-arbetsmarknadsnamnden 2023 \
    tests/report/delad tests/report/vallby >"$tmp/check"; then
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	if grep -qF "Kommunens finansiering var 898 630 kr" "$tmp/$name.txt" &&
	    grep -qF "Mentor för kvinnor (från 1 mars) och Nystart arbetsträning (från 1 juli) började gälla" "$tmp/$name.txt" &&
	    ! grep -qF "1 221 260" "$tmp/$name.txt"; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check")"
		passed=$((passed + 1))
	else
		fail "the agreement read twice is counted twice"; grep -o "Kommunens finansiering var [0-9 ]* kr" "$tmp/$name.txt"
	fi
else
	fail "the agreement read twice"; cat "$tmp/err" "$tmp/check"
fi
# Renewed under the same name (tests/report/fornyad): Nystart 2020-07-01 to
# 2023-06-30 and its renewal from 2023-07-01, both in the report of 2023.
# Every place the report names them tells them apart by their periods'
# years (review r8): the cover list, the overview, the charts, the
# headings, the page-1 sentences; the bare name is never printed alone.
name=report-same-name
if "$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
    tests/report/fornyad 2>"$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/$name.pdf" vallby-arbetsmarknadsnamnden 2023 \
    tests/report/fornyad >"$tmp/check"; then
	pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g; s/ U T K A S T / /g' >"$tmp/$name.txt"
	ok=1
	for want in "Nystart arbetsträning 2023–2026 började gälla 1 juli och Nystart arbetsträning 2020–2023 löpte ut 30 juni" \
	    "Nystart arbetsträning 2020–2023 (Stiftelsen Nystart Vallby)" "Nystart arbetsträning 2023–2026 (Stiftelsen Nystart Vallby)"; do
		grep -qF -- "$want" "$tmp/$name.txt" || { fail "missing: $want"; ok=0; }
	done
	bare=$(grep -o "Nystart arbetsträning[^ ]* [^ ]*" "$tmp/$name.txt" | grep -v "Nystart arbetsträning 20[0-9][0-9]" | head -3)
	[ -z "$bare" ] || { fail "the name without its years: $bare"; ok=0; }
	if [ $ok = 1 ]; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* expected texts found\).*/\1/p' "$tmp/check"), each named with its years"
		passed=$((passed + 1))
	fi
else
	fail "two agreements with one name"; cat "$tmp/err" "$tmp/check"
fi
# A notice date only for an agreement renewed unless notice is given:
# Mentor (ends 2024-12-31, 3 months' notice) with <renewal months="12">
# added: the last day to give notice is 2024-09-30 (r5 item 8).
name=report-renewal
rm -rf "$tmp/renewal" && cp -r tests/report/vallby "$tmp/renewal" &&
    sed 's|<notice months="3"/>|<notice months="3"/><renewal months="12"/>|' \
    tests/report/vallby/vallby-kvinnoforum-mentor.xml >"$tmp/renewal/vallby-kvinnoforum-mentor.xml"
if "$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/$name.pdf" \
    "$tmp/renewal" 2>"$tmp/err" &&
    pdftotext -raw -x 0 -y 48 -W 600 -H 752 "$tmp/$name.pdf" - | tr '\n\f' '  ' | tr -s ' ' | sed 's/\xc2\xad //g; s/\xc2\xa0/ /g' |
    grep -qF "Överenskommelsen löper ut 31 december 2024 och förlängs automatiskt om den inte sägs upp senast 30 september 2024."; then
	echo "ok $name: the notice date of an agreement renewed unless notice is given"
	passed=$((passed + 1))
else
	fail "no notice date for an agreement with <renewal>"; cat "$tmp/err"
fi
# Every nämnd and every year with a valid agreement: Linköping's
# arbetsmarknadsnämnd 2019-2021 and 2023-2024, its social- och
# omsorgsnämnd 2021-2023, Lund's socialnämnd 2019: nine reports.
name=report-all
if "$IOPDOC" report --all -o "$tmp/reports" input tests/report/examples 2>"$tmp/err" &&
    [ "$(ls "$tmp/reports")" = reports ] &&
    [ "$(ls "$tmp/reports/reports" | grep -c '\.pdf$')" = 9 ] &&
    [ "$(ls "$tmp/reports/reports" | grep -c '\.csv$')" = 9 ] &&
    [ "$(ls "$tmp/reports/reports" | wc -l)" = 18 ] &&
    [ -s "$tmp/reports/reports/socialnamnden-lunds-kommun-2019.pdf" ] &&
    [ -s "$tmp/reports/reports/socialnamnden-lunds-kommun-2019.csv" ]; then
	echo "ok report-all: 9 reports, one per nämnd and year, each with its CSV"
	passed=$((passed + 1))
else
	fail "report --all gave: $(ls -R "$tmp/reports" 2>/dev/null | tr '\n' ' ')"; cat "$tmp/err"
fi
# The agreements of examples/ that name no responsible nämnd are in no
# report: report --all says so of each, with its follow-up and the
# element to add (review r8: three were left out without a word).
name=report-all-left-out
"$IOPDOC" report --all -o "$tmp/left-out" examples 2>"$tmp/err"
ok=1
for want in 'exempel-huddinge-motesplats.xml:57: warning: the agreement "Mötesplats Flemingsberg" names no responsible nämnd, so it is in no nämnd'"'"'s yearly report (nor is its follow-up): add <responsible-namnd id="ID" kommun="Huddinge kommun" source="text">Kommunstyrelsen</responsible-namnd> before <period>' \
    'exempel-fritid-flera-parter.xml:29: warning: the agreement "Öppna fritidsgårdar Åsby" names no responsible nämnd, so it is in no nämnd'"'"'s yearly report (nor is its follow-up): add <responsible-namnd id="ID" kommun="Åsby kommun" source="text">Fritidsnämnden</responsible-namnd>' \
    'exempel-bilagor-versioner.xml:29: warning: the agreement "Mötesplats för äldre i Exempelby" names no responsible nämnd, so it is in no nämnd'"'"'s yearly report: add <responsible-namnd id="ID" kommun="Exempelstads kommun" source="text">Vård- och omsorgsnämnden</responsible-namnd>'; do
	grep -qF -- "$want" "$tmp/err" || { fail "report --all lacks: $want"; ok=0; }
done
if [ $ok = 1 ] && [ "$(grep -c 'names no responsible nämnd' "$tmp/err")" = 3 ]; then
	echo "ok $name: a warning for each of the 3 agreements in no report"
	passed=$((passed + 1))
elif [ $ok = 1 ]; then
	fail "$(grep -c 'names no responsible nämnd' "$tmp/err") warnings, expected 3"
fi
# check says it too, as a warning with file:line (issue 15: check
# --strict said nothing of an agreement no report holds), and --strict
# makes it an error.
name=check-in-no-report
"$IOPDOC" check examples/exempel-bilagor-versioner.xml >/dev/null 2>"$tmp/err"
rc=$?
"$IOPDOC" check --strict examples/exempel-bilagor-versioner.xml >/dev/null 2>"$tmp/err2"
src=$?
if [ $rc = 0 ] && [ $src = 1 ] &&
    grep -qF 'examples/exempel-bilagor-versioner.xml:29: warning: the agreement "Mötesplats för äldre i Exempelby" names no responsible nämnd' "$tmp/err" &&
    grep -qF 'examples/exempel-bilagor-versioner.xml:29: warning: the agreement "Mötesplats för äldre i Exempelby" names no responsible nämnd' "$tmp/err2"; then
	echo "ok $name: check warns of an agreement in no report, --strict fails it"
	passed=$((passed + 1))
else
	fail "$name: check rc $rc, --strict rc $src"; cat "$tmp/err" "$tmp/err2"
fi
# Every report's figures as CSV beside its PDF (RCSV): check_csv.py reads
# it as Excel would (BOM, CRLF, ';', decimal commas) and finds every
# amount, sum, target, outcome and count equal to the XML's, read on its
# own (check_report.py's readers), and printed in the PDF.
for spec in "linkoping-arbetsmarknadsnamnden 2019 input tests/report/examples" \
    "linkoping-arbetsmarknadsnamnden 2023 input tests/report/examples" \
    "linkoping-arbetsmarknadsnamnden 2024 input tests/report/examples" \
    "linkoping-social-och-omsorgsnamnden 2022 input tests/report/examples" \
    "lund-socialnamnden 2019 input tests/report/examples" \
    "sjoberg-socialnamnden 2024 examples" "ekby-socialnamnden 2025 examples" \
    "asbro-kultur-och-fritidsnamnden 2025 examples" "vikby-kommunstyrelsen 2026 examples" \
    "norrvik-barn-och-utbildningsnamnden 2024 examples" "kvarnby-socialnamnden 2025 examples" \
    "bjorkvik-barn-och-ungdomsnamnden 2027 examples" "ekdala-socialnamnden 2026 examples" \
    "ekdala-socialnamnden 2025 examples"; do
	set -- $spec
	name="csv-$1-$2"
	namnd=$1 year=$2
	shift 2
	if ! "$IOPDOC" report --year "$year" --namnd "$namnd" -o "$tmp/$name.pdf" "$@" 2>"$tmp/err" ||
	    [ ! -s "$tmp/$name.csv" ]; then
		fail "iopdoc failed or wrote no CSV"; cat "$tmp/err"; continue
	fi
	if python3 "$here/check_csv.py" "$tmp/$name.pdf" "$namnd" "$year" "$@" >"$tmp/check"; then
		echo "ok $name: $(sed -n 's/.*: \([0-9]* of [0-9]* checks held, [0-9]* rows\).*/\1/p' "$tmp/check")"
		passed=$((passed + 1))
	else
		fail "CSV"; cat "$tmp/check"
	fi
done
# A municipality's template: its own labels, colours and logo.
python3 - "$tmp/logo.png" <<'PY'
import struct, sys, zlib
w, h = 120, 40
# a blue and white chequerboard, 120 x 40, RGB
rows = b"".join(b"\x00" + b"".join(b"\x1f\x38\x64" if (x // 10 + y // 10) % 2 else b"\xff\xff\xff"
                                   for x in range(w)) for y in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
    chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
# A municipality's own folder: its template and logo, fonts beside it
# (template paths must stay inside those two folders).
mkdir -p "$tmp/kommun/templates"
cp -r fonts "$tmp/kommun/fonts"
mv "$tmp/logo.png" "$tmp/kommun/templates/logo.png"
cat >"$tmp/kommun.ini" <<INI
[fonts]
regular = ../fonts/IopdocSans-Regular.ttf
bold = ../fonts/IopdocSans-Bold.ttf
italic = ../fonts/IopdocSans-Italic.ttf
bold-italic = ../fonts/IopdocSans-BoldItalic.ttf
[colors]
heading = #00573F
[labels]
place-date = Ort och datum för underskrift
[footer]
left = Linköpings kommun – {diarienummer}
[logo]
file = logo.png
width = 30mm
INI
name=template
mv "$tmp/kommun.ini" "$tmp/kommun/templates/kommun.ini"
if "$IOPDOC" agreement --template "$tmp/kommun/templates/kommun.ini" -o "$tmp/t.pdf" \
    input/linkoping-stadsmission-domkyrkopastorat.xml 2>"$tmp/err" &&
    [ "$(pdfimages -list "$tmp/t.pdf" | tail -n +3 | wc -l)" = 1 ] &&
    pdftotext -layout "$tmp/t.pdf" - | grep -q "Ort och datum för underskrift" &&
    pdftotext -layout "$tmp/t.pdf" - | grep -q "Linköpings kommun – SON 2021-404"; then
	echo "ok template: logo drawn, labels and footer from the municipality's template"
	passed=$((passed + 1))
else
	fail "template with logo"; cat "$tmp/err"
fi
# The template's [format]: ISO dates without form print ISO, and a stated
# total that differs from its lines gets the remark with the lines' sum.
name=template-format
cat >"$tmp/kommun/templates/format.ini" <<INI
[fonts]
regular = ../fonts/IopdocSans-Regular.ttf
bold = ../fonts/IopdocSans-Bold.ttf
italic = ../fonts/IopdocSans-Italic.ttf
bold-italic = ../fonts/IopdocSans-BoldItalic.ttf
[format]
date-form = iso
stated-remark = yes
INI
if "$IOPDOC" agreement --template "$tmp/kommun/templates/format.ini" -o "$tmp/f1.pdf" \
    tests/bad/dup-signatory.xml 2>"$tmp/err" &&
    "$IOPDOC" agreement --template "$tmp/kommun/templates/format.ini" -o "$tmp/f2.pdf" \
    examples/exempel-huddinge-motesplats.xml 2>>"$tmp/err" &&
    pdftotext -layout "$tmp/f1.pdf" - | grep -q "Linköping, 2018-11-26" &&
    pdftotext "$tmp/f2.pdf" - | tr '\302\240' '  ' | grep -q "Raderna summerar till 500.*000 kr." &&
    pdftotext "$tmp/f2.pdf" - | grep -q "510.000 kr" &&
    [ "$(pdftotext "$tmp/f2.pdf" - | grep -c "Raderna summerar")" = 1 ] &&
    "$IOPDOC" followup --template "$tmp/kommun/templates/format.ini" --input examples \
    -o "$tmp/f3.pdf" examples/exempel-fritid-resultatrapport-2025.xml 2>>"$tmp/err" &&
    pdftotext "$tmp/f3.pdf" - | tr '\302\240' '  ' | grep -q "Raderna summerar till 1.402\." &&
    ! pdftotext "$tmp/f3.pdf" - | grep -q "Raderna summerar till 100"; then
	echo "ok template-format: dates ISO, the stated total with its remark, a table's too (none for rounding)"
	passed=$((passed + 1))
else
	fail "template [format]"; cat "$tmp/err"
fi
keep_pdf "$tmp/f2.pdf" golden-template-format "" "$tmp/kommun/templates/format.ini"
# The template's [letterhead]: its four lines on the first page of an
# agreement, a follow-up and a nämnd report, beside the logo.
name=template-letterhead
cp "$here/letterhead.ini" "$tmp/kommun/templates/letterhead.ini"
lh_ok=yes
for what in "agreement examples/exempel-region-samverkan-ekdala.xml" \
    "followup --input examples examples/exempel-region-samverkan-ekdala-styrgrupp-2025-12.xml" \
    "report --year 2025 --namnd ekdala-socialnamnden examples"; do
	set -- $what
	cmd=$1
	shift
	if ! "$IOPDOC" "$cmd" --template "$tmp/kommun/templates/letterhead.ini" \
	    -o "$tmp/lh-$cmd.pdf" "$@" 2>"$tmp/err"; then
		lh_ok=no; cat "$tmp/err"; continue
	fi
	page1=$(pdftotext -f 1 -l 1 -raw "$tmp/lh-$cmd.pdf" - | sed 's/\xc2\xa0/ /g')
	for line in "Ekdala kommun" "Socialförvaltningen" "Box 100, 123 45 Ekdala" \
	    "0123-45 67 00 · socialforvaltningen@ekdala.example"; do
		case $page1 in
		*"$line"*) ;;
		*) lh_ok=no; echo "letterhead: $cmd: not on page 1: $line" ;;
		esac
	done
	[ "$(pdfimages -list "$tmp/lh-$cmd.pdf" | tail -n +3 | wc -l)" = 1 ] ||
		{ lh_ok=no; echo "letterhead: $cmd: the logo is not drawn once"; }
done
if [ $lh_ok = yes ]; then
	echo "ok template-letterhead: four lines beside the logo on agreement, follow-up and report"
	passed=$((passed + 1))
else
	fail "template [letterhead]"
fi
# A letterhead line longer than the room beside the logo (or a logo so
# wide it leaves less than a third of the width) wraps, right-aligned,
# never past the left margin (it ran 7.5 pt past it, over the logo).
name=template-letterhead-long
lh_ok=yes
for w in 30mm 140mm; do
	{ sed '/^\[letterhead\]/,$d; s/^width = .*/width = '"$w"'/' "$here/letterhead.ini"
	  printf '[letterhead]\nline1 = Ekdala kommun, Socialförvaltningen, Avdelningen för idéburet offentligt partnerskap och föreningsbidrag, enheten för uppföljning\nline2 = Socialförvaltningen\nline4 = 0123-45 67 00 · https://www.ekdala.example/forvaltningar/socialforvaltningen/ideburet-offentligt-partnerskap/kontakt\n'
	} >"$tmp/kommun/templates/long-$w.ini"
	if ! "$IOPDOC" agreement --template "$tmp/kommun/templates/long-$w.ini" -o "$tmp/lh-long-$w.pdf" \
	    examples/exempel-region-samverkan-ekdala.xml 2>"$tmp/err" ||
	    ! python3 tests/layout/check_layout.py --template "$tmp/kommun/templates/long-$w.ini" \
	    "$tmp/lh-long-$w.pdf" >"$tmp/check"; then
		lh_ok=no; cat "$tmp/err" "$tmp/check"
	fi
	keep_pdf "$tmp/lh-long-$w.pdf" "golden-$name-$w" "" "$tmp/kommun/templates/long-$w.ini"
done
if [ $lh_ok = yes ]; then
	echo "ok $name: wrapped inside the margins beside a 30 mm logo and below a 140 mm one"
	passed=$((passed + 1))
else
	fail "a long letterhead line"
fi
# (the follow-up and the report too, with their template, for the layout
# checker)
for cmd in agreement followup report; do
	keep_pdf "$tmp/lh-$cmd.pdf" golden-template-letterhead-$cmd "" \
	    "$tmp/kommun/templates/letterhead.ini"
done
# The cover page ([layout] title-page = yes, the template's choice for
# every agreement): the logo and the kommun's name, title, parties and
# the registry facts with the status in words; no running header and no
# "Sida 1 av N" on it, the next page numbered 2.
name=template-cover
cat >"$tmp/kommun/templates/cover.ini" <<INI
[logo]
file = logo.png
width = 40mm
alt = Linköpings kommuns logotyp
[layout]
title-page = yes
INI
cv_ok=yes
if "$IOPDOC" agreement --template "$tmp/kommun/templates/cover.ini" -o "$tmp/cover.pdf" \
    tests/bad/good-minimal.xml 2>"$tmp/err"; then
	page1=$(pdftotext -f 1 -l 1 -raw "$tmp/cover.pdf" - | sed 's/\xc2\xa0/ /g')
	page2=$(pdftotext -f 2 -l 2 -raw "$tmp/cover.pdf" - | sed 's/\xc2\xa0/ /g')
	for line in "Linköpings kommun" "Överenskommelse om IOP" "Status: Undertecknad"; do
		case $page1 in
		*"$line"*) ;;
		*) cv_ok=no; echo "cover: not on page 1: $line" ;;
		esac
	done
	case $page1 in
	*"Sida "*) cv_ok=no; echo "cover: a page number on the cover" ;;
	esac
	case $page2 in
	*"Sida 2 av "*) ;;
	*) cv_ok=no; echo "cover: page 2 is not numbered 2" ;;
	esac
	[ "$(pdfimages -f 1 -l 1 -list "$tmp/cover.pdf" | tail -n +3 | wc -l)" = 1 ] ||
		{ cv_ok=no; echo "cover: the logo is not on it"; }
else
	cv_ok=no; cat "$tmp/err"
fi
if [ $cv_ok = yes ]; then
	echo "ok template-cover: logo, kommun, title and status on a cover without header and footer"
	passed=$((passed + 1))
else
	fail "template cover page"
fi
keep_pdf "$tmp/cover.pdf" golden-template-cover tests/bad/good-minimal.xml "$tmp/kommun/templates/cover.ini"
# A budget of 150 lines continues over pages, its header row repeated on
# each, and its total (computed here) printed once at the end.
name=long-table
python3 - "$tmp/long.xml" <<'PY'
import sys
lines = "\n".join(f'<line amount="{n * 100}"><label>Post nr {n}</label></line>' for n in range(1, 151))
open(sys.argv[1], "w").write(f"""<?xml version="1.0" encoding="UTF-8"?>
<agreement id="test-lang-budget" kind="iop" status="final">
<title>Testavtal med lång budget</title>
<parties><party id="k" role="public"><name>Testkommunen</name></party>
<party id="f" role="ideburen"><name>Testföreningen</name></party></parties>
<period from="2025-01-01" to="2025-12-31"/>
<text><section number="1"><heading>Ekonomi</heading>
<budget party="k"><caption>Kommunen bidrar med</caption>{lines}</budget></section>
<signatures><signatory party="k"/><signatory party="f"/></signatures></text></agreement>
""")
PY
if "$IOPDOC" agreement -o "$tmp/long.pdf" "$tmp/long.xml" 2>"$tmp/err"; then
	pdftotext -layout "$tmp/long.pdf" "$tmp/long.txt"
	if python3 - "$tmp/long.txt" <<'PY'
import re, sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
with_rows = [p for p in pages if "Post nr" in p]
ok = len(with_rows) >= 3
for p in with_rows:
    ok &= bool(re.search(r"Post\s+Belopp per år", p))      # header on every page
    first_row = p.index("Post nr")
    ok &= p.index("Belopp per år") < first_row             # ... above the rows
total = "{:,}".format(sum(n * 100 for n in range(1, 151))).replace(",", "\u00a0")
text = "".join(pages).replace("\u00a0", " ")
ok &= text.count("Totalt") == 1 and total.replace("\u00a0", " ") + " kr" in text
ok &= all(f"Post nr {n} " in text or f"Post nr {n}\n" in text for n in range(1, 151))
sys.exit(0 if ok else 1)
PY
	then
		echo "ok long-table: 150 budget lines over $(grep -c 'Post *Belopp per år' "$tmp/long.txt") pages, header repeated, total computed"
		passed=$((passed + 1))
	else
		fail "long table"; cat "$tmp/long.txt" | head -80
	fi
else
	fail "long table did not render"; cat "$tmp/err"
fi
# A draft carries UTKAST on every page.
name=draft
sed 's/status="final"/status="draft"/' input/lund-kompis-sverige.xml >"$tmp/draft.xml"
if "$IOPDOC" agreement -o "$tmp/draft.pdf" "$tmp/draft.xml" 2>"$tmp/err"; then
	pages=$(pdfinfo "$tmp/draft.pdf" | awk '/^Pages:/ { print $2 }')
	# poppler leaves diagonal text out of its extraction; mutool keeps it
	marks=$(mutool draw -F txt "$tmp/draft.pdf" 2>/dev/null | grep -c UTKAST)
	if [ "$marks" -ge "$pages" ]; then
		echo "ok draft: UTKAST on all $pages pages"
		passed=$((passed + 1))
	else
		fail "UTKAST on $marks of $pages pages"
	fi
else
	fail "draft did not render"; cat "$tmp/err"
fi
# A yearly report without a report file, or with one of status="draft",
# is a draft (README "The report file"): UTKAST on every page and a
# sentence on page 1 saying why; one with a final report file has none.
name=report-draft
mkdir -p "$tmp/rd"
sed 's/<namnd-report /<namnd-report status="draft" /' \
    tests/report/vallby/rapport-vallby-arbetsmarknadsnamnden-2023.xml >"$tmp/rd/rapport.xml"
"$IOPDOC" report --year 2019 --namnd lund-socialnamnden -o "$tmp/rd/none.pdf" input 2>/dev/null
"$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/rd/final.pdf" \
    tests/report/vallby 2>/dev/null
"$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/rd/draft.pdf" \
    $(ls tests/report/vallby/*.xml | grep -v '/rapport-') "$tmp/rd/rapport.xml" 2>/dev/null
rd_ok=1
for f in none draft; do
	pages=$(pdfinfo "$tmp/rd/$f.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	marks=$(mutool draw -F txt "$tmp/rd/$f.pdf" 2>/dev/null | grep -c UTKAST)
	[ -n "$pages" ] && [ "$marks" -ge "$pages" ] || { rd_ok=0; echo "$f: UTKAST on $marks of $pages pages"; }
done
pdftotext -l 1 "$tmp/rd/none.pdf" - 2>/dev/null | tr '\n' ' ' | grep -qF 'Utkast: diarienummer, socialnämndens sammanträde och förslag till beslut är inte ifyllda.' ||
    { rd_ok=0; echo "none: no draft sentence on page 1"; }
pdftotext -l 1 "$tmp/rd/draft.pdf" - 2>/dev/null | tr '\n' ' ' | grep -qF 'Utkast: rapporten är ännu inte klar för nämnden.' ||
    { rd_ok=0; echo "draft: no draft sentence on page 1"; }
if [ ! -s "$tmp/rd/final.pdf" ] || mutool draw -F txt "$tmp/rd/final.pdf" 2>/dev/null | grep -qi utkast; then
	rd_ok=0; echo "final: marked as a draft"
fi
if [ $rd_ok = 1 ]; then
	echo "ok $name: UTKAST and its sentence without a report file and with a draft one, none with a final one"
	passed=$((passed + 1))
else
	fail "report draft mark"
fi
# The report's own running text is justified as the template says, like
# the report file's Inledning (Vallby 2023's Sammanfattning was ragged).
name=report-justified
pdftotext -bbox-layout "$tmp/rd/final.pdf" "$tmp/rd/final.html" 2>/dev/null
if python3 "$here/justified.py" "$tmp/rd/final.html" Sammanfattning &&
    python3 "$here/justified.py" "$tmp/rd/final.html" Inledning; then
	echo "ok $name: Sammanfattning and Inledning justified"
	passed=$((passed + 1))
else
	fail "report text not justified"
fi
# Page 1 counts a year's meetings as the Uppföljning paragraph does
# (review s21: "inget av två uppföljningsmöten" beside three asked and
# one held): Ekdala 2026 with two styrgruppsmöten held, in May and
# November, asks for four avstämningar, two styrgruppsmöten and one
# årsdialog, seven, and a report; two meetings are on file, the
# styrgrupp's met, not left out of the count as a kind not short
# ("inget av fem"); the monthly driftmöten, which no follow-up reports,
# are left out and the count says so (review s26).
name=report-duty-kinds-counted
mkdir -p "$tmp/dk"
cp examples/exempel-region-samverkan-ekdala.xml "$tmp/dk/"
for d in 2026-05-12 2026-11-10; do
	sed "s/styrgrupp-2025-12/styrgrupp-$d/; s/<date>2025-12-09</<date>$d</" \
	    examples/exempel-region-samverkan-ekdala-styrgrupp-2025-12.xml >"$tmp/dk/s-$d.xml"
done
if "$IOPDOC" report --year 2026 --namnd ekdala-socialnamnden -o "$tmp/dk/r.pdf" "$tmp/dk" \
    2>"$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/dk/r.pdf" ekdala-socialnamnden 2026 "$tmp/dk" >"$tmp/check" &&
    pdftotext -raw "$tmp/dk/r.pdf" - | tr '\n' ' ' | tr -s ' ' | sed 's/\xc2\xad //g' |
    grep -qF "För 2026 finns två av sju uppföljningsmöten utöver månatliga driftmöten (fyra avstämningar, två styrgruppsmöten och en årsdialog) och ingen skriftlig rapport i underlaget."; then
	echo "ok $name: two of seven meetings on page 1, as the Uppföljning paragraph counts them"
	passed=$((passed + 1))
else
	fail "page 1's meetings"; cat "$tmp/err" "$tmp/check"
fi
# The monthly driftmöten are counted as missing once a follow-up of the
# agreement reports one (here one of December 2025): the underlag reports
# that kind, so none of 2026's twelve is on file (review s26).
name=report-duty-kinds-reported
sed 's/styrgrupp-2025-12/drift-2025-12-15/; s/kind="styrgrupp"/kind="dialogmote" kind-text="driftmöte"/; s/<date>2025-12-09</<date>2025-12-15</' \
    examples/exempel-region-samverkan-ekdala-styrgrupp-2025-12.xml >"$tmp/dk/d-2025-12-15.xml"
if "$IOPDOC" report --year 2026 --namnd ekdala-socialnamnden -o "$tmp/dk/r2.pdf" "$tmp/dk" \
    2>"$tmp/err" &&
    python3 "$here/check_report.py" "$tmp/dk/r2.pdf" ekdala-socialnamnden 2026 "$tmp/dk" >"$tmp/check" &&
    pdftotext -raw "$tmp/dk/r2.pdf" - | tr '\n' ' ' | tr -s ' ' | sed 's/\xc2\xad //g' |
    grep -qF "För 2026 finns två av sju möten (fyra avstämningar, två styrgruppsmöten och en årsdialog), inget av tolv driftmöten och ingen skriftlig rapport i underlaget." &&
    ! pdftotext -raw "$tmp/dk/r2.pdf" - | tr '\n' ' ' | grep -qF "redovisas inte i underlaget"; then
	echo "ok $name: none of twelve driftmöten on page 1 once a follow-up reports one"
	passed=$((passed + 1))
else
	fail "driftmöten reported elsewhere"; cat "$tmp/err" "$tmp/check"
fi
# The report's first page has its title block and no running header (the
# header would repeat the title); its footer stays, and the header is back
# from page 2.  [report] first-page-header = yes brings it back on page 1;
# an agreement keeps its header on page 1 (review s21, Vallby 2024 p1).
name=report-no-first-page-header
ok=1
mkdir -p "$tmp/fh"
"$IOPDOC" report --year 2024 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/fh/r.pdf" \
    tests/report/vallby 2>/dev/null || { fail "iopdoc failed"; ok=0; }
{ cat templates/default.ini; printf '\n[report]\nfirst-page-header = yes\n'; } >"$tmp/fh/t.ini"
"$IOPDOC" report --template "$tmp/fh/t.ini" --year 2024 --namnd vallby-arbetsmarknadsnamnden \
    -o "$tmp/fh/h.pdf" tests/report/vallby 2>/dev/null || { fail "iopdoc failed with the key"; ok=0; }
"$IOPDOC" agreement -o "$tmp/fh/a.pdf" tests/report/vallby/vallby-nystart.xml >/dev/null 2>&1 ||
    { fail "agreement failed"; ok=0; }
top() { pdftotext -f "$2" -l "$2" -x 0 -y 0 -W 1000 -H 50 "$1" - | tr -d '\f' | tr -s ' \n' ' '; }
bottom() { pdftotext -f "$2" -l "$2" -raw "$1" - | tail -n 3 | tr '\n' ' '; }
case "$(top "$tmp/fh/r.pdf" 1)" in *[a-z]*) fail "a running header on the report's page 1: $(top "$tmp/fh/r.pdf" 1)"; ok=0 ;; esac
case "$(bottom "$tmp/fh/r.pdf" 1)" in *"Sida 1 av"*) ;; *) fail "no footer on page 1"; ok=0 ;; esac
case "$(top "$tmp/fh/r.pdf" 2)" in *"Årsrapport 2024"*"Vallby kommun"*) ;; *) fail "no header on page 2"; ok=0 ;; esac
case "$(top "$tmp/fh/h.pdf" 1)" in *"Årsrapport 2024"*"Vallby kommun"*) ;; *) fail "first-page-header = yes: no header on page 1"; ok=0 ;; esac
ag="$tmp/fh/a.pdf"
case "$(top "$ag" 1)" in *[a-z]*) ;; *) fail "the agreement lost its header on page 1"; ok=0 ;; esac
if [ $ok = 1 ]; then
	echo "ok $name: no header on the report's page 1, footer kept, header from page 2; the key and agreements keep it"
	passed=$((passed + 1))
fi
# Förslag till beslut: a nämnd numbers its beslutspunkter.  A <list> of
# one item prints as a paragraph (Sjöberg 2024 p1 had a lone bullet), of
# two or more as "1. …", "2. …" (Vallby 2023 had bullets); a <p> stays one.
name=report-proposal-points
ok=1
mkdir -p "$tmp/pp"
prop() {	# the text from "Förslag till beslut" to the next heading
	pdftotext -f 1 -l 1 -raw "$1" - | sed 's/\xc2\xad$//' |
	    sed -n '/^Förslag till beslut$/,/^\(Inledning\|Sammanfattning\)$/p' | tr '\n' '|'
}
"$IOPDOC" report --year 2024 --namnd sjoberg-socialnamnden -o "$tmp/pp/s.pdf" examples 2>/dev/null ||
    { fail "iopdoc failed (Sjöberg 2024)"; ok=0; }
"$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/pp/v.pdf" tests/report/vallby \
    2>/dev/null || { fail "iopdoc failed (Vallby 2023)"; ok=0; }
case "$(prop "$tmp/pp/s.pdf")" in
*"•"*|*"1. "*|"") fail "one point not a paragraph: $(prop "$tmp/pp/s.pdf")"; ok=0 ;;
*"|Socialnämnden godkänner årsrapporten"*) ;;
*) fail "Sjöberg's point missing: $(prop "$tmp/pp/s.pdf")"; ok=0 ;;
esac
case "$(prop "$tmp/pp/v.pdf")" in
*"•"*) fail "two points as bullets: $(prop "$tmp/pp/v.pdf")"; ok=0 ;;
*"|1. Arbetsmarknadsnämnden godkänner"*"|2. Arbetsmarknadsnämnden ger förvaltningen"*) ;;
*) fail "two points not numbered 1. and 2.: $(prop "$tmp/pp/v.pdf")"; ok=0 ;;
esac
if [ $ok = 1 ]; then
	echo "ok $name: one beslutspunkt a paragraph (Sjöberg 2024), two numbered 1. and 2. (Vallby 2023)"
	passed=$((passed + 1))
fi
# A report with no follow-up for the year opens with what it is, the
# agreements it reports on, and says after their list that none has a
# follow-up (review s21: Vallby 2024 opened "Underlaget har ingen
# uppföljning för 2024 av de tre överenskommelser …").
name=report-opening-without-followups
if "$IOPDOC" report --year 2024 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/open.pdf" \
    tests/report/vallby 2>/dev/null &&
    pdftotext -f 1 -l 1 -raw "$tmp/open.pdf" - | tr '\n' ' ' | sed 's/\xc2\xad //g' | tr -s ' ' |
    grep -qF "Arbetsmarknadsnämnden, Vallby kommun Rapporten redovisar de tre överenskommelser om idéburet offentligt partnerskap som arbetsmarknadsnämnden ansvarar för och som har gällt under 2024: • Mentor för kvinnor (Vallby Kvinnoforum) • Nystart arbetsträning (Stiftelsen Nystart Vallby) • Språkbron (Föreningen Språkbron Vallby) Underlaget har ingen uppföljning av överenskommelserna för 2024."; then
	echo "ok $name: opens with what the report is; no follow-ups said after the list"
	passed=$((passed + 1))
else
	fail "page 1's opening: $(pdftotext -f 1 -l 1 -raw "$tmp/open.pdf" - | head -n 12 | tr '\n' ' ')"
fi
# One order of agreements everywhere in a report: alphabetical, as Swedish
# sorts, by the name the report uses.  The chart puts an agreement that
# ended last year in its place, not last (review s21: "Sommarjobb …
# (2023)" after Språkbron in Vallby 2024, "Mentor för kvinnor (2024)"
# after Språkbron in Vallby 2025); page 1's list of Vallby 2023 put
# Sommarjobb first, from its file name.
name=report-agreement-order
ok=1
for y in 2023 2024 2025; do
	"$IOPDOC" report --year $y --namnd vallby-arbetsmarknadsnamnden -o "$tmp/order-$y.pdf" \
	    tests/report/vallby 2>/dev/null || { fail "iopdoc failed ($y)"; ok=0; }
done
chart() {	# the chart's row names in order, one per agreement
	pdftotext -raw "$1" - | tr -d '\f' | sed -n '/^Finansiering [0-9]* och [0-9]* per överenskommelse/,/^0 /p' |
	    grep -o '^\(Mentor för kvinnor\|Nystart arbetsträning\|Sommarjobb i idrottsföreningar\|Språkbron\)' |
	    uniq | tr '\n' '|'
}
[ "$(chart "$tmp/order-2024.pdf")" = "Mentor för kvinnor|Nystart arbetsträning|Sommarjobb i idrottsföreningar|Språkbron|" ] ||
    { fail "2024 chart order: $(chart "$tmp/order-2024.pdf")"; ok=0; }
[ "$(chart "$tmp/order-2025.pdf")" = "Mentor för kvinnor|Nystart arbetsträning|Språkbron|" ] ||
    { fail "2025 chart order: $(chart "$tmp/order-2025.pdf")"; ok=0; }
[ "$(chart "$tmp/order-2023.pdf")" = "Mentor för kvinnor|Nystart arbetsträning|Sommarjobb i idrottsföreningar|Språkbron|" ] ||
    { fail "2023 chart order: $(chart "$tmp/order-2023.pdf")"; ok=0; }
pdftotext -f 1 -l 1 -raw "$tmp/order-2023.pdf" - | tr '\n' ' ' | tr -s ' ' |
    grep -qF "• Mentor för kvinnor (Vallby Kvinnoforum) • Nystart arbetsträning (Stiftelsen Nystart Vallby) • Sommarjobb i idrottsföreningar (Idrottsalliansen Vallby; ingen uppföljning för 2023) • Språkbron" ||
    { fail "2023 page 1 list not in alphabetical order"; ok=0; }
if [ $ok = 1 ]; then
	echo "ok $name: Vallby 2023-2025 list and charts alphabetical, an ended agreement in its place"
	passed=$((passed + 1))
fi
# The summary's chart names its series in the order of the key figures
# beside it: the kommun, other public money, the idéburna (review s26:
# Ekdala 2026's table said Kommunens finansiering, Övrig offentlig
# finansiering, Idéburna organisationers insatser; its chart's legend
# Kommunen, Idéburna organisationer, Övrig offentlig); Kvarnby 2026 as
# well.
name=report-chart-series-order
ok=1
for spec in "ekdala-socialnamnden 2026" "kvarnby-socialnamnden 2026"; do
	set -- $spec
	"$IOPDOC" report --year "$2" --namnd "$1" -o "$tmp/series.pdf" examples 2>/dev/null ||
	    { fail "iopdoc failed ($1 $2)"; ok=0; continue; }
	# the rows, not the summary's sentences ("Kommunens finansiering var …")
	figs=$(pdftotext -raw "$tmp/series.pdf" - | grep -v '^Kommunens finansiering var ' |
	    grep -o '^\(Kommunens finansiering\|Övrig offentlig finansiering\|Idéburna organisationers insatser\)' |
	    head -n 3 | tr '\n' '|')
	legend=$(pdftotext -raw "$tmp/series.pdf" - | grep '^Kommunen .*Idéburna organisationer' | head -n 1)
	[ "$figs" = "Kommunens finansiering|Övrig offentlig finansiering|Idéburna organisationers insatser|" ] ||
	    { fail "$1 $2 key figures: $figs"; ok=0; }
	[ "$legend" = "Kommunen Övrig offentlig Idéburna organisationer" ] ||
	    { fail "$1 $2 chart legend not in the key figures' order: $legend"; ok=0; }
done
if [ $ok = 1 ]; then
	echo "ok $name: Ekdala and Kvarnby 2026 charts' series in the key figures' order"
	passed=$((passed + 1))
fi
# The Bilaga: its column heads "Dokument", "Typ", "Datum"; and a Bilaga
# table already split over the last two pages is cut at an earlier
# agreement's group when the last page would hold a few rows alone (the
# near-empty last page rule, layout.c: review s21, Vallby 2023 p8 had the
# repeated header and Språkbron's five rows; now Sommarjobb's three too).
name=report-bilaga-last-page
ok=1
"$IOPDOC" report --year 2023 --namnd vallby-arbetsmarknadsnamnden -o "$tmp/bil.pdf" \
    tests/report/vallby 2>/dev/null || { fail "iopdoc failed"; ok=0; }
n=$(pdfinfo "$tmp/bil.pdf" | sed -n 's/^Pages: *//p')
pdftotext -raw "$tmp/bil.pdf" - | tr -s ' ' | grep -q "^Dokument Typ Datum$" ||
    { fail "no column heads Dokument Typ Datum"; ok=0; }
pdftotext -raw "$tmp/bil.pdf" - | grep -q "^Dokument Slag Datum" && { fail "Slag"; ok=0; }
last=$(pdftotext -f "$n" -l "$n" -raw "$tmp/bil.pdf" - | grep -c "^[^ ]")
[ "$last" -ge 10 ] || { fail "the last page holds $last lines"; ok=0; }
pdftotext -f "$n" -l "$n" -raw "$tmp/bil.pdf" - | grep -q "^Sommarjobb i idrottsföreningar, diarienummer" ||
    { fail "Sommarjobb's group not on the last page"; ok=0; }
if [ $ok = 1 ]; then
	echo "ok $name: Typ; the last page holds $last lines, two agreements' groups"
	passed=$((passed + 1))
fi
# One hierarchy of headings (review s26 AA item 1: Analys and Slutsatser
# were set as the agreements' names, Att uppmärksamma smaller): the
# report's sections H1, Att uppmärksamma and each agreement H2 (under
# "Redovisning per överenskommelse"), the agreements' parts H3, in the
# tags and in the type sizes; with a report file (Vallby 2023, Linköping
# 2023) and without (Linköping 2024, delad Ekdala 2027).
name=report-heading-levels
ok=1
mkdir -p "$tmp/hl"
for spec in "vallby-arbetsmarknadsnamnden 2023 tests/report/vallby" \
    "linkoping-arbetsmarknadsnamnden 2023 input tests/report/examples" \
    "linkoping-arbetsmarknadsnamnden 2024 input tests/report/examples" \
    "ekdala-socialnamnden 2027 tests/report/delad"; do
	set -- $spec
	n=$1 y=$2
	shift 2
	"$IOPDOC" report --year "$y" --namnd "$n" -o "$tmp/hl/$n-$y.pdf" "$@" 2>/dev/null ||
	    { fail "iopdoc failed ($n $y)"; ok=0; continue; }
	python3 "$here/check_headings.py" "$tmp/hl/$n-$y.pdf" >"$tmp/check" || { fail "$n $y"; cat "$tmp/check"; ok=0; }
done
if [ $ok = 1 ]; then
	echo "ok $name: four reports' headings H1/H2/H3 at one size each"
	passed=$((passed + 1))
fi
# Page breaks (review s26 AA item 5).  Delad Ekdala 2027: Steget's
# Ekonomi table (five parties and Summa) broke after three rows at the
# foot of page 2, though ending the page after the Syfte paragraph, before
# "Ekonomi 2027", leaves it less than a quarter empty: a kept table's rows
# are the last keep to give way, so the heading and the whole table are
# on one page.  Linköping AMN 2019: "Överenskommelsen ”Språkvänner” anger
# inte vilken nämnd som ansvarar för den." is under the Bilaga's "Brister i
# underlaget" (review H), in body text right under that heading, on its page.
name=report-page-breaks
ok=1
mkdir -p "$tmp/pb"
"$IOPDOC" report --year 2027 --namnd ekdala-socialnamnden -o "$tmp/pb/e.pdf" tests/report/delad 2>/dev/null ||
    { fail "iopdoc failed (Ekdala 2027)"; ok=0; }
n=$(pdfinfo "$tmp/pb/e.pdf" | sed -n 's/^Pages: *//p')
p=1 found=0
while [ "$p" -le "${n:-0}" ]; do
	pdftotext -f $p -l $p -raw "$tmp/pb/e.pdf" - | tr -s ' ' | sed 's/\xc2\xa0/ /g' >"$tmp/pb/page.txt"
	if grep -q "^Ekonomi 2027$" "$tmp/pb/page.txt"; then
		found=1
		for want in "Ekdala kommun (kommunen) 300 000 kr" "Samordningsförbundet Ekdala" "Summa 789 945 kr"; do
			grep -qF "$want" "$tmp/pb/page.txt" || { fail "Ekdala 2027 p$p: \"Ekonomi 2027\" without \"$want\""; ok=0; }
		done
	fi
	p=$((p + 1))
done
[ $found = 1 ] || { fail "no Ekonomi 2027 in Ekdala 2027"; ok=0; }
"$IOPDOC" report --year 2019 --namnd linkoping-arbetsmarknadsnamnden -o "$tmp/pb/l.pdf" input \
    tests/report/examples 2>/dev/null || { fail "iopdoc failed (Linköping 2019)"; ok=0; }
python3 - "$tmp/pb/l.pdf" >"$tmp/check" <<'PY' || { fail "Linköping 2019's note"; cat "$tmp/check"; ok=0; }
import re, subprocess, sys
out = subprocess.run(["pdftotext", "-bbox-layout", sys.argv[1], "-"], capture_output=True,
                     text=True, check=True).stdout
pages = out.split("<page ")[1:]
note, head, body = None, None, None
for k, pg in enumerate(pages):
    for ln in re.findall(r"<line[^>]*>(.*?)</line>", pg, re.S):
        words = re.findall(r'yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)<', ln)
        if not words:
            continue
        text = " ".join(w[2] for w in words)
        height = max(float(b) - float(a) for a, b, _ in words)
        if text == "Brister i underlaget":
            head = (k, float(words[0][1]))
        elif text.startswith("Överenskommelsen ”Språkvänner” anger inte"):
            note = (k, height, float(words[0][0]))
        elif text.startswith("Rapporten bygger på dessa dokument") and body is None:
            body = height
if note is None or head is None or body is None:
    sys.exit(str(("note, its heading or the Bilaga's text not found", note, head, body)))
if note[0] != head[0]:
    sys.exit(f"the note is on page {note[0] + 1}, its heading on {head[0] + 1}")
if abs(note[1] - body) > 0.5:
    sys.exit(f"the note is set at {note[1]} pt, not the body size {body} pt")
if not 0 <= note[2] - head[1] <= 30:
    sys.exit(f"the note stands {note[2] - head[1]:.0f} pt from its heading")
PY
if [ $ok = 1 ]; then
	echo "ok $name: Ekdala 2027's Ekonomi table whole under its heading; Linköping 2019's note under \"Brister i underlaget\""
	passed=$((passed + 1))
fi
# The kommun's logo on its nämnd's report (review s26 AA item 2): the
# default template has none, so a report prints the logo the report's
# agreements give the nämnd's kommun as a party, a Figure with its alt
# text, as the agreement prints it.  Åsbro's kultur- och fritidsnämnd
# 2025: Åsbro kommun's logo.  Never another kommun's: with a logo for
# Ekdala kommun in Steget (tests/report/delad, shared with Bruksby),
# Ekdala's report prints it and Bruksby's none; and none when two of a
# kommun's agreements give it different logos.
name=report-kommun-logo
ok=1
rm -rf "$tmp/lg" && mkdir -p "$tmp/lg/delad/logotyper" "$tmp/lg/two/logotyper"
images() { pdfimages -list -f 1 -l 1 "$1" 2>/dev/null | awk 'NR > 2' | wc -l; }
"$IOPDOC" report --year 2025 --namnd asbro-kultur-och-fritidsnamnden -o "$tmp/lg/a.pdf" examples \
    2>/dev/null || { fail "iopdoc failed (Åsbro 2025)"; ok=0; }
[ "$(images "$tmp/lg/a.pdf")" = 1 ] || { fail "Åsbro 2025: $(images "$tmp/lg/a.pdf") images on page 1, not the kommun's logo"; ok=0; }
# a Figure in the structure, with the party's alt text
pdfinfo -struct "$tmp/lg/a.pdf" 2>/dev/null | grep -q "Figure" || { fail "Åsbro 2025: no Figure"; ok=0; }
qpdf --qdf --object-streams=disable "$tmp/lg/a.pdf" "$tmp/lg/a.qdf" 2>/dev/null
python3 - "$tmp/lg/a.qdf" <<'PY' || { fail "Åsbro 2025: no /Alt \"Åsbro kommuns logotyp\""; ok=0; }
import re, sys
alts = [bytes.fromhex(h).decode("utf-16-be") for h in
        re.findall(rb"/Alt <feff([0-9a-f]*)>", open(sys.argv[1], "rb").read())
        for h in [h.decode()]]
sys.exit(0 if "Åsbro kommuns logotyp" in alts else 1)
PY
cp tests/report/delad/*.xml "$tmp/lg/delad/"
cp examples/logotyper/asbro-kommun.png "$tmp/lg/delad/logotyper/ekdala.png"
sed -i '/<party id="ekdala-kommun"/,/<\/party>/ s|</party>|<logo file="logotyper/ekdala.png" alt="Ekdala kommuns logotyp"/>&|' \
    "$tmp/lg/delad/delad-ekdala-bruksby.xml"
for spec in "ekdala-socialnamnden 1" "bruksby-socialnamnden 0"; do
	set -- $spec
	"$IOPDOC" report --year 2026 --namnd "$1" -o "$tmp/lg/$1.pdf" "$tmp/lg/delad" 2>/dev/null ||
	    { fail "iopdoc failed ($1 2026)"; ok=0; continue; }
	[ "$(images "$tmp/lg/$1.pdf")" = "$2" ] || { fail "$1 2026: $(images "$tmp/lg/$1.pdf") images on page 1, not $2"; ok=0; }
done
cp examples/exempel-motesplats-asbro.xml "$tmp/lg/two/a.xml"
sed 's|id="exempel-motesplats-asbro"|id="exempel-motesplats-asbro-2"|; s|KFN 2024/118|KFN 2024/119|; s|<effort>Mötesplats för seniorer i Åsbro</effort>|<effort>Andra mötesplatsen</effort>|; s|logotyper/asbro-kommun.png|logotyper/annan.png|' \
    examples/exempel-motesplats-asbro.xml >"$tmp/lg/two/b.xml"
cp examples/logotyper/asbro-kommun.png examples/logotyper/motesplats-asbro.png "$tmp/lg/two/logotyper/"
cp examples/logotyper/motesplats-asbro.png "$tmp/lg/two/logotyper/annan.png"
"$IOPDOC" report --year 2025 --namnd asbro-kultur-och-fritidsnamnden -o "$tmp/lg/two.pdf" "$tmp/lg/two" \
    2>/dev/null || { fail "iopdoc failed (two logos)"; ok=0; }
[ "$(images "$tmp/lg/two.pdf")" = 0 ] || { fail "two logos for Åsbro kommun: $(images "$tmp/lg/two.pdf") printed"; ok=0; }
keep_pdf "$tmp/lg/a.pdf" golden-report-kommun-logo
if [ $ok = 1 ]; then
	echo "ok $name: Åsbro 2025 and Ekdala 2026 print their kommun's logo; Bruksby 2026 and two logos none"
	passed=$((passed + 1))
fi
# page breaks of every report of the four sets the reviewers read (review
# H): no heading last on a page or with one line of a section going on
# overleaf, no short bullet item split (check_page_ends.py)
name=page-ends
ok=1
mkdir -p "$tmp/pe"
for set in "examples examples" "vallby tests/report/vallby" "delad tests/report/delad" \
    "input input tests/report/examples"; do
	set -- $set
	d=$1; shift
	"$IOPDOC" report --all -o "$tmp/pe/$d" "$@" >/dev/null 2>&1 || { fail "iopdoc failed ($d)"; ok=0; }
done
python3 "$here/check_page_ends.py" "$tmp"/pe/*/reports/*.pdf >"$tmp/check" || { fail "page ends"; cat "$tmp/check"; ok=0; }
# every report of the four sets among the PDFs make check reads (the
# layout checker: nothing outside the text area)
for f in "$tmp"/pe/*/reports/*.pdf; do
	d=${f#"$tmp"/pe/}
	keep_pdf "$f" "golden-set-${d%%/*}-$(basename "$f" .pdf)"
done
if [ $ok = 1 ]; then
	echo "ok $name: $(ls "$tmp"/pe/*/reports/*.pdf | wc -l) reports of the four sets"
	passed=$((passed + 1))
fi
keep_pdf "$tmp/t.pdf" golden-template "" "$tmp/kommun/templates/kommun.ini"
keep_pdf "$tmp/long.pdf" golden-long "$tmp/long.xml"
keep_pdf "$tmp/draft.pdf" golden-draft "$tmp/draft.xml"
echo "golden: $passed passed, $failed failed"
[ $failed = 0 ]
