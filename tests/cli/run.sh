#!/bin/sh
# The command line (issue 15): every mistake is named in one line on
# standard error, followed by the line pointing to the help, with exit
# status 2 and nothing on standard output; help goes to standard output
# with exit status 0; each command takes exactly the options its help
# lists; a short option means one thing in every command; the old
# spellings still work; the bash completion offers what the help lists.
# Run from the top of the source tree:
#
#   sh tests/cli/run.sh                               # tests ./iopdoc
#   IOPDOC=build/asan/iopdoc sh tests/cli/run.sh      # what `make cli` does
#
# The program runs in an empty folder, so that a mistake let through
# finds no input/ to read and writes nothing anywhere.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG

IOPDOC=${IOPDOC:-./iopdoc}
case $IOPDOC in /*) ;; *) IOPDOC=$(pwd)/$IOPDOC ;; esac
top=$(pwd)
passed=0
failed=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-cli.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM
mkdir "$tmp/run" "$tmp/empty"

ok() { passed=$((passed + 1)); }
fail() { echo "FAIL: $1: $2"; failed=$((failed + 1)); }

# No sanitizer report, no crash.
clean() {
	! grep -q -e 'ERROR: AddressSanitizer' -e 'runtime error:' -e 'LeakSanitizer' "$1"
}

# iopdoc ARGS in the empty folder, in English: $tmp/out, $tmp/err, $st.
run() {
	(cd "$tmp/run" && LC_ALL=C "$IOPDOC" "$@") >"$tmp/out" 2>"$tmp/err"
	st=$?
}

# mistake NAME CMD 'LINE' ARGS...: exit 2, nothing on standard output,
# standard error exactly LINE and the hint naming CMD's help ("-": the
# overview's).
mistake() {
	name=$1 cmd=$2 want=$3
	shift 3
	if [ "$cmd" = - ]; then
		hint="Run 'iopdoc help' for help."
	else
		hint="Run 'iopdoc help $cmd' for help."
	fi
	printf '%s\n%s\n' "$want" "$hint" >"$tmp/want"
	run "$@"
	if [ "$st" -ne 2 ]; then
		fail "$name" "exit $st, expected 2: $(head -n 3 "$tmp/err")"
	elif [ -s "$tmp/out" ]; then
		fail "$name" "standard output not empty: $(head -n 3 "$tmp/out")"
	elif ! cmp -s "$tmp/want" "$tmp/err"; then
		fail "$name" "standard error is: $(cat "$tmp/err")"
	else
		ok
	fi
}

# --- every mistake, its exact line ------------------------------------

mistake no-command - "iopdoc: name a command: agreement, followup, report, check, build, due or new"
mistake unknown-command - "iopdoc: unknown command 'agreemnt' (did you mean 'agreement'?)" \
	agreemnt avtal.xml
mistake unknown-command-transposed - "iopdoc: unknown command 'folowup' (did you mean 'followup'?)" \
	folowup f.xml
mistake unknown-command-prefix - "iopdoc: unknown command 'rep' (did you mean 'report'?)" rep --all
mistake unknown-command-swedish - "iopdoc: unknown command 'rapport' (did you mean 'report'?)" rapport
mistake unknown-command-help - "iopdoc: unknown command 'hjälp' (did you mean 'help'?)" hjälp
mistake unknown-command-nothing-near - "iopdoc: unknown command 'frobnicate'" frobnicate
mistake help-unknown-command - "iopdoc: unknown command 'agremeent' (did you mean 'agreement'?)" \
	help agremeent
mistake unknown-option-before-command - "iopdoc: unknown option '--frob'" --frob
mistake unknown-option agreement "iopdoc: unknown option '--foo'" agreement --foo avtal.xml
mistake unknown-option-value agreement "iopdoc: unknown option '--foo'" agreement --foo=1 avtal.xml
mistake unknown-short-option agreement "iopdoc: unknown option '-x'" agreement -x avtal.xml
mistake unknown-short-option-utf8 agreement "iopdoc: unknown option '-vö'" agreement -vö avtal.xml
mistake unknown-option-meant build "iopdoc: unknown option '--forse' (did you mean '--force'?)" \
	build --forse
mistake unknown-option-meant-value build "iopdoc: unknown option '--log-fromat' (did you mean '--log-format'?)" \
	build --log-fromat=json
mistake other-commands-option agreement "iopdoc: --namnd is not an option of agreement (it is one of report)" \
	agreement --namnd n1 avtal.xml
mistake other-commands-short-option agreement "iopdoc: -j is not an option of agreement (it is one of build)" \
	agreement -j 2 avtal.xml
mistake check-writes-nothing check "iopdoc: -o is not an option of check (it is one of agreement)" \
	check -o x.pdf avtal.xml
mistake agreement-input agreement "iopdoc: --input is not an option of agreement (it is one of followup)" \
	agreement --input in avtal.xml
mistake ambiguous build "iopdoc: option '--d' is ambiguous: --dry-run, --due" build --d
mistake missing-value agreement "iopdoc: -o needs a value (OUT)" agreement avtal.xml -o
mistake missing-value-long report "iopdoc: --namnd needs a value (ID)" report --year 2023 --namnd
mistake missing-value-jobs build "iopdoc: -j needs a value (N)" build -j
mistake missing-log-format build "iopdoc: --log-format needs a value (json|text)" build --log-format
mistake unwanted-value build "iopdoc: --force takes no value, not 'yes'" build --force=yes
mistake jobs-zero build "iopdoc: -j needs a whole number from 1 to 256, not '0'" build -j 0
mistake jobs-zero-joined build "iopdoc: -j needs a whole number from 1 to 256, not '0'" build -j0
mistake jobs-long build "iopdoc: --jobs needs a whole number from 1 to 256, not '300'" build --jobs=300
mistake jobs-not-a-number build "iopdoc: -j needs a whole number from 1 to 256, not 'four'" build -j four
mistake job-timeout build "iopdoc: --job-timeout needs a whole number from 1 to 86400, not '0'" \
	build --job-timeout 0
mistake due-days build "iopdoc: --due needs a whole number from 0 to 3660, not '99999'" build --due=99999
mistake year report "iopdoc: --year needs a whole number from 1900 to 2200, not '23'" \
	report --namnd n1 --year 23
mistake within due "iopdoc: --within needs a whole number from 0 to 3660, not '-1'" due --within -1
mistake today due "iopdoc: --today needs a date YYYY-MM-DD that exists, not '2026-02-30'" \
	due --today 2026-02-30
mistake log-format build "iopdoc: --log-format needs json or text, not 'xml'" build --log-format xml
mistake log-format-joined build "iopdoc: --log-format needs json or text, not 'JSON'" build --log-format=JSON
mistake due-format due "iopdoc: --format needs text or csv, not 'xls'" due --format xls
mistake control-character build "iopdoc: --log-format needs json or text, not 'a\\x09b'" \
	build --log-format "$(printf 'a\tb')"
mistake report-which report "iopdoc: report needs --namnd ID and --year YEAR, or --all" report
mistake report-year-alone report "iopdoc: --year needs --namnd ID: the nämnd whose report it is" \
	report --year 2023
mistake report-namnd-alone report "iopdoc: --namnd needs --year YEAR: the year the report is about" \
	report --namnd n1
mistake report-all-and-year report \
	"iopdoc: --all makes every nämnd's report of every year: leave out --namnd and --year, or --all" \
	report --all --year 2023
mistake quiet-verbose build "iopdoc: --quiet and --verbose cannot be used together" build -q -v
mistake due-json build "iopdoc: --due prints text and would break the JSON log: run 'iopdoc due' apart" build --due --log-format=json
mistake no-files agreement "iopdoc: agreement needs a file or folder to read" agreement -o x.pdf
mistake no-files-followup followup "iopdoc: followup needs a file or folder to read" followup -v
mistake no-files-check check "iopdoc: check needs a file or folder to read" check --strict
mistake no-files-after-dashes check "iopdoc: check needs a file or folder to read" check --
mistake build-files build "iopdoc: build takes no files, not 'input': name the folder with --input DIR" \
	build input
mistake build-due-days build "iopdoc: --due takes its days joined to it: --due=7" build --due 7
mistake new-which new "iopdoc: new needs the document to write: agreement, followup or report" new
mistake new-which-force new "iopdoc: new needs the document to write: agreement, followup or report" new --force
mistake new-kind new "iopdoc: new writes an agreement, followup or report, not 'minutes'" new minutes m.xml
mistake new-kind-swedish new "iopdoc: new writes an agreement, followup or report, not 'avtal' (did you mean 'agreement'?)" \
	new avtal a.xml
mistake new-kind-misspelt new "iopdoc: new writes an agreement, followup or report, not 'folowup' (did you mean 'followup'?)" \
	new folowup
mistake new-two-files new "iopdoc: new writes one file, not 'b.xml' too" new agreement a.xml b.xml
mistake new-other-commands-option new "iopdoc: -o is not an option of new (it is one of agreement)" \
	new agreement -o a.xml
mistake unknown-command-swedish-new - "iopdoc: unknown command 'ny' (did you mean 'new'?)" ny agreement

# The messages in Swedish under a Swedish locale (LC_ALL, else
# LC_MESSAGES, else LANG), with the same exit status.
swedish() {
	name=$1 want=$2
	shift 2
	(cd "$tmp/run" && env -u LC_ALL -u LC_MESSAGES LANG=sv_SE.UTF-8 "$IOPDOC" "$@") \
	    >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ "$st" -ne 2 ] || [ -s "$tmp/out" ] || [ "$(cat "$tmp/err")" != "$want" ]; then
		fail "swedish $name" "exit $st: $(cat "$tmp/err")"
	else
		ok
	fi
}
swedish unknown-command "iopdoc: okänt kommando 'agreemnt' (menade du 'agreement'?)
Skriv 'iopdoc help' för hjälp." agreemnt
swedish jobs "iopdoc: -j behöver ett heltal från 1 till 256, inte '0'
Skriv 'iopdoc help build' för hjälp." build -j 0
swedish report "iopdoc: --year behöver --namnd ID: nämnden vars rapport det är
Skriv 'iopdoc help report' för hjälp." report --year 2023

# No files named and no input/ where the command runs (a user's own
# folder, no config file): one line saying what to name, exit status 3,
# not the system's bare "No such file or directory".
for cmd in due "report --all"; do
	run $cmd
	if [ "$st" -eq 3 ] && clean "$tmp/err" &&
	    grep -qxF "iopdoc: error: no files were named, and the folder read by default, input, does not exist: name the files or folders to read, or one with --input DIR, or write input = FOLDER under [build] in the config file (iopdoc.conf(5))" "$tmp/err" &&
	    ! grep -q 'No such file' "$tmp/err"; then ok; else
		fail "no default input: $cmd" "exit $st: $(cat "$tmp/err")"; fi
done

# A report file checked alone, where no agreement is read with it: said
# as what to name, not as an unknown nämnd among "none".
cat >"$tmp/run/rapport.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<namnd-report namnd="vikby-socialnamnden" year="2025">
  <diarienummer>SN 2026/0007</diarienummer>
</namnd-report>
XML
run check rapport.xml
if [ "$st" -eq 1 ] && clean "$tmp/err" &&
    grep -qxF "rapport.xml:2: error: no agreement was read with the report file, so its nämnd \"vikby-socialnamnden\" cannot be found: name the agreements too (iopdoc check rapport.xml avtal.xml ...), or their folder with --input DIR" "$tmp/err" &&
    ! grep -q 'none' "$tmp/err"; then ok; else
	fail "report file alone" "exit $st: $(cat "$tmp/err")"; fi
rm -f "$tmp/run/rapport.xml"

# The language (issue 15): Swedish by default, also under Debian's
# C.UTF-8; English under C, POSIX or another language; IOPDOC_LANG
# wins.  Checked on a command-line message, on one of the catalogue's
# (with its level's word) and on --list-messages.
language() {
	name=$1 lang=$2
	shift 2
	(cd "$tmp/run" && env -u LC_ALL -u LC_MESSAGES -u LANG -u IOPDOC_LANG "$@" \
	    "$IOPDOC" check --frobnicate) >"$tmp/out" 2>"$tmp/err"
	st=$?
	(cd "$tmp/run" && env -u LC_ALL -u LC_MESSAGES -u LANG -u IOPDOC_LANG "$@" \
	    "$IOPDOC" check saknas.xml) >"$tmp/out2" 2>"$tmp/err2"
	st2=$?
	(cd "$tmp/run" && env -u LC_ALL -u LC_MESSAGES -u LANG -u IOPDOC_LANG "$@" \
	    "$IOPDOC" --list-messages) >"$tmp/list" 2>&1
	if [ "$lang" = sv ]; then
		want="iopdoc: okänd flagga '--frobnicate'
Skriv 'iopdoc help check' för hjälp."
		want2="iopdoc: fel: kan inte läsa saknas.xml: "
		listed='varning: ingen part har role="public": en IOP ingås med en kommun eller region'
	else
		want="iopdoc: unknown option '--frobnicate'
Run 'iopdoc help check' for help."
		want2="iopdoc: error: cannot read saknas.xml: "
		listed='warning: no party has role="public": an IOP is made with a kommun or region'
	fi
	if [ "$st" -ne 2 ] || [ "$(cat "$tmp/err")" != "$want" ]; then
		fail "language $name" "exit $st: $(cat "$tmp/err")"
	elif [ "$st2" -ne 3 ] || [ "$(head -c ${#want2} "$tmp/err2")" != "$want2" ]; then
		fail "language $name" "exit $st2: $(cat "$tmp/err2")"
	elif ! grep -qxF "$listed" "$tmp/list"; then
		fail "language $name" "--list-messages lacks: $listed"
	else
		ok
	fi
}
language unset sv
language c-utf8 sv LANG=C.UTF-8
language c-utf8-lower sv LANG=C.utf8
language swedish sv LANG=sv_SE.UTF-8
language lc-all-c en LC_ALL=C
language lc-all-c-over-swedish en LC_ALL=C LANG=sv_SE.UTF-8
language posix en LC_ALL=POSIX
language english en LANG=en_GB.UTF-8
language german en LANG=de_DE
language lc-messages-c en LC_MESSAGES=C LANG=sv_SE.UTF-8
language lc-messages-sv sv LC_MESSAGES=sv_SE.UTF-8 LANG=en_GB.UTF-8
language iopdoc-lang-en en IOPDOC_LANG=en LANG=sv_SE.UTF-8
language iopdoc-lang-en-default en IOPDOC_LANG=en
language iopdoc-lang-sv sv IOPDOC_LANG=sv LC_ALL=C

# Every message of the table is in --list-messages (and so, by
# tests/docs.sh, in README), the Swedish of each has as many % as the
# English (checked in the source: the table keeps them side by side).
run --list-messages
if [ "$st" -eq 0 ] && [ "$(grep -c '^usage: ' "$tmp/out")" -ge 20 ] &&
    grep -qF "usage: unknown command '%s' (did you mean '%s'?)" "$tmp/out"; then
	ok
else
	fail "list-messages" "exit $st, $(grep -c '^usage: ' "$tmp/out") command-line messages"
fi
if awk '
	/^static const struct \{/ { on = 1 }
	on && /^};/ { on = 0 }
	on && /^\t\[CLI_/ { want = 1; next }
	on && want && /^\t\t"/ {
		n = gsub(/%/, "%")
		if (side == 0) { en = n; side = 1 } else { if (n != en) bad++; side = 0; want = 0 }
	}
	END { exit bad > 0 }' "$top/src/cli.c"; then
	ok
else
	fail "swedish and english placeholders" "a message of src/cli.c has another count of % in Swedish"
fi

# --- help ----------------------------------------------------------

for args in "--help" "-h" "help"; do
	# shellcheck disable=SC2086
	run $args
	if [ "$st" -ne 0 ] || [ -s "$tmp/err" ] || ! head -n 1 "$tmp/out" | grep -q '^usage: iopdoc COMMAND'; then
		fail "iopdoc $args" "exit $st: $(head -n 2 "$tmp/err")"
		continue
	fi
	missing=
	for cmd in agreement followup report check build due new; do
		grep -q "^  $cmd " "$tmp/out" || missing="$missing $cmd"
	done
	if [ -n "$missing" ]; then fail "iopdoc $args" "the overview lacks$missing"; else ok; fi
done

run --version
if [ "$st" -eq 0 ] && grep -q '^iopdoc [0-9]' "$tmp/out" && [ ! -s "$tmp/err" ]; then ok; else
	fail "--version" "exit $st"; fi

: >"$tmp/pairs"
: >"$tmp/all-options"
for cmd in agreement followup report check build due new; do
	run help "$cmd"
	cp "$tmp/out" "$tmp/help-$cmd"
	if [ "$st" -ne 0 ] || [ -s "$tmp/err" ] || ! head -n 1 "$tmp/out" | grep -q "^usage: iopdoc $cmd "; then
		fail "help $cmd" "exit $st: $(head -n 2 "$tmp/err")"
		continue
	fi
	ok
	# the same help however asked, even beside a mistake
	for args in "$cmd --help" "$cmd -h" "$cmd --frobnicate --help" "--help $cmd"; do
		# shellcheck disable=SC2086
		run $args
		if [ "$st" -eq 0 ] && [ ! -s "$tmp/err" ] && cmp -s "$tmp/out" "$tmp/help-$cmd"; then ok; else
			fail "iopdoc $args" "exit $st, not the help of 'iopdoc help $cmd'"; fi
	done
	# option lines: "  -v, --verbose  ..." or "      --input DIR  ..."
	sed -n 's/^  [- ][a-z ][, ] \(--[a-z-]*\).*/\1/p' "$tmp/help-$cmd" | sort -u >"$tmp/opts-$cmd"
	sed -n 's/^  \(-[a-z]\), \(--[a-z-]*\).*/\1 \2/p' "$tmp/help-$cmd" >>"$tmp/pairs"
	cat "$tmp/opts-$cmd" >>"$tmp/all-options"
