#!/bin/sh
# Bad-input tests for iopdoc.  Run from the top of the source tree:
#
#   sh tests/bad/run.sh                                # tests ./iopdoc
#   IOPDOC=build/asan/iopdoc sh tests/bad/run.sh       # what `make bad` does
#
# Every tests/bad/NAME.expect describes one run of the program on
# tests/bad/NAME.xml, one statement a line:
#
#   exit N            the exit status expected (required)
#   args WORDS        extra arguments, e.g. "args --strict"
#   command check     run "iopdoc check" instead of "iopdoc agreement -o PDF"
#   command followup  run "iopdoc followup -o PDF" (agreements come from input/)
#   pdf yes           a PDF must be written (otherwise none may be)
#   stderr TEXT       TEXT must appear in standard error (fixed string)
#   messages N        standard error has exactly N lines (no message twice)
#   text TEXT         TEXT must appear in `pdftotext -layout` of the PDF
#   notext TEXT       TEXT must not appear in `pdftotext -layout` of the PDF
#   joined TEXT       TEXT, without its spaces, must appear in `pdftotext
#                     -raw` of the PDF with all white space and line ends
#                     taken out (a word or address broken over lines
#                     whole, no character lost or added)
#   page-rules        the PDF passes tests/layout/page_rules.py (headings and
#                     table headers kept with what follows, no near-empty page)
#
# Lines starting with # and blank lines are ignored.  After the .expect
# cases the script runs the cases that need no XML file of their own
# (unwritable output, missing input, broken templates, bad command lines).
# No run may leave a temporary file (.NAME.pdf.tmp-*) or any other file
# beside the PDF, nor print a sanitizer report.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG

IOPDOC=${IOPDOC:-./iopdoc}
dir=$(dirname "$0")
passed=0
failed=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-bad.XXXXXX") || {
	echo "run.sh: cannot make a temporary folder" >&2
	exit 3
}
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM
out=$tmp/out

if ! [ -x "$IOPDOC" ]; then
	echo "run.sh: $IOPDOC is not an executable; build it first (make)" >&2
	exit 3
fi

. tests/keep.sh

# fail NAME WHY: report a failed case, with its standard error.
fail() {
	echo "FAIL $1: $2"
	if [ -s "$tmp/stderr" ]; then
		sed 's/^/    | /' "$tmp/stderr"
	else
		echo "    | (standard error was empty)"
	fi
	failed=$((failed + 1))
}

ok() {
	echo "ok $1"
	passed=$((passed + 1))
}

# fresh_out: an empty output folder for the next run.
fresh_out() {
	rm -rf "$out"
	mkdir "$out" || exit 3
}

# describe_status N: "exit N", or the signal for a crash.
describe_status() {
	if [ "$1" -gt 128 ]; then
		echo "exit $1 (killed by signal $(($1 - 128)))"
	else
		echo "exit $1"
	fi
}

# common_checks NAME KEEP: checks every run shares.  KEEP is the one file
# allowed in $out (the expected PDF, as a path below $out: x.pdf or
# agreements/x.pdf, whose folders are allowed too) or empty.  Sets $why on
# failure.  A third argument "csv": a report's CSV beside the PDF is
# expected too (x.csv beside x.pdf).
common_checks() {
	why=
	if [ "${3-}" = csv ] && [ ! -s "$out/${2%.pdf}.csv" ]; then
		why="the report's CSV ${2%.pdf}.csv is missing"
		return 1
	fi
	if grep -q -e 'Sanitizer' -e 'runtime error:' "$tmp/stderr"; then
		why="a sanitizer reported an error"
		return 1
	fi
	for f in $(cd "$out" && find . -mindepth 1 | sed 's|^\./||' | sort); do
		[ -n "$2" ] && case $2 in "$f" | "$f"/*) continue ;; esac
		[ "${3-}" = csv ] && [ "$f" = "${2%.pdf}.csv" ] && continue
		case ${f##*/} in
		.*.tmp-*)	why="a temporary file was left behind: ${f##*/}" ;;
		*.pdf)		why="a PDF was written although none was expected: ${f##*/}" ;;
		*)		why="an unexpected file was left behind: ${f##*/}" ;;
		esac
		return 1
	done
	return 0
}

# ---------- the cases in *.expect ----------

