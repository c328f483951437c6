#!/bin/sh
# Every message of the catalogue (iopdoc --list-messages) is documented in
# README.md, in backticks, with what to do about it.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
IOPDOC=${IOPDOC:-./iopdoc}
passed=0
failed=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM
"$IOPDOC" --list-messages | sed 's/^[a-z]*: //' >"$tmp"
while IFS= read -r msg; do
	if grep -qF -- "| \`$msg\` |" README.md; then
		passed=$((passed + 1))
	else
		echo "FAIL: not documented in README.md: $msg"
		failed=$((failed + 1))
	fi
done <"$tmp"
echo "documented messages: $passed passed, $failed failed"
[ $failed = 0 ]