done
sort -u "$tmp/all-options" -o "$tmp/all-options"

# The help's language follows the messages' (issue 15): Swedish by
# default, English under LC_ALL=C, on standard output with exit status
# 0 either way.  help_in LANG ARGS...: $tmp/out, $tmp/err, $st.
help_in() {
	lang=$1
	shift
	if [ "$lang" = sv ]; then
		(cd "$tmp/run" && env -u LC_ALL -u LC_MESSAGES -u LANG -u IOPDOC_LANG "$IOPDOC" "$@")
	else
		(cd "$tmp/run" && env -u LC_MESSAGES -u LANG -u IOPDOC_LANG LC_ALL=C "$IOPDOC" "$@")
	fi >"$tmp/out" 2>"$tmp/err"
	st=$?
}
# help_lang NAME LANG 'LINE' ARGS...: exit 0, nothing on standard error,
# the first line usage's in LANG, LINE a line of it, and no line of the
# other language's headers and sentences.
help_lang() {
	name=$1 lang=$2 line=$3
	shift 3
	help_in "$lang" "$@"
	if [ "$lang" = sv ]; then
		first='^användning: iopdoc ' other='^usage: \|^commands:$\|^options:$\|this help\|lists a command\|ends the options\|takes no files'
	else
		first='^usage: iopdoc ' other='^användning: \|^kommandon:$\|^flaggor:$\|hjälpen\|kommandos flaggor\|avslutar flaggorna\|tar inga filer'
	fi
	if [ "$st" -ne 0 ] || [ -s "$tmp/err" ]; then
		fail "help in $lang: $name" "exit $st: $(head -n 2 "$tmp/err")"
	elif ! head -n 1 "$tmp/out" | grep -q "$first"; then
		fail "help in $lang: $name" "begins: $(head -n 1 "$tmp/out")"
	elif ! grep -qxF -- "$line" "$tmp/out"; then
		fail "help in $lang: $name" "lacks the line: $line"
	elif grep -q "$other" "$tmp/out"; then
		fail "help in $lang: $name" "has the other language: $(grep "$other" "$tmp/out" | head -n 1)"
	else
		ok
	fi
}
help_lang overview sv "'iopdoc help KOMMANDO' eller 'iopdoc KOMMANDO --help' visar ett kommandos flaggor." help
help_lang overview en "'iopdoc help COMMAND' or 'iopdoc COMMAND --help' lists a command's options." help
help_lang overview-option sv "kommandon:" --help
help_lang build sv "build tar inga filer: --input anger mappen som läses." help build
help_lang build en "build takes no files: --input names the folder it reads." help build
help_lang new sv "Flaggor och filer får komma i vilken ordning som helst; -- avslutar flaggorna." new --help
help_lang new en "Options and files may come in any order; -- ends the options." new --help
help_lang new-force sv "      --force                  skriv över FIL om den redan finns" new --help
help_lang report-year sv "      --year ÅR                kalenderåret som rapporten gäller (1900-2200)" report -h

