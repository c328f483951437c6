#!/bin/sh
# The manual pages document what the program has, as mandoc renders them:
#  - every message of the catalogue (iopdoc --list-messages, in English)
#    is a tag under DIAGNOSTICS in man/iopdoc.1, and every tag there is a
#    message of the catalogue;
#  - every command of 'iopdoc help', and every long option of its help,
#    is in man/iopdoc.1;
#  - every setting of src/template.c's table is under its section in
#    man/iopdoc-template.5;
#  - every element and attribute of src/schema/iopdoc.xsd is in
#    man/iopdoc-xml.5;
#  - every complete XML example of README.md and the man pages passes
#    'iopdoc check' (follow-ups against their agreements and input/).

# The messages compared here are the English ones (issue 15: Swedish is
# the default): every iopdoc below runs with LC_ALL=C, and IOPDOC_LANG
# would win over it.  The texts are UTF-8 ("…", "–"), so sed and grep
# read them as UTF-8: in C a bracket expression [^’] is bytes.
LC_ALL=C.UTF-8
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

if ! command -v mandoc >/dev/null 2>&1; then
	echo "docs: mandoc is missing (apt-get install mandoc): the manual pages cannot be checked"
	echo "documented: 0 passed, 1 failed"
	exit 1
fi

# mandoc's text as a terminal shows it, without bold or underline and
# without wrapping (width 1000): a tag is one line.
render() {
	LC_ALL=C.UTF-8 mandoc -Tutf8 -O width=1000 "$1" | sed 's/.\x08//g'
}
render man/iopdoc.1 >"$tmp/iopdoc.1.txt"
render man/iopdoc-template.5 >"$tmp/template.5.txt"

# 1. Messages.  A message is a tag line of DIAGNOSTICS: five spaces and the
# text between single quotes, exactly as --list-messages prints it (a tag
# of at most four characters has its description on the same line).
LC_ALL=C "$IOPDOC" --list-messages | sed 's/^[a-z]*: //' >"$tmp/messages"
sed -n '/^DIAGNOSTICS$/,/^[A-Z]/p' "$tmp/iopdoc.1.txt" |
    sed -n -e "s/^     ‘\([^’]*\)’\$/\1/p" \
	-e "s/^     ‘\([^’]\{1,4\}\)’  .*/\1/p" >"$tmp/documented"
[ -s "$tmp/messages" ] || fail "iopdoc --list-messages printed nothing"
while IFS= read -r msg; do
	if grep -qxF -- "$msg" "$tmp/documented"; then
		pass
	else
		fail "message not documented under DIAGNOSTICS in man/iopdoc.1: $msg"
	fi
done <"$tmp/messages"
while IFS= read -r msg; do
	grep -qxF -- "$msg" "$tmp/messages" ||
	    fail "man/iopdoc.1 documents a message the catalogue does not have: $msg"
done <"$tmp/documented"

# 2. Commands and their long options: each command is a tag of
# "Commands" in man/iopdoc.1, and each long option of its help a tag in
# its entry (the lines up to the next command's tag).
LC_ALL=C "$IOPDOC" help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p' >"$tmp/commands"
[ -s "$tmp/commands" ] || fail "iopdoc help lists no commands"
sed -n '/^   Commands$/,/^   [^ ]/p' "$tmp/iopdoc.1.txt" >"$tmp/commands.txt"
while IFS= read -r cmd; do
	awk -v cmd="$cmd" '
		$0 ~ "^     " cmd "( |$)" { on = 1; print; next }
		/^     [a-z]/ { on = 0 }
		on' "$tmp/commands.txt" >"$tmp/entry"
	if [ -s "$tmp/entry" ]; then pass; else
		fail "command not documented under Commands in man/iopdoc.1: $cmd"
	fi
	LC_ALL=C "$IOPDOC" help "$cmd" | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\} *\(--[a-z-]*\).*/\2/p' >"$tmp/options"
	while IFS= read -r opt; do
		if grep -qE -- "^ +(-[a-zA-Z], )?$opt([ =[]|\$)" "$tmp/entry"; then pass; else
			fail "option $opt of $cmd not documented under $cmd in man/iopdoc.1"
		fi
	done <"$tmp/options"
done <"$tmp/commands"

