#!/bin/sh
# Proves a speed or size change keeps the documents: renders with two
# programs (built from any two commits) what the reviewers read, and
# compares every PDF and CSV byte for byte.  Quicker than
# tests/same-pdfs.sh (which makes every PDF of `make check`): input/ and
# examples/ built, tests/bad/good-layout-*.xml
# and the report sets of tests/report/.
#
# usage: sh tests/bench/same-output.sh OLD-IOPDOC NEW-IOPDOC [DIR]
#
# Prints each file that differs or exists on one side only and a
# summary line; exit 0 only when all are the same.  DIR (default a
# temporary one, removed) keeps both trees of output.
set -u
[ $# -ge 2 ] || { echo "usage: sh tests/bench/same-output.sh OLD NEW [DIR]" >&2; exit 2; }
top=$(cd "$(dirname "$0")/../.." && pwd)
old=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
new=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
work=${3:-$(mktemp -d)}
[ $# -ge 3 ] || trap 'rm -rf "$work"' EXIT INT TERM
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
cd "$top" || exit 2

render() {	# PROGRAM SIDE
	o=$work/$2
	rm -rf "$o"
	mkdir -p "$o"
	"$1" build --input input -o "$o/input" --quiet >/dev/null 2>&1
	"$1" build --input examples -o "$o/examples" --quiet >/dev/null 2>&1
	mkdir -p "$o/layout"
	"$1" agreement -o "$o/layout" tests/bad/good-layout-*.xml >/dev/null 2>&1
	for d in tests/report/*/; do
		mkdir -p "$o/report/$(basename "$d")"
		"$1" report --all -o "$o/report/$(basename "$d")" "$d" >/dev/null 2>&1
	done
}

render "$old" old
render "$new" new
same=0 differ=0
for f in $( (cd "$work/old" && find . -type f \( -name '*.pdf' -o -name '*.csv' \); \
    cd "$work/new" && find . -type f \( -name '*.pdf' -o -name '*.csv' \)) | sort -u); do
	if [ ! -f "$work/old/$f" ] || [ ! -f "$work/new/$f" ]; then
		echo "only one side: $f"
		differ=$((differ + 1))
	elif cmp -s "$work/old/$f" "$work/new/$f"; then
		same=$((same + 1))
	else
		echo "differs: $f"
		differ=$((differ + 1))
	fi
done
echo "same-output: $same PDFs and CSVs the same, $differ differ"
[ "$differ" -eq 0 ] && [ "$same" -gt 0 ]
