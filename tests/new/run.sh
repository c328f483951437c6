#!/bin/sh
# iopdoc new (issue 15): the skeletons of an agreement, a follow-up and a
# report file pass the schema; iopdoc check names every placeholder of a
# fresh one, exactly the lines of tests/new/expect/KIND.out, and nothing
# renders from it; filled by tests/new/fill.sed, as a handläggare would,
# each checks and renders with no error and no warning (the report from
# the filled agreement and follow-up beside it); a marker is found
# wherever it stands; an existing file is not written over without
# --force; no file (or -) means standard output.  Run from the top of
# the source tree:
#
#   sh tests/new/run.sh                               # tests ./iopdoc
#   IOPDOC=build/asan/iopdoc sh tests/new/run.sh      # what `make newtest` does
#   KEEP=1 sh tests/new/run.sh                        # keeps its folder to look at

IOPDOC=${IOPDOC:-./iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
top=$(pwd)
dir=$top/tests/new
template=$top/templates/default.ini
passed=0
failed=0
. tests/keep.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-new.XXXXXX") || exit 3
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $1: $2"; failed=$((failed + 1)); }

# No sanitizer report, no crash.
clean() {
	! grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'LeakSanitizer' "$1"
}

# iopdoc ARGS in folder $1, in English: $tmp/out, $tmp/err, $st.
run() {
	where=$1
	shift
	(cd "$where" && LC_ALL=C "$IOPDOC" "$@") >"$tmp/out" 2>"$tmp/err"
	st=$?
	clean "$tmp/err" || fail "iopdoc $*" "sanitizer report: $(grep -m 1 -e ERROR -e 'runtime error' "$tmp/err")"
}

# Neither an error nor a warning in $tmp/err (notes are fine).
quiet() {
	! grep -q -e ': error: ' -e ': warning: ' "$tmp/err"
}

mkdir "$tmp/fresh" "$tmp/filled" "$tmp/one"

for kind in agreement followup report; do
	# --- standard output: the file of templates/new, as compiled in ---
	run "$tmp" new "$kind"
	if [ "$st" -eq 0 ] && [ ! -s "$tmp/err" ] && cmp -s "$tmp/out" "$top/templates/new/$kind.xml"; then ok; else
		fail "new $kind" "exit $st, standard output is not templates/new/$kind.xml: $(head -n 2 "$tmp/err")"; fi
	cp "$tmp/out" "$tmp/stdout-$kind.xml"
	run "$tmp" new "$kind" -
	if [ "$st" -eq 0 ] && cmp -s "$tmp/out" "$tmp/stdout-$kind.xml"; then ok; else
		fail "new $kind -" "exit $st, not the skeleton on standard output"; fi

	# --- a file, the same text; nothing on standard output --------------
	run "$tmp/fresh" new "$kind" "$kind.xml"
	if [ "$st" -eq 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ] &&
	    cmp -s "$tmp/fresh/$kind.xml" "$tmp/stdout-$kind.xml"; then ok; else
		fail "new $kind FILE" "exit $st: $(head -n 2 "$tmp/err")"; fi

	# --- the schema takes the skeleton as written (libxml2's own tool) ---
	if command -v xmllint >/dev/null 2>&1; then
		if xmllint --noout --schema "$top/src/schema/iopdoc.xsd" "$tmp/fresh/$kind.xml" 2>"$tmp/lint"; then ok; else
			fail "$kind skeleton against the schema" "$(head -n 3 "$tmp/lint")"; fi
	fi

	# --- check: every placeholder named, one line each, nothing else ----
	run "$tmp/fresh" check "$kind.xml"
	grep -v '^iopdoc: [0-9]* checked' "$tmp/err" >"$tmp/lines"
	if [ "$st" -eq 1 ] && cmp -s "$tmp/lines" "$dir/expect/$kind.out"; then ok; else
		fail "check of a fresh $kind" "exit $st; $(diff "$dir/expect/$kind.out" "$tmp/lines" | grep '^[<>]' | head -n 5)"; fi
	# the expected lines are the file's markers, one for one: as many as
	# the lines of the skeleton outside its comments hold
	markers=$(perl -0777 -pe 's/<!--.*?-->//gs' "$tmp/fresh/$kind.xml" |
	    grep -o -e '\[FYLL I:' -e '"fyll-i[^"]*"' -e '>0000-00-00<' -e '"0000-00-00"' \
	        -e '>000000-0000<' -e '"000000"' -e 'year="1900"' | wc -l)
	if [ "$markers" -gt 0 ] && [ "$markers" -eq "$(grep -c 'placeholder not filled' "$tmp/lines")" ]; then ok; else
		fail "$kind placeholders" "$markers markers in the skeleton, $(grep -c 'placeholder not filled' "$tmp/lines") messages"; fi
done

# --- rendering refuses a fresh skeleton, with the same lines ----------
run "$tmp/fresh" agreement -t "$template" -o a.pdf agreement.xml
grep -v '^iopdoc: ' "$tmp/err" >"$tmp/lines"
if [ "$st" -eq 1 ] && [ ! -e "$tmp/fresh/a.pdf" ] && cmp -s "$tmp/lines" "$dir/expect/agreement.out"; then ok; else
	fail "agreement from a fresh skeleton" "exit $st, or a PDF, or other lines: $(head -n 2 "$tmp/lines")"; fi
run "$tmp/fresh" followup -t "$template" --input . -o f.pdf followup.xml
if [ "$st" -eq 1 ] && [ ! -e "$tmp/fresh/f.pdf" ] && grep -q 'placeholder not filled' "$tmp/err"; then ok; else
	fail "followup from a fresh skeleton" "exit $st: $(head -n 2 "$tmp/err")"; fi
# the report file fresh beside filled documents: the report file's errors
for kind in agreement followup; do
	sed -f "$dir/fill.sed" "$tmp/fresh/$kind.xml" >"$tmp/one/$kind.xml"
done
cp "$tmp/fresh/report.xml" "$tmp/one/report.xml"
run "$tmp/one" check --input . report.xml
grep -v '^iopdoc: ' "$tmp/err" >"$tmp/lines"
if [ "$st" -eq 1 ] && cmp -s "$tmp/lines" "$dir/expect/report.out"; then ok; else
	fail "report file fresh beside filled documents" "exit $st: $(diff "$dir/expect/report.out" "$tmp/lines" | head -n 3)"; fi

# --- filled in: check and render with no error and no warning ---------
for kind in agreement followup report; do
	sed -f "$dir/fill.sed" "$tmp/fresh/$kind.xml" >"$tmp/filled/$kind.xml"
	if grep -q -e 'FYLL I: [^…]' -e 'fyll-i-' "$tmp/filled/$kind.xml"; then
		fail "fill.sed on $kind" "left $(grep -c -e 'FYLL I: [^…]' -e 'fyll-i-' "$tmp/filled/$kind.xml") markers"; fi
done
run "$tmp/filled" check --strict --input . agreement.xml followup.xml report.xml
if [ "$st" -eq 0 ] && quiet; then ok; else
	fail "check of the filled skeletons" "exit $st: $(grep -m 3 -e error: -e warning: "$tmp/err")"; fi
run "$tmp/filled" agreement -t "$template" -o agreement.pdf agreement.xml
if [ "$st" -eq 0 ] && quiet && [ -s "$tmp/filled/agreement.pdf" ] &&
    pdftotext "$tmp/filled/agreement.pdf" - | grep -q 'org. nr 212000-1231'; then ok; else
	fail "agreement from the filled skeleton" "exit $st: $(head -n 3 "$tmp/err")"; fi
keep_pdf "$tmp/filled/agreement.pdf" new-agreement "$tmp/filled/agreement.xml" "$template"
run "$tmp/filled" followup -t "$template" --input . -o followup.pdf followup.xml
if [ "$st" -eq 0 ] && quiet && [ -s "$tmp/filled/followup.pdf" ]; then ok; else
	fail "followup from the filled skeleton" "exit $st: $(head -n 3 "$tmp/err")"; fi
keep_pdf "$tmp/filled/followup.pdf" new-followup "$tmp/filled/followup.xml" "$template"
run "$tmp/filled" report -t "$template" --namnd vikby-socialnamnden --year 2025 -o report.pdf .
if [ "$st" -eq 0 ] && quiet && [ -s "$tmp/filled/report.pdf" ] &&
    pdftotext "$tmp/filled/report.pdf" - | grep -q 'Dnr SN 2024/118' &&
    pdftotext "$tmp/filled/report.pdf" - | grep -q 'Mötesplats Vikby'; then ok; else
	fail "report from the filled skeletons" "exit $st: $(head -n 3 "$tmp/err")"; fi
keep_pdf "$tmp/filled/report.pdf" new-report "" "$template"

# --- a marker wherever it stands, one error each ------------------------
# one NAME 'WANT' SED: the filled agreement changed by SED gives exactly
# the message line WANT (its line number included); WANT "" means none.
one() {
	name=$1 want=$2
	sed "$3" "$tmp/filled/agreement.xml" >"$tmp/one/agreement.xml"
	run "$tmp/one" check agreement.xml
	grep 'placeholder not filled' "$tmp/err" >"$tmp/lines"
	if [ -z "$want" ]; then
		if [ ! -s "$tmp/lines" ]; then ok; else fail "$name" "flagged: $(head -n 1 "$tmp/lines")"; fi
	elif [ "$st" -eq 1 ] && [ "$(cat "$tmp/lines")" = "$want" ] &&
	    [ "$(grep -c ': error: ' "$tmp/err")" -eq 1 ]; then ok; else
		fail "$name" "exit $st, expected $want: $(head -n 3 "$tmp/err")"; fi
}
line_of() { grep -n -m 1 -- "$1" "$tmp/filled/agreement.xml" | cut -d: -f1; }
l=$(line_of '<effort>')
one text "agreement.xml:$l: error: placeholder not filled: namnet" "${l}s|<effort>.*</effort>|<effort>Vi [FYLL I: namnet]</effort>|"
l=$(line_of '<heading>Bakgrund')
one inline "agreement.xml:$((l + 1)): error: placeholder not filled: bakgrund i kursiv" \
    "$((l + 1))s|<p>.*</p>|<p>Text <em>och [FYLL I:  bakgrund\ti kursiv ]</em>.</p>|"
one text-on-a-later-line "agreement.xml:$((l + 2)): error: placeholder not filled: andra raden" \
    "$((l + 1))s|<p>.*</p>|<p>Första raden\\
och [FYLL I: andra raden]</p>|"
one cdata "agreement.xml:$((l + 1)): error: placeholder not filled: i cdata" \
    "$((l + 1))s|<p>.*</p>|<p><![CDATA[[FYLL I: i cdata]]]></p>|"
l=$(line_of '<caption>Kommunens')
one attribute "agreement.xml:$((l - 1)): error: placeholder not filled: rubriken" \
    "$((l - 1))s|<budget |<budget label-heading=\"[FYLL I: rubriken]\" |"
l=$(line_of '<period ')
one zero-date "agreement.xml:$l: error: placeholder not filled: periodens sista dag" "${l}s|to=\"[0-9-]*\"|to=\"0000-00-00\"|"
l=$(line_of '<orgnr>')
one zero-orgnr "agreement.xml:$l: error: placeholder not filled: organisationsnummer" "${l}s|<orgnr>.*</orgnr>|<orgnr>000000-0000</orgnr>|"
l=$(line_of 'amount="420000"')
one zero-amount "agreement.xml:$l: error: placeholder not filled: belopp" "${l}s|amount=\"420000\"|amount=\"00\"|"
one zero-is-an-amount "" "${l}s|amount=\"420000\"|amount=\"0\"|"
l=$(line_of '<responsible-namnd ')
one id "agreement.xml:$l: error: placeholder not filled: nämndens id" "${l}s|id=\"vikby-socialnamnden\"|id=\"fyll-i-namnden\"|"
one words-are-no-marker "" "${l}s|>Socialnämnden<|>Fyll i blanketten [ej FYLL I]<|"

# --- an existing file is not written over without --force -------------
echo "mitt arbete" >"$tmp/fresh/mine.xml"
run "$tmp/fresh" new agreement mine.xml
printf '%s\n%s\n' "iopdoc: mine.xml exists: give another file name, or --force to write over it" \
    "Run 'iopdoc help new' for help." >"$tmp/want"
if [ "$st" -eq 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/want" "$tmp/err" &&
    [ "$(cat "$tmp/fresh/mine.xml")" = "mitt arbete" ]; then ok; else
	fail "new over an existing file" "exit $st: $(cat "$tmp/err")"; fi
ln -s nowhere "$tmp/fresh/link.xml"
run "$tmp/fresh" new agreement link.xml
if [ "$st" -eq 2 ] && [ ! -e "$tmp/fresh/nowhere" ]; then ok; else
	fail "new over a dangling link" "exit $st"; fi
run "$tmp/fresh" new --force followup mine.xml
if [ "$st" -eq 0 ] && cmp -s "$tmp/fresh/mine.xml" "$tmp/stdout-followup.xml"; then ok; else
	fail "new --force" "exit $st: $(head -n 2 "$tmp/err")"; fi

# --- a file that cannot be written: exit 3, the reason ------------------
run "$tmp/fresh" new report no-such-folder/r.xml
if [ "$st" -eq 3 ] && grep -q '^iopdoc: error: cannot write no-such-folder/r.xml' "$tmp/err"; then ok; else
	fail "new into a missing folder" "exit $st: $(head -n 2 "$tmp/err")"; fi

echo "iopdoc new: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