# Both languages list the same options, in the same order, each with a
# value or without, for every command: the option column without the
# value's name (FILE is FIL in Swedish).
option_column() {
	sed -n -e 's/^  \(...\) \(--[a-z-]*\) [^ ].*/\1 \2 VALUE/p' -e t \
	    -e 's/^  \(...\) \(--[a-z-]*\)\[=.*/\1 \2[=VALUE]/p' -e t \
	    -e 's/^  \(...\) \(--[a-z-]*\)  .*/\1 \2/p' "$1"
}
for cmd in agreement followup report check build due new; do
	help_in en help "$cmd"
	option_column "$tmp/out" >"$tmp/col-en"
	help_in sv help "$cmd"
	option_column "$tmp/out" >"$tmp/col-sv"
	cp "$tmp/out" "$tmp/help-sv"
	help_in sv "$cmd" --help
	if [ ! -s "$tmp/col-en" ] || [ "$(wc -l <"$tmp/col-en")" -ne "$(grep -c '^  [- ][a-z ][, ] --' "$tmp/help-$cmd")" ]; then
		fail "help $cmd in both languages" "the option column of the English help not read"
	elif ! cmp -s "$tmp/col-en" "$tmp/col-sv"; then
		fail "help $cmd in both languages" "$(diff "$tmp/col-en" "$tmp/col-sv" | grep '^[<>]' | tr '\n' ' ')"
	elif [ "$st" -ne 0 ] || ! cmp -s "$tmp/out" "$tmp/help-sv"; then
		fail "help $cmd in both languages" "'iopdoc $cmd --help' is not 'iopdoc help $cmd' in Swedish"
	else
		ok
	fi