for expect in "$dir"/*.expect; do
	[ -e "$expect" ] || continue
	name=$(basename "$expect" .expect)
	xml=$dir/$name.xml
	want_exit=
	args=
	command=agreement
	want_pdf=no
	bad_line=
	want_messages=
	page_rules=no

	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'' | '#'*)		;;
		'exit '*)		want_exit=${line#exit } ;;
		'args '*)		args=${line#args } ;;
		'command '*)		command=${line#command } ;;
		'pdf '*)		want_pdf=${line#pdf } ;;
		'messages '*)		want_messages=${line#messages } ;;
		'page-rules')		page_rules=yes ;;
		'stderr '* | 'text '* | 'notext '* | 'joined '*)	;;
		*)			bad_line=$line ;;
		esac
	done <"$expect"

	: >"$tmp/stderr"
	if [ -n "$bad_line" ]; then
		fail "$name" "bad line in $name.expect: $bad_line"
		continue
	fi
	case $want_exit in
	[0-9] | [0-9][0-9] | [0-9][0-9][0-9])	;;
	*)	fail "$name" "$name.expect has no valid \"exit N\" line"; continue ;;
	esac
	if ! [ -e "$xml" ]; then
		fail "$name" "$name.xml is missing"
		continue
	fi

	fresh_out
	pdf=$out/$name.pdf
	case $command in
	agreement|followup)
		# shellcheck disable=SC2086 # args is a list of words
		"$IOPDOC" "$command" $args -o "$pdf" "$xml" >"$tmp/stdout" 2>"$tmp/stderr"
		status=$? ;;
	check)
		# shellcheck disable=SC2086
		"$IOPDOC" check $args "$xml" >"$tmp/stdout" 2>"$tmp/stderr"
		status=$? ;;
	*)
		fail "$name" "unknown command \"$command\" in $name.expect"
		continue ;;
	esac

	if [ "$status" -ne "$want_exit" ]; then
		fail "$name" "$(describe_status "$status"), expected exit $want_exit"
		continue
	fi
	keep=
	[ "$want_pdf" = yes ] && keep=$name.pdf
	if ! common_checks "$name" "$keep"; then
		fail "$name" "$why"
		continue
	fi
	if [ -n "$want_messages" ] && [ "$(wc -l <"$tmp/stderr")" -ne "$want_messages" ]; then
		fail "$name" "$(wc -l <"$tmp/stderr") lines in standard error, expected $want_messages"
		continue
	fi
	if [ "$want_pdf" = yes ] && ! [ -s "$pdf" ]; then
		fail "$name" "no PDF was written"
		continue
	fi
	if [ "$want_pdf" = yes ]; then
		if ! pdftotext -layout "$pdf" "$tmp/text" 2>"$tmp/pdftotext.err"; then
			fail "$name" "pdftotext cannot read the PDF: $(cat "$tmp/pdftotext.err")"
			continue
		fi
	else
		: >"$tmp/text"
	fi

	why=
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'stderr '*)
			s=${line#stderr }
			if ! grep -q -F -e "$s" "$tmp/stderr"; then
				why="standard error lacks: $s"
				break
			fi ;;
		'text '*)
			# a run of spaces matches any run: how many pdftotext
			# -layout puts between columns moves with the measure
			s=$(printf '%s\n' "${line#text }" | tr -s ' ')
			if ! tr -s ' ' <"$tmp/text" | grep -q -F -e "$s"; then
				why="the PDF's text lacks: $s"
				break
			fi ;;
		'notext '*)
			# a cut word's tail, say, that must not be printed
			s=$(printf '%s\n' "${line#notext }" | tr -s ' ')
			if tr -s ' ' <"$tmp/text" | grep -q -F -e "$s"; then
				why="the PDF's text has: $s"
				break
			fi ;;
		'joined '*)
			# the text with its lines joined and no white space:
			# a word or address broken over lines, no character
			# lost or added (no hyphen)
			s=$(printf '%s' "${line#joined }" | tr -d ' ')
			if ! pdftotext -raw "$pdf" - | tr -d ' \n\f' | grep -q -F -e "$s"; then
				why="the PDF's text, lines joined, lacks: $s"
				break
			fi ;;
		esac
	done <"$expect"
	# page-rules: where the pages end (tests/layout/page_rules.py)
	if [ -z "$why" ] && [ "$page_rules" = yes ] &&
	    ! python3 "$dir/../layout/page_rules.py" --quiet --source "$xml" "$pdf" >"$tmp/rules" 2>&1; then
		why="page rules: $(grep -v '^page rules:' "$tmp/rules" | head -n 3)"
	fi
	if [ -n "$why" ]; then
		fail "$name" "$why"
		continue
	fi
	[ "$want_pdf" = yes ] && keep_pdf "$pdf" "bad-$name" "$xml"
	ok "$name"
done

# ---------- signature blocks a person signs ----------

# Every block with its labels on one page, 20 mm to sign, the blocks never
# alone on a page without their heading and intro
# (tests/layout/check_signatures.py).
for xml in "$dir"/good-layout-sign-*.xml; do
	name=sign-check-$(basename "$xml" .xml)
	fresh_out
	"$IOPDOC" agreement -o "$out/x.pdf" "$xml" >"$tmp/stdout" 2>"$tmp/stderr"
	if python3 tests/layout/check_signatures.py "$out/x.pdf" >"$tmp/stderr" 2>&1; then
		ok "$name"
	else
		fail "$name" "check_signatures.py failed"
	fi
done

# ---------- cases without an XML file of their own ----------

good=$dir/good-minimal.xml

# run_case NAME EXIT SUBSTRING COMMAND...: runs COMMAND, expects exit
# status EXIT, SUBSTRING in standard error and no file in $out.
run_case() {
	name=$1 want_exit=$2 want_err=$3
	shift 3
	fresh_out
	"$@" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	if [ "$status" -ne "$want_exit" ]; then
		fail "$name" "$(describe_status "$status"), expected exit $want_exit"
	elif ! common_checks "$name" ""; then
		fail "$name" "$why"
	elif ! grep -q -F -e "$want_err" "$tmp/stderr"; then
		fail "$name" "standard error lacks: $want_err"
	else
		ok "$name"
	fi
}

# The output folder does not exist and cannot be made (/proc refuses).
run_case unwritable-output-proc 3 "cannot write /proc/nonexistent/x.pdf" \
	"$IOPDOC" agreement -o /proc/nonexistent/x.pdf "$good"

# The output's parent is a regular file (root ignores chmod, not this).
: >"$tmp/plainfile"
run_case unwritable-output-notdir 3 "cannot write $tmp/plainfile/x.pdf" \
	"$IOPDOC" agreement -o "$tmp/plainfile/x.pdf" "$good"

# An output folder, for several inputs, that cannot be made.
run_case unwritable-output-folder 3 "cannot write $tmp/plainfile/pdfs" \
	"$IOPDOC" agreement -o "$tmp/plainfile/pdfs/" "$good" "$dir/bad-luhn.xml"

run_case missing-input 3 "cannot read $tmp/nonexistent.xml" \
	"$IOPDOC" agreement -o "$out/x.pdf" "$tmp/nonexistent.xml"

run_case check-missing-input 3 "cannot read $tmp/nonexistent.xml" \
	"$IOPDOC" check "$tmp/nonexistent.xml"

# A folder without any *.xml file.
mkdir "$tmp/empty-folder"
run_case empty-input-folder 3 "no XML files found in $tmp/empty-folder" \
	"$IOPDOC" check "$tmp/empty-folder"

# Disk full, as a file-size limit: the write fails with a clear message,
# exit 3, and the last good PDF is left as it was (no temporary file).
printf 'last good PDF\n' >"$out/x.pdf"
cp "$out/x.pdf" "$tmp/before.pdf"
name=disk-full
( ulimit -f 8; exec "$IOPDOC" agreement -o "$out/x.pdf" "$good" ) >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 3 ]; then
	fail $name "$(describe_status $status), expected exit 3"
elif ! grep -q -F "cannot write $out/x.pdf: File too large" "$tmp/stderr"; then
	fail $name "standard error lacks: cannot write $out/x.pdf: File too large"
elif ! cmp -s "$out/x.pdf" "$tmp/before.pdf"; then
	fail $name "the last good PDF was changed"
elif ! common_checks $name x.pdf; then
	fail $name "$why"
else
	ok $name
fi

printf '[fonts]\nregular = nonexistent.ttf\n' >"$tmp/missing-font.ini"
run_case missing-font 3 "cannot load the font $tmp/nonexistent.ttf" \
	"$IOPDOC" agreement --template "$tmp/missing-font.ini" -o "$out/x.pdf" "$good"

# A font file that is not a font.
printf 'not a font\n' >"$tmp/not-a-font.ttf"
printf '[fonts]\nregular = not-a-font.ttf\n' >"$tmp/bad-font.ini"
run_case not-a-font 3 "cannot load the font $tmp/not-a-font.ttf" \
	"$IOPDOC" agreement --template "$tmp/bad-font.ini" -o "$out/x.pdf" "$good"

# A FIFO where a font should be: refused at once, not waited on for ever.
mkfifo "$tmp/fifo.ttf"
printf '[fonts]\nregular = fifo.ttf\n' >"$tmp/fifo-font.ini"
run_case font-fifo 3 "cannot load the font $tmp/fifo.ttf" \
	timeout 20 "$IOPDOC" agreement --template "$tmp/fifo-font.ini" -o "$out/x.pdf" "$good"

# A font cut short (a copy interrupted half-way).
head -c 30000 fonts/IopdocSans-Regular.ttf >"$tmp/cut.ttf"
printf '[fonts]\nregular = cut.ttf\n' >"$tmp/cut-font.ini"
run_case font-cut-short 3 "cannot load the font $tmp/cut.ttf" \
	"$IOPDOC" agreement --template "$tmp/cut-font.ini" -o "$out/x.pdf" "$good"

# Hyphenation patterns the template names but that cannot be used (missing,
# no pattern file, a FIFO): one note, exit 0, and the PDF set without
# hyphenation (no soft hyphen U+00AD in its text); the default finds
# Debian's hyphen-sv and hyphenates.  [layout] hyphenate = no: none.
hy_in=input/linkoping-ikf-inkludering.xml
printf 'not patterns\n' >"$tmp/not-patterns.dic"
mkfifo "$tmp/fifo.dic"
printf '[layout]\nhyphenate = no\n' >"$tmp/hyph-off.ini"
for c in missing:nonexistent.dic:"$tmp/nonexistent.dic: No such file or directory" \
    not-patterns:not-patterns.dic:"$tmp/not-patterns.dic: not a hyphenation pattern file" \
    fifo:fifo.dic:"$tmp/fifo.dic: " default::"" off::""; do
	name=hyphenation-${c%%:*}
	rest=${c#*:}
	file=${rest%%:*}
	want=${rest#*:}
	if [ "$name" = hyphenation-off ]; then
		ini=$tmp/hyph-off.ini
	else
		ini=$tmp/hyph-$file.ini
		printf '[layout]\nhyphenation = %s\n' "$file" >"$ini"
	fi
	rm -f "$tmp/hy.pdf"
	timeout 60 "$IOPDOC" agreement --template "$ini" -o "$tmp/hy.pdf" "$hy_in" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	shy=$(pdftotext "$tmp/hy.pdf" - 2>/dev/null | grep -c "$(printf '\302\255')")
	if [ $status -ne 0 ] || ! [ -s "$tmp/hy.pdf" ]; then
		fail $name "$(describe_status $status), expected exit 0 and a PDF"
	elif [ -n "$want" ] && { [ "$(grep -c "note: no Swedish hyphenation patterns (" "$tmp/stderr")" != 1 ] ||
	    ! grep -q -F "($want" "$tmp/stderr" || [ "$shy" != 0 ]; }; then
		fail $name "expected one note naming ($want and no soft hyphen in the text ($shy lines have one)"
	elif [ -z "$want" ] && grep -q "hyphenation" "$tmp/stderr"; then
		fail $name "expected no message on hyphenation"
	elif [ "$name" = hyphenation-default ] && [ "$shy" = 0 ]; then
		fail $name "no word hyphenated with hyphen-sv's patterns (installed?)"
	elif [ "$name" = hyphenation-off ] && [ "$shy" != 0 ]; then
		fail $name "$shy lines end in a soft hyphen with hyphenate = no"
	else
		ok $name
	fi
done

# The yearly report's [report] technical-appendix takes yes or no (RLAY).
printf '[report]\ntechnical-appendix = ja\n' >"$tmp/technical-appendix.ini"
run_case template-technical-appendix 3 "$tmp/technical-appendix.ini:2: error: template: \"ja\" is not a valid value for [report] technical-appendix (yes or no)" \
	"$IOPDOC" report --template "$tmp/technical-appendix.ini" --year 2023 \
	--namnd linkoping-arbetsmarknadsnamnden -o "$out/x.pdf" input

# Template paths stay inside the template's folder and the fonts folder
# beside it: absolute paths, ".." out and symbolic links out are refused.
mkdir -p "$tmp/tpl/sub" "$tmp/fonts"
cp fonts/IopdocSans-Regular.ttf "$tmp/fonts/ok.ttf"
printf '[fonts]\nregular = /etc/passwd\n' >"$tmp/tpl/abs.ini"
run_case template-path-absolute 3 "$tmp/tpl/abs.ini:2: error: template: \"/etc/passwd\" ([fonts] regular) lies outside the template's folder and the fonts folder beside it" \
	"$IOPDOC" agreement --template "$tmp/tpl/abs.ini" -o "$out/x.pdf" "$good"
printf '[logo]\nfile = ../../../../../../../../etc/passwd\n' >"$tmp/tpl/dotdot.ini"
run_case template-path-dotdot 3 "$tmp/tpl/dotdot.ini:2: error: template: \"../../../../../../../../etc/passwd\" ([logo] file) lies outside" \
	"$IOPDOC" agreement --template "$tmp/tpl/dotdot.ini" -o "$out/x.pdf" "$good"
ln -s /etc/passwd "$tmp/tpl/link.ttf"
printf '[fonts]\nbold = link.ttf\n' >"$tmp/tpl/link.ini"
run_case template-path-symlink 3 "$tmp/tpl/link.ini:2: error: template: \"link.ttf\" ([fonts] bold) lies outside" \
	"$IOPDOC" agreement --template "$tmp/tpl/link.ini" -o "$out/x.pdf" "$good"
ln -s /etc "$tmp/tpl/etc"
printf '[logo]\nfile = etc/hostname\n' >"$tmp/tpl/linkdir.ini"
run_case template-path-symlink-folder 3 "$tmp/tpl/linkdir.ini:2: error: template: \"etc/hostname\" ([logo] file) lies outside" \
	"$IOPDOC" agreement --template "$tmp/tpl/linkdir.ini" -o "$out/x.pdf" "$good"
# ... while the template's folder, a subfolder and ../fonts are allowed.
cp fonts/IopdocSans-Bold.ttf "$tmp/tpl/sub/b.ttf"
cp fonts/IopdocSans-Italic.ttf fonts/IopdocSans-BoldItalic.ttf "$tmp/fonts/"
printf '[fonts]\nregular = ../fonts/ok.ttf\nbold = sub/b.ttf\n' >"$tmp/tpl/inside.ini"
"$IOPDOC" agreement --template "$tmp/tpl/inside.ini" -o "$tmp/inside.pdf" "$good" 2>"$tmp/stderr"
if [ -s "$tmp/stderr" ]; then
	fail template-path-inside "$(cat "$tmp/stderr")"
elif pdffonts "$tmp/inside.pdf" 2>/dev/null | grep -q "IopdocSans-Bold"; then
	ok template-path-inside-pdf
else
	fail template-path-inside-pdf "no PDF with the template's fonts"
fi

# A kommun keeps its own copy of default.ini elsewhere (/srv/iop/mall.ini):
# its "../fonts/IopdocSans-*.ttf" come from the program's fonts folder,
# and -t is --template.  The PDF is the one templates/default.ini gives.
mkdir -p "$tmp/kommun"
cp templates/default.ini "$tmp/kommun/mall.ini"
SOURCE_DATE_EPOCH=1700000000 "$IOPDOC" agreement -t "$tmp/kommun/mall.ini" -o "$tmp/kommun.pdf" "$good" 2>"$tmp/stderr"
SOURCE_DATE_EPOCH=1700000000 "$IOPDOC" agreement --template templates/default.ini -o "$tmp/default.pdf" "$good" 2>>"$tmp/stderr"
if [ -s "$tmp/stderr" ] || ! cmp -s "$tmp/kommun.pdf" "$tmp/default.pdf"; then
	fail template-copied-elsewhere "$(cat "$tmp/stderr") or a PDF unlike templates/default.ini's"
else
	ok template-copied-elsewhere
fi
# The follow-up's "Rapportperiod:" is [labels] report-period.
printf '[labels]\nreport-period = Redovisningsperiod:\n' >"$tmp/kommun/period.ini"
"$IOPDOC" followup -t "$tmp/kommun/period.ini" --input examples -o "$tmp/period.pdf" \
	examples/exempel-sjoberg-motesplats-resultatrapport-2024.xml 2>"$tmp/stderr"
if pdftotext "$tmp/period.pdf" - 2>/dev/null | grep -q "Redovisningsperiod: 2024-01-01"; then
	ok template-label-report-period
else
	fail template-label-report-period "no \"Redovisningsperiod:\" in the follow-up: $(cat "$tmp/stderr")"
fi
# ... but a font it names itself must be there: the message names the path.
printf '[fonts]\nbold = ../fonts/Kommun-Bold.ttf\n' >"$tmp/kommun/egen.ini"
run_case template-own-font-missing 3 "cannot load the font $tmp/kommun/../fonts/Kommun-Bold.ttf" \
	"$IOPDOC" agreement -t "$tmp/kommun/egen.ini" -o "$out/x.pdf" "$good"

printf '# a template\n[page]\nthis line has no equals sign\n' >"$tmp/syntax.ini"
run_case template-syntax 3 "$tmp/syntax.ini:3: error: template: expected \"[section]\" or \"key = value\"" \
	"$IOPDOC" agreement --template "$tmp/syntax.ini" -o "$out/x.pdf" "$good"

printf '[page]\ncolour = blue\n' >"$tmp/key.ini"
run_case template-unknown-key 3 "$tmp/key.ini:2: error: template: unknown setting \"colour\" in [page]" \
	"$IOPDOC" agreement --template "$tmp/key.ini" -o "$out/x.pdf" "$good"

printf '[page]\nwidth = wide\n' >"$tmp/value.ini"
run_case template-bad-value 3 "$tmp/value.ini:2: error: template: \"wide\" is not a valid value for [page] width" \
	"$IOPDOC" agreement --template "$tmp/value.ini" -o "$out/x.pdf" "$good"

# A list indent that would push a list's text off the page in a few levels.
printf '[sizes]\nlist-indent = 200\n' >"$tmp/indent.ini"
run_case template-list-indent 3 "indent.ini:2: error: template: \"200\" is not a valid value for [sizes] list-indent (at most a quarter of the text width, 113 pt with these margins)" \
	"$IOPDOC" agreement --template "$tmp/indent.ini" -o "$out/x.pdf" "$good"

# A header set lower than the top margin would print over the text.
printf '[page]\nmargin-top = 20mm\nheader-offset = 30mm\n' >"$tmp/header.ini"
run_case template-header-in-text 3 "header.ini:3: error: template: \"header-offset/footer-offset\" is not a valid value for [page] header-offset and footer-offset (the header's baseline inside the top margin, the footer's inside the bottom margin)" \
	"$IOPDOC" agreement --template "$tmp/header.ini" -o "$out/x.pdf" "$good"
# Every number of a template is finite and in its range, checked when the
# template is read (NaN passed the range checks; 0 and 100000 reached
# libharu as "error 0x1050").  0 is a good value where the range starts
# at 0.
range_key() {
	key=$1 zero_ok=$2
	why=
	for v in nan NaN inf -inf infinity 1e999 -1 100000 0x10 "12 pt" 0; do
		[ "$v" = 0 ] && [ "$zero_ok" = yes ] && continue
		case $key in page.*|logo.*) [ "$v" = "12 pt" ] && continue ;; esac
		printf '[%s]\n%s = %s\n' "${key%%.*}" "${key#*.}" "$v" >"$tmp/range.ini"
		fresh_out
		"$IOPDOC" agreement --template "$tmp/range.ini" -o "$out/x.pdf" "$good" >"$tmp/stdout" 2>"$tmp/stderr"
		status=$?
		if [ $status -ne 3 ] || ! grep -q -F "range.ini:2: error: template: \"$v\" is not a valid value for [${key%%.*}] ${key#*.}" "$tmp/stderr" ||
		    [ -e "$out/x.pdf" ]; then
			why="$v: $(describe_status $status), or no template:line error, or a PDF"
			break
		fi
	done
	if [ -n "$why" ]; then fail "template-range-$key" "$why"; else ok "template-range-$key"; fi
}
for key in page.width page.height sizes.body sizes.leading sizes.title sizes.subtitle \
    sizes.effort sizes.h1 sizes.h2 sizes.h3 sizes.small sizes.table sizes.draft logo.width; do
	range_key $key no
done
for key in page.margin-top page.margin-bottom page.margin-left page.margin-right \
    page.header-offset page.footer-offset sizes.paragraph-space sizes.heading-space \
    sizes.list-indent; do
	range_key $key yes
done
# The ends of every range make a PDF, the header and footer kept inside
# their margins and 5 mm from the edge, as tests/layout asks (a page 2
# inches wide with 4 pt text and no side margins; a 200-inch page with every size at its largest).
cp -r fonts "$tmp/"
mkdir -p "$tmp/ends"
printf '[page]\nwidth = 51mm\nheight = 80mm\nmargin-top = 10mm\nmargin-bottom = 10mm\nmargin-left = 0\nmargin-right = 0\nheader-offset = 7mm\nfooter-offset = 6mm\n[sizes]\nbody = 4\nleading = 0.8\ntitle = 4\nsubtitle = 4\neffort = 4\nh1 = 4\nh2 = 4\nh3 = 4\nsmall = 4\ntable = 4\ndraft = 4\nparagraph-space = 0\nheading-space = 0\nlist-indent = 0\n[logo]\nwidth = 1mm\n' >"$tmp/ends/min.ini"
printf '[page]\nwidth = 14400pt\nheight = 5080mm\nmargin-top = 1000mm\nmargin-bottom = 1000mm\nmargin-left = 1000mm\nmargin-right = 1000mm\nheader-offset = 990mm\nfooter-offset = 880mm\n[sizes]\nbody = 72\nleading = 4\ntitle = 300\nsubtitle = 300\neffort = 300\nh1 = 300\nh2 = 300\nh3 = 300\nsmall = 300\ntable = 300\ndraft = 600\nparagraph-space = 300\nheading-space = 300\nlist-indent = 300\n[logo]\nwidth = 1000mm\n' >"$tmp/ends/max.ini"
for end in min max; do
	fresh_out
	"$IOPDOC" agreement --template "$tmp/ends/$end.ini" -o "$out/x.pdf" "$good" >"$tmp/stdout" 2>"$tmp/stderr"
	status=$?
	if [ $status -ne 0 ] || ! [ -s "$out/x.pdf" ] || ! common_checks template-range-$end x.pdf; then
		fail template-range-$end "$(describe_status $status) or no PDF $why"
	else
		keep_pdf "$out/x.pdf" template-range-$end "" "$tmp/ends/$end.ini"
		ok template-range-$end
	fi
done
# A line of 4 pt text across a 200-inch page: its codes go out in
# several strings of at most 4096 bytes (PDF/A allows 32 767), every word
# whole in one of them (pdf.js compares the words at the end of make check).
python3 - "$good" "$tmp/ends/wide.xml" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
words = " ".join("ord%d" % i for i in range(8000))
out = src.replace("<p>Kommunen betalar ut bidraget en gång per år.</p>", "<p>%s</p>" % words, 1)
assert out != src
open(sys.argv[2], "w", encoding="utf-8").write(out)
PY
printf '[page]\nwidth = 14400pt\nmargin-left = 0\nmargin-right = 0\n[sizes]\nbody = 4\n' >"$tmp/ends/wide.ini"
fresh_out
"$IOPDOC" agreement --template "$tmp/ends/wide.ini" -o "$out/x.pdf" "$tmp/ends/wide.xml" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
# the longest string shown, and how many of the 8000 words lie whole in one
longest=$(python3 - "$out/x.pdf" <<'PY'
import re, sys, zlib
data, longest, words = open(sys.argv[1], "rb").read(), 0, set()
for m in re.finditer(rb"stream\r?\n", data):
    try:
        s = zlib.decompressobj().decompress(data[m.end():data.find(b"endstream", m.end())])
    except zlib.error:
        continue
    for t in re.finditer(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", s):
        text = re.sub(rb"\\([0-7]{1,3}|.)", b"x", t.group(1))
        longest = max(longest, len(text))
        words.update(re.findall(rb"(?<![a-z0-9])ord\d+(?![0-9])", text))
print(longest, len(words))
PY
)
if [ $status -ne 0 ] || ! common_checks template-wide-line x.pdf; then
	fail template-wide-line "$(describe_status $status) $why"
elif [ "${longest% *}" -gt 4096 ] || [ "${longest% *}" -lt 2048 ] || [ "${longest#* }" -ne 8000 ]; then
	fail template-wide-line "the longest string shown is ${longest% *} bytes (expected 2048 to 4096), ${longest#* } of 8000 words whole"
else
	# not kept for pdf.js: its text extraction breaks words of 4 pt text
	# across a 200-inch page whatever the strings
	ok template-wide-line
fi
# Values in range that together leave no room for text: the error names
# the line of the last page length read.
printf '[page]\nwidth = 60mm\nmargin-left = 30mm\nmargin-right = 30mm\n' >"$tmp/room.ini"
run_case template-no-room 3 "room.ini:4: error: template: \"page\" is not a valid value for [page]" \
	"$IOPDOC" agreement --template "$tmp/room.ini" -o "$out/x.pdf" "$good"
python3 -c 'import struct, zlib, sys
def chunk(t, b): return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 1, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\0\x80\x80")) + chunk(b"IEND", b""))' >"$tmp/ends/l.png"
printf '[logo]\nfile = l.png\nwidth = 500mm\n' >"$tmp/ends/logo-wide.ini"
run_case template-logo-wider-than-text 3 "logo-wide.ini:3: error: template: \"width\" is not a valid value for [logo] width (at most the width between the margins)" \
	"$IOPDOC" agreement --template "$tmp/ends/logo-wide.ini" -o "$out/x.pdf" "$good"
# ... a narrow page is no error when the template has no logo
printf '[page]\nwidth = 51mm\nmargin-left = 10mm\nmargin-right = 10mm\n' >"$tmp/ends/narrow.ini"
fresh_out
if "$IOPDOC" agreement --template "$tmp/ends/narrow.ini" -o "$out/x.pdf" "$good" >"$tmp/stdout" 2>"$tmp/stderr" &&
    common_checks template-narrow-no-logo x.pdf; then
	ok template-narrow-no-logo
else
	fail template-narrow-no-logo "no PDF with a narrow page and no logo $why"
fi

# -o naming a file the run reads besides its XML, the template, one of its
# fonts or its logo: refused, and the file left as it was (the template
# became a PDF, exit 0).  Copies, so that a failure destroys nothing real.
mkdir -p "$tmp/own/templates"
cp -r fonts "$tmp/own/fonts"
cp "$tmp/ends/l.png" "$tmp/own/templates/l.png"
for spec in template:templates/t.ini font:fonts/IopdocSans-Regular.ttf \
    font-bold-italic:fonts/IopdocSans-BoldItalic.ttf logo:templates/l.png; do
	cp templates/default.ini "$tmp/own/templates/t.ini"
	printf '[logo]\nfile = l.png\nwidth = 10mm\n' >>"$tmp/own/templates/t.ini"
	file=$tmp/own/${spec#*:}
	cp "$file" "$tmp/own.before"
	run_case "output-is-${spec%%:*}" 1 "error: the PDF would be written over $file, an input file; name another PDF with -o" \
		"$IOPDOC" agreement --template "$tmp/own/templates/t.ini" -o "$file" "$good"
	if ! cmp -s "$file" "$tmp/own.before"; then
		fail "output-is-${spec%%:*}-unchanged" "$file was changed"
	else
		ok "output-is-${spec%%:*}-unchanged"
	fi
done

# ... and a party's logo: refused the same way, the logo left as it was.
mkdir -p "$tmp/own/xml/logotyper"
cp "$tmp/ends/l.png" "$tmp/own/xml/logotyper/k.png"
sed '9s|^    </party>|      <logo file="logotyper/k.png" alt="Linköpings kommuns logotyp"/>\n    </party>|' \
    "$good" >"$tmp/own/xml/a.xml"
cp "$tmp/own/xml/logotyper/k.png" "$tmp/own.before"
run_case output-is-party-logo 1 "error: the PDF would be written over $tmp/own/xml/logotyper/k.png, an input file; name another PDF with -o" \
	"$IOPDOC" agreement -o "$tmp/own/xml/logotyper/k.png" "$tmp/own/xml/a.xml"
if ! cmp -s "$tmp/own/xml/logotyper/k.png" "$tmp/own.before"; then
	fail output-is-party-logo-unchanged "the logo was changed"
else
	ok output-is-party-logo-unchanged
fi

# A FIFO given as the template: refused at once, not waited on for ever.
mkfifo "$tmp/fifo.ini"
run_case template-fifo 3 "cannot read the template $tmp/fifo.ini: it is a named pipe (FIFO), not an ordinary file" \
	timeout 20 "$IOPDOC" agreement --template "$tmp/fifo.ini" -o "$out/x.pdf" "$good"

run_case missing-template 3 "cannot read the template $tmp/nonexistent.ini" \
	"$IOPDOC" agreement --template "$tmp/nonexistent.ini" -o "$out/x.pdf" "$good"

# A folder given as the template is a template that cannot be read.
mkdir "$tmp/template-folder"
run_case template-is-folder 3 "cannot read the template $tmp/template-folder" \
	"$IOPDOC" agreement --template "$tmp/template-folder" -o "$out/x.pdf" "$good"

# Logos that are no good: each refused with its reason (exit 3), never
# handed to the PDF library (libharu makes libpng abort on a damaged PNG).
mkdir -p "$tmp/img/templates"
cp -r fonts "$tmp/img/fonts"
python3 - "$tmp/img/templates" <<'PY'
import struct, sys, zlib
d = sys.argv[1]
def chunk(t, b):
    return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b) & 0xffffffff)
def png(w, h, interlace=0, rows=None):
    rows = rows or b"".join(b"\0" + b"\x80" * 3 * w for _ in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, interlace)) + \
        chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
good = png(40, 20)
open(f"{d}/text.png", "wb").write(b"this is not an image\n")
open(f"{d}/cut.png", "wb").write(good[:len(good) // 2])
open(f"{d}/huge.png", "wb").write(png(60000, 2, rows=b"\0"))
open(f"{d}/big.png", "wb").write(good + b"\0" * (6 * 1024 * 1024))
open(f"{d}/interlaced.png", "wb").write(png(1, 1, 1, b"\0\x80\x80\x80"))
open(f"{d}/cut.jpg", "wb").write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
PY
for spec in "text.png:it is neither a PNG nor a JPEG file" \
    "cut.png:the file is damaged or cut short" \
    "huge.png:it is 60000 x 2 pixels; the most iopdoc embeds is 4000 x 4000" \
    "big.png:it is larger than 5 MB, the most iopdoc embeds" \
    "interlaced.png:it is an interlaced PNG, which the PDF library cannot embed" \
    "cut.jpg:the file is damaged or cut short"; do
	f=${spec%%:*}
	printf '[logo]\nfile = %s\n' "$f" >"$tmp/img/templates/t.ini"
	run_case "logo-${f%.*}-${f#*.}" 3 "error: the image $tmp/img/templates/$f cannot be used: ${spec#*:}" \
		"$IOPDOC" agreement --template "$tmp/img/templates/t.ini" -o "$out/x.pdf" "$good"
done

# The same faults in a party's <logo>: an error at the element's line
# naming the file as written and what is wrong (exit 1), no PDF.
for spec in "text.png:it is neither a PNG nor a JPEG file" \
    "cut.png:the file is damaged or cut short" \
    "huge.png:it is 60000 x 2 pixels; the most iopdoc embeds is 4000 x 4000" \
    "big.png:it is larger than 5 MB, the most iopdoc embeds" \
    "interlaced.png:it is an interlaced PNG, which the PDF library cannot embed" \
    "cut.jpg:the file is damaged or cut short"; do
	f=${spec%%:*}
	sed "9s|^    </party>|      <logo file=\"templates/$f\" alt=\"Linköpings kommuns logotyp\"/>\n    </party>|" \
	    "$good" >"$tmp/img/party-logo.xml"
	run_case "party-logo-${f%.*}-${f#*.}" 1 "party-logo.xml:9: error: the logo templates/$f cannot be used: ${spec#*:}" \
		"$IOPDOC" agreement -o "$out/x.pdf" "$tmp/img/party-logo.xml"
done

# A report without a report file is a draft: the note says it is
# marked so, for one report and for --all (README "The report file").
fresh_out
"$IOPDOC" report --year 2019 --namnd lund-socialnamnden -o "$out/r.pdf" input >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ]; then
	fail report-draft-note "$(describe_status $status), expected exit 0"
elif ! common_checks report-draft-note r.pdf csv; then
	fail report-draft-note "$why"
elif ! grep -qF 'note: no report file for lund-socialnamnden 2019: the report is marked as a draft (UTKAST on every page) and has no diarienummer, date, author or förslag till beslut; see iopdoc-xml(5), "The report file"' "$tmp/stderr"; then
	fail report-draft-note "standard error lacks the draft note"
else
	ok report-draft-note
fi
fresh_out
"$IOPDOC" report --all -o "$out" input >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ]; then
	fail report-all-draft-note "$(describe_status $status), expected exit 0"
elif ! grep -qE 'note: [0-9]+ of the [0-9]+ reports have no report file: they are marked as drafts \(UTKAST on every page\) and have no diarienummer, date, author or förslag till beslut' "$tmp/stderr"; then
	fail report-all-draft-note "standard error lacks the draft note"
else
	ok report-all-draft-note
fi

# No agreement names the nämnd asked for; a file as the output of several.
run_case report-unknown-namnd 1 "error: no agreement names the nämnd \"kulturnamnden\" as responsible (known: linkoping-arbetsmarknadsnamnden" \
	"$IOPDOC" report --year 2020 --namnd kulturnamnden -o "$out/r.pdf" input
# Agreements each within what iopdoc computes (1000 % a year for seven
# years on 400 000 000 000 kr) whose sum for the report passes it: an
# error naming the agreement, never a wrapped total.
mkdir "$tmp/sum"
NBSP=$(printf '\302\240')
for id in a1 a2; do
	sed -e "s|id=\"minimal\"|id=\"$id\"|" \
	    -e 's|<period from="2019-01-01" to="2021-12-31"/>|<responsible-namnd id="n1" kommun="Linköpings kommun" source="text">Nämnden</responsible-namnd><period from="2019-01-01" to="2026-12-31"/>|' \
	    -e 's|<adjustment kind="percent" from|<adjustment kind="percent" percent="1000" from|' \
	    -e 's|<stated-total amount="700000" per="year"/>||' -e 's| stated="700000"||' \
	    -e 's|amount="600000"|amount="400000000000"|' -e 's|amount="100000"|amount="0"|' \
	    "$dir/adjustment-no-percent.xml" >"$tmp/sum/$id.xml"
done
run_case report-sum-overflow 1 "a2.xml:18: error: the report's amounts for 2026 add up to more than 9${NBSP}223${NBSP}372${NBSP}036${NBSP}854${NBSP}775${NBSP}807${NBSP}kr, the most iopdoc can compute, when Linköpings kommun's 7${NBSP}794${NBSP}868${NBSP}400${NBSP}000${NBSP}000${NBSP}000${NBSP}kr is added" \
	"$IOPDOC" report --year 2026 --namnd n1 -o "$out/r.pdf" "$tmp/sum"
# A report of 300 agreements: its chart's /Alt lists the rows while it
# stays short and sums up the rest (the whole list was an /Alt past
# PDF/A's 32 767-byte string limit).
mkdir "$tmp/alt"
i=0
while [ $i -lt 300 ]; do
	sed -e "s|id=\"minimal\"|id=\"a$i\"|" -e "s|<effort>Språkvänner</effort>|<effort>Insats $i</effort>|" \
	    -e 's|<period from="2019-01-01" to="2021-12-31"/>|<responsible-namnd id="n1" kommun="Linköpings kommun" source="text">Nämnden</responsible-namnd><period from="2019-01-01" to="2021-12-31"/>|' \
	    -e 's|<adjustment kind="percent" from="2020-01-01"/>||' \
	    "$dir/adjustment-no-percent.xml" >"$tmp/alt/a$i.xml"
	i=$((i + 1))
done
fresh_out
"$IOPDOC" report --year 2020 --namnd n1 -o "$out/r.pdf" "$tmp/alt" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
alt=$(qpdf --json=2 --json-key=qpdf "$out/r.pdf" 2>/dev/null | python3 -c '
import json, sys
for v in json.load(sys.stdin)["qpdf"][1].values():
    if isinstance(v.get("value"), dict) and "/Alt" in v["value"]:
        print(len(v["value"]["/Alt"]), v["value"]["/Alt"][-100:])
        break')
if [ $status -ne 0 ] || ! common_checks report-chart-alt r.pdf csv; then
	fail report-chart-alt "$(describe_status $status) $why"
elif ! [ "${alt%% *}" -lt 5000 ] 2>/dev/null || case $alt in *"Ytterligare "*" rader: Kommunen sammanlagt "*" kr, Idéburna organisationer saknas.") false ;; *) true ;; esac; then
	fail report-chart-alt "the chart's /Alt is not summed up: $alt"
else
	keep_pdf "$out/r.pdf" report-chart-alt
	ok report-chart-alt
fi
rm -rf "$tmp/alt"

# A heading of 24 000 characters: its bookmark (/Title) was a 52 786-byte
# string, past PDF/A's 32 767; it is cut with "…" and the page shows the
# whole heading.  (Not kept for pdf.js, which wants a heading on one page.)
python3 - "$good" "$tmp/long-heading.xml" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
out = src.replace("<heading>Ekonomi</heading>",
                  "<heading>%s</heading>" % " ".join("rubrik%d" % i for i in range(2500)), 1)
assert out != src
open(sys.argv[2], "w", encoding="utf-8").write(out)
PY
fresh_out
"$IOPDOC" agreement -o "$out/x.pdf" "$tmp/long-heading.xml" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ] || ! common_checks long-heading x.pdf; then
	fail long-heading "$(describe_status $status) $why"
elif ! python3 tests/pdfa/pdfcheck.py "$out/x.pdf" >"$tmp/stderr" 2>&1; then
	fail long-heading "pdfcheck: $(head -c 300 "$tmp/stderr")"
elif ! pdftotext "$out/x.pdf" - 2>/dev/null | grep -q rubrik2499; then
	fail long-heading "the heading's last word is not on the page"
else
	ok long-heading
fi

# report --all renders every nämnd and every year, however many: 257
# nämnder (it stopped at 256) and one nämnd of 130 years (it stopped at
# 128), made of three agreements of 50, 50 and 30 years (an agreement
# may run at most 50), and counts what it rendered.
mkdir "$tmp/many"
i=0
while [ $i -lt 259 ]; do
	n=$i
	case $i in
	0) n=0 period='from="1900-01-01" to="1949-12-31"' ;;
	1) n=0 period='from="1950-01-01" to="1999-12-31"' ;;
	2) n=0 period='from="2000-01-01" to="2029-12-31"' ;;
	*) period='from="2020-01-01" to="2020-12-31"' ;;
	esac
	sed -e "s|id=\"minimal\"|id=\"a$i\"|" \
	    -e "s|<period from=\"2019-01-01\" to=\"2021-12-31\"/>|<responsible-namnd id=\"n$n\" kommun=\"Linköpings kommun\" source=\"text\">Nämnd $n</responsible-namnd><period $period/>|" \
	    -e 's|<adjustment kind="percent" from="2020-01-01"/>||' \
	    "$dir/adjustment-no-percent.xml" >"$tmp/many/a$i.xml"
	i=$((i + 1))
done
fresh_out
"$IOPDOC" report --all -o "$out" "$tmp/many" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ]; then
	fail report-all-many "$(describe_status $status), expected exit 0"
elif [ "$(ls "$out")" != reports ] || [ "$(ls "$out/reports" | grep -c '\.pdf$')" -ne 386 ] ||
    [ "$(ls "$out/reports" | grep -c '\.csv$')" -ne 386 ] ||
    [ "$(ls "$out/reports" | wc -l)" -ne 772 ] ||
    ! grep -q -F "iopdoc: 386 rendered, 0 failed" "$tmp/stderr"; then
	fail report-all-many "$(ls "$out/reports" | wc -l) files, expected 386 reports, each with its CSV (256 nämnder of one year, 130 years of one) in $out/reports"
else
	ok report-all-many
fi
rm -rf "$tmp/many"

run_case output-not-folder 3 "error: the output $tmp/plainfile must be a folder when several files are rendered" \
	"$IOPDOC" agreement -o "$tmp/plainfile" "$good" "$dir/good-cp1252.xml"

# A follow-up's agreement found in an input folder is checked quietly:
# the other files there are not this run's (input/ holds an agreement with
# a warning), but an error in its own agreement is named with the file.
fresh_out
"$IOPDOC" followup -o "$out/f.pdf" "$dir/followup-good.xml" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ $status -ne 0 ] || grep -q "linkoping-ikf-inkludering" "$tmp/stderr" || ! [ -s "$out/f.pdf" ]; then
	fail followup-quiet-references "$(describe_status $status); other agreements' messages or no PDF"
else
	ok followup-quiet-references
fi
mkdir "$tmp/refs"
cp "$dir/bad-luhn.xml" "$tmp/refs/"
run_case followup-agreement-bad-in-folder 1 "followup-agreement-bad.xml:3: error: the agreement \"minimal\" ($tmp/refs/bad-luhn.xml) has errors: correct it first" \
	"$IOPDOC" followup --input "$tmp/refs" -o "$out/f.pdf" "$dir/followup-agreement-bad.xml"

# More than LAYOUT_MAX_PAGES (5000) pages, made with <page-break/>.
awk 'BEGIN { for (i = 0; i < 5001; i++) print "      <p>Sida.</p><page-break/>" }' \
	>"$tmp/pages.txt"
sed "22r $tmp/pages.txt" "$good" >"$tmp/page-limit.xml"
run_case page-limit 1 "page-limit.xml: error: the document would have more than 5000 pages" \
	"$IOPDOC" agreement -o "$out/x.pdf" "$tmp/page-limit.xml"

# An input larger than the 20 MB iopdoc reads.
dd if=/dev/zero of="$tmp/huge.xml" bs=1048576 count=21 2>/dev/null
run_case file-too-large 1 "huge.xml: error: the file is larger than 20 MB" \
	"$IOPDOC" check "$tmp/huge.xml"
rm -f "$tmp/huge.xml"

run_case unknown-option 2 "iopdoc: unknown option '--frobnicate'" \
	env LC_ALL=C "$IOPDOC" agreement --frobnicate -o "$out/x.pdf" "$good"

run_case unknown-command 2 "iopdoc: unknown command 'render' (did you mean 'agreement'?)" \
	env LC_ALL=C "$IOPDOC" render "$good"

run_case no-input-files 2 "iopdoc: agreement needs a file or folder to read" \
	env LC_ALL=C "$IOPDOC" agreement -o "$out/x.pdf"

# Numbers on the command line past what iopdoc takes (src/limit.h): a
# message naming the option and the range, exit 2, nothing built.  (The
# command-line messages are English under LC_ALL=C; tests/cli/run.sh
# tests every one of them and their Swedish.)
run_case jobs-over-limit 2 "iopdoc: -j needs a whole number from 1 to 256, not '300'" \
	env LC_ALL=C "$IOPDOC" build -j 300 --input "$tmp/nonexistent" -o "$out"
run_case jobs-over-limit-joined 2 "iopdoc: -j needs a whole number from 1 to 256, not '257'" \
	env LC_ALL=C "$IOPDOC" build -j257 --input "$tmp/nonexistent" -o "$out"
run_case job-timeout-over-limit 2 "iopdoc: --job-timeout needs a whole number from 1 to 86400, not '86401'" \
	env LC_ALL=C "$IOPDOC" build --job-timeout 86401 --input "$tmp/nonexistent" -o "$out"
run_case year-out-of-range 2 "iopdoc: --year needs a whole number from 1900 to 2200, not '20233'" \
	env LC_ALL=C "$IOPDOC" report --year 20233 --namnd n1 -o "$out" "$good"
# iopdoc due: a --today that is no date, a window past LIMIT_DUE_DAYS
# (also build --due=DAYS), an unknown option: exit 2, nothing listed.
run_case due-today-not-a-date 2 "iopdoc: --today needs a date YYYY-MM-DD that exists, not '2026-02-30'" \
	env LC_ALL=C "$IOPDOC" due --today 2026-02-30 "$good"
run_case due-within-over-limit 2 "iopdoc: --within needs a whole number from 0 to 3660, not '4000'" \
	env LC_ALL=C "$IOPDOC" due --within 4000 "$good"
run_case due-within-negative 2 "iopdoc: --within needs a whole number from 0 to 3660, not '-1'" \
	env LC_ALL=C "$IOPDOC" due --within -1 "$good"
run_case build-due-over-limit 2 "iopdoc: --due needs a whole number from 0 to 3660, not '99999'" \
	env LC_ALL=C "$IOPDOC" build --due=99999 --input "$tmp/nonexistent" -o "$out"
run_case due-unknown-option 2 "iopdoc: unknown option '--frobnicate'" \
	env LC_ALL=C "$IOPDOC" due --frobnicate "$good"

# Out of memory: exit status 6 and a message naming the size and the
# function that asked, no PDF and no temporary file.  The sanitizer build
# fails its Nth allocation on request (IOPDOC_TEST_NOMEM, src/mem.c); the
# program proper has no such switch, and the cases are skipped for it.
if IOPDOC_TEST_NOMEM=1 "$IOPDOC" check "$tmp/nonexistent.xml" >/dev/null 2>&1 ||
    [ $? -ne 6 ]; then
	echo "skip out-of-memory-*: $IOPDOC has no test hooks"
else
	for n in 50 400; do
		run_case "out-of-memory-$n" 6 "error: out of memory: " \
			env IOPDOC_TEST_NOMEM=$n "$IOPDOC" agreement -o "$out/x.pdf" "$good"
		grep -q "bytes asked for by [a-z_]* could not be allocated" "$tmp/stderr" ||
			fail "out-of-memory-$n-names" "the message names no size and function"
	done
fi

# A batch goes on after a bad file: the good one is rendered (into
# agreements/, named as iopdoc build names it), the bad one is not, and the
# exit status reports the bad one.
name=batch-continues
fresh_out
mkdir "$tmp/batch"
cp "$good" "$dir/bad-luhn.xml" "$tmp/batch/"
"$IOPDOC" agreement -o "$out" "$tmp/batch" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ "$status" -ne 1 ]; then
	fail "$name" "$(describe_status "$status"), expected exit 1"
elif ! common_checks "$name" agreements/sprakvanner-2019.pdf; then
	fail "$name" "$why"
elif ! [ -s "$out/agreements/sprakvanner-2019.pdf" ]; then
	fail "$name" "the good file was not rendered"
elif ! grep -q -F "1 rendered, 1 failed" "$tmp/stderr"; then
	fail "$name" "standard error lacks: 1 rendered, 1 failed"
else
	ok "$name"
fi

# The reviewer findings of issue 12 that need more than one file (FIX).
. "$dir/fix.sh"
# `iopdoc check` counts every file it checked, the failed ones among them:
# two files, one bad, read "2 checked, 1 failed".
name=check-count
"$IOPDOC" check "$good" "$dir/doc-annex-duplicate.xml" >"$tmp/stdout" 2>"$tmp/stderr"
status=$?
if [ "$status" -ne 1 ]; then
	fail "$name" "$(describe_status "$status"), expected exit 1"
elif ! grep -q -F "iopdoc: 2 checked, 1 failed" "$tmp/stderr"; then
	fail "$name" "standard error lacks: iopdoc: 2 checked, 1 failed"
else
	ok "$name"
fi

# The same checks in Swedish, the default language (issue 15): the
# catalogue's Swedish text with its level's Swedish word, and the pieces
# built in code (a date's label, a table's rows, the count at the end).
# LANG=C.UTF-8 is what Debian sets when nobody chose a language.
run_case swedish-luhn 1 "bad-luhn.xml:8: fel: organisationsnummer 212000-0448 för Linköpings kommun har fel kontrollsiffra: sista siffran ska vara 9" \
	env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" check "$dir/bad-luhn.xml"
run_case swedish-date-label 1 "bad-date.xml:15: fel: 2019-02-30 är inget datum som finns (periodens start)" \
	env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$IOPDOC" check "$dir/bad-date.xml"
run_case swedish-table-sum 0 'table-sums.xml:45: varning: tabellen "Deltagare per kommun": totalraden anger 2 000 i kolumnen "Antal", raderna blir sammanlagt 1 980' \
	env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 "$IOPDOC" check "$dir/table-sums.xml"
run_case swedish-table-no-figure 0 'table-sums.xml:40: anmärkning: tabellen "Deltagare per kommun": kolumnen "Bidrag" summeras inte för summaraden för "Norr": rad 40 säger "ca 40 000 kr", vilket inte är något tal' \
	env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" check "$dir/table-sums.xml"
run_case swedish-malformed-tags 1 "malformed-inline-unclosed.xml:22: fel: felaktig XML: </p> avslutar <strong> på rad 22: skriv </strong>, eller lägg till sluttaggarna som saknas före den" \
	env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" check "$dir/malformed-inline-unclosed.xml"
run_case swedish-malformed-entity 1 "malformed-nbsp.xml:22: fel: felaktig XML: &nbsp; finns inte i XML: skriv tecknet självt, eller dess nummer (&#160; för ett hårt mellanslag); XML känner bara &amp; &lt; &gt; &quot; &apos;" \
	env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" check "$dir/malformed-nbsp.xml"
run_case swedish-check-count 1 "iopdoc: 2 kontrollerade, 1 misslyckade" \
	env -u LC_ALL -u LC_MESSAGES -u LANG "$IOPDOC" check "$good" "$dir/bad-luhn.xml"
# and English again with IOPDOC_LANG=en, whatever the locale
run_case english-iopdoc-lang 1 "bad-luhn.xml:8: error: organisationsnummer 212000-0448 of Linköpings kommun has a wrong check digit: the last digit should be 9" \
	env -u LC_ALL LANG=sv_SE.UTF-8 IOPDOC_LANG=en "$IOPDOC" check "$dir/bad-luhn.xml"

echo "bad inputs: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