# 3. Template settings: the key is a tag under "The [section] section".
sed -n 's/^[[:space:]]*[SN]("\([a-z]*\)", "\([a-z0-9-]*\)".*/\1 \2/p' src/template.c >"$tmp/settings"
[ -s "$tmp/settings" ] || fail "no settings found in src/template.c"
while read -r sec key; do
	if sed -n "/^   The \[$sec\] section\$/,/^   [^ ]/p" "$tmp/template.5.txt" |
	    grep -q "^     $key\( \|\$\)"; then
		pass
	else
		fail "template setting not documented in man/iopdoc-template.5: [$sec] $key"
	fi
done <"$tmp/settings"

# 4. The schema: every element it names is written <name ...> and every
# attribute name="..." (or quoted as a tag) somewhere in iopdoc-xml(5).
render man/iopdoc-xml.5 >"$tmp/xml.5.txt"
sed -n 's/.*<xs:element name="\([^"]*\)".*/\1/p' src/schema/iopdoc.xsd | sort -u >"$tmp/elements"
sed -n 's/.*<xs:attribute name="\([^"]*\)".*/\1/p' src/schema/iopdoc.xsd | sort -u >"$tmp/attributes"
[ -s "$tmp/elements" ] && [ -s "$tmp/attributes" ] || fail "no elements or attributes found in src/schema/iopdoc.xsd"
while IFS= read -r el; do
	if grep -q "<$el[ >/]" "$tmp/xml.5.txt"; then pass; else
		fail "element of the schema not documented in man/iopdoc-xml.5: <$el>"
	fi
done <"$tmp/elements"
while IFS= read -r att; do
	if grep -q -e "[ <‘]$att=" -e "‘$att’" "$tmp/xml.5.txt"; then pass; else
		fail "attribute of the schema not documented in man/iopdoc-xml.5: $att"
	fi
done <"$tmp/attributes"

# 5. Examples: README's ```xml blocks and the man pages' .Bd -literal
# blocks that are whole documents (they begin with <?xml).
mkdir "$tmp/ex" "$tmp/ex/README.md"
awk -v dir="$tmp/ex/README.md" '
	/^```xml$/ { inblock = 1; n++; file = dir "/readme-" n ".xml"; first = 1; next }
	/^```$/ { inblock = 0; next }
	inblock {
		if (first && $0 !~ /^<\?xml/) { inblock = 0; n--; next }
		first = 0
		print > file
	}' README.md
for page in man/iopdoc.1 man/iopdoc-xml.5 man/iopdoc-template.5; do
	base=$(basename "$page")
	mkdir "$tmp/ex/$base"
	awk -v dir="$tmp/ex/$base" -v base="$base" '
		/^\.Bd -literal/ { inblock = 1; first = 1; next }
		/^\.Ed/ { inblock = 0; next }
		inblock {
			if (first && $0 !~ /^<\?xml/) { inblock = 0; next }
			if (first) { n++; file = dir "/" base "-" n ".xml" }
			first = 0
			line = $0
			sub(/^\\&/, "", line)
			gsub(/\\e/, "\\", line)
			gsub(/\\&/, "", line)
			print line > file
		}' "$page"
done
count=$(ls "$tmp"/ex/*/*.xml 2>/dev/null | wc -l)
if [ "$count" -lt 3 ]; then
	fail "only $count complete XML examples found in README.md and man/ (expected an agreement, a follow-up and a report file at least)"
fi
for f in "$tmp"/ex/*/*.xml; do
	# a follow-up's agreement may be another example of the same page, or
	# one of input/; no message of error or warning level about it
	[ -f "$f" ] || continue
	name=$(basename "$(dirname "$f")"):$(basename "$f")
	if LC_ALL=C "$IOPDOC" check --input "$(dirname "$f")" --input input "$f" >"$tmp/out" 2>&1 &&
	    ! grep -q ': \(error\|warning\): ' "$tmp/out"; then
		pass
	else
		fail "example $name (the document beginning on its page's $(basename "$f" .xml | sed 's/.*-//')th whole example) does not pass iopdoc check:"
		sed 's/^/    /' "$tmp/out"
	fi
done

echo "documented: $passed passed, $failed failed"
[ $failed = 0 ]