done

# One meaning per short option: each letter stands for one long option
# in every command's help (-v is --verbose wherever it is taken).
sort -u "$tmp/pairs" >"$tmp/pairs-u"
if [ -s "$tmp/pairs-u" ] && [ "$(cut -d' ' -f1 "$tmp/pairs-u" | uniq -d)" = "" ] &&
    grep -qx -- '-v --verbose' "$tmp/pairs-u" && grep -qx -- '-o --output' "$tmp/pairs-u"; then
	ok
else
	fail "one meaning per short option" "$(tr '\n' ';' <"$tmp/pairs-u")"
fi

# Each command takes exactly the options its help lists: every option
# of its help is taken (a value-taking one asks for its value), every
# other command's option is refused by name.
for cmd in agreement followup report check build due new; do
	while IFS= read -r opt; do
		run "$cmd" "$opt"
		clean "$tmp/err" || fail "$cmd $opt" "sanitizer report"
		if grep -q -e "^iopdoc: unknown option" -e "is not an option of" -e "is ambiguous" "$tmp/err"; then
			taken=no
		else
			taken=yes
		fi
		if grep -qx -- "$opt" "$tmp/opts-$cmd"; then want=yes; else want=no; fi
		if [ "$taken" = "$want" ]; then ok; else
			fail "$cmd $opt" "taken: $taken, in its help: $want ($(head -n 1 "$tmp/err"))"; fi
	done <"$tmp/all-options"
done

# --- the old spellings still work (exit 3: the input folder is empty) --

old() {
	name=$1
	shift
	run "$@"
	if [ "$st" -ne 2 ] && clean "$tmp/err"; then ok; else
		fail "old spelling $name" "exit $st: $(head -n 1 "$tmp/err")"; fi
}
old log-format-joined build --log-format=json --input "$tmp/empty" -o "$tmp/o1"
old log-format-apart build --log-format json --input "$tmp/empty" -o "$tmp/o2"
old jobs-joined build -j4 --input "$tmp/empty" -o "$tmp/o3"
old jobs-long build --jobs 4 --dry-run --input "$tmp/empty" -o "$tmp/o4"
old due-joined build --due=5 -q --input "$tmp/empty" -o "$tmp/o5"
old output-long build --output "$tmp/o6" --input "$tmp/empty"
old template-short agreement -t "$top/templates/default.ini" "$tmp/empty"
old template-abbreviated agreement --templ "$top/templates/default.ini" "$tmp/empty"
old format-joined due --format=csv --today 2026-01-01 --within 5 "$tmp/empty"
old options-after-files report "$tmp/empty" --year 2023 --namnd n1 -v
old dash-file check -- "$tmp/empty"

# --- bash completion ------------------------------------------------

comp="$top/contrib/bash-completion/iopdoc"
if ! command -v bash >/dev/null 2>&1; then
	echo "SKIP: bash completion (no bash)"
else
	# complete WORDS...: what the completion offers for the last word,
	# sorted, one a line, in $tmp/comp.
	complete_words() {
		(cd "$tmp/files" && bash -c '
			. "$1"; shift
			COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
			_iopdoc; [ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"' sh "$comp" "$@") | sort >"$tmp/comp"
	}
	offers() {
		name=$1 want=$2
		shift 2
		complete_words "$@"
		if [ "$(tr '\n' ' ' <"$tmp/comp")" = "$want" ]; then ok; else
			fail "completion $name" "offers '$(tr '\n' ' ' <"$tmp/comp")', expected '$want'"; fi
	}
	mkdir -p "$tmp/files/sub" "$tmp/files/other"
	: >"$tmp/files/avtal.xml"
	: >"$tmp/files/notes.txt"
	: >"$tmp/files/mall.ini"
	offers command "agreement " iopdoc ag
	offers commands "followup " iopdoc f
	offers help-topic "build " iopdoc help bu
	offers new-document "agreement " iopdoc new ag
	offers new-documents "agreement followup report " iopdoc new ""
	offers new-file "avtal.xml other sub " iopdoc new agreement ""
	offers long-option "--log-format " iopdoc build --lo
	offers log-format "json text " iopdoc build --log-format ""
	offers log-format-joined "--log-format=json " iopdoc build --log-format=j
	offers due-format "csv text " iopdoc due --format ""
	offers files "avtal.xml other sub " iopdoc agreement ""
	offers input-folders "other sub " iopdoc followup --input ""
	offers template "mall.ini other sub " iopdoc check -t ""
	offers build-no-files "" iopdoc build ""
	# every command's options are its help's, no more and no fewer
	for cmd in agreement followup report check build due new; do
		complete_words iopdoc "$cmd" --
		if cmp -s "$tmp/comp" "$tmp/opts-$cmd"; then ok; else
			fail "completion $cmd options" "$(diff "$tmp/opts-$cmd" "$tmp/comp" | grep '^[<>]' | tr '\n' ' ')"; fi
	done
fi

echo "command line: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
