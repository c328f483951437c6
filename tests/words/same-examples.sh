#!/bin/sh
# Proves the reader's words of enumerated values change no existing
# document: builds OLD (default: the commit before the words came, given
# as an argument) from `git archive`, renders every agreement and
# follow-up and report of examples/ and input/ with it and with ./iopdoc
# (iopdoc build over each folder), and
# compares the PDFs byte for byte.
#
# usage: sh tests/words/same-examples.sh OLD
set -u
old=${1:?usage: sh tests/words/same-examples.sh OLD}
top=$(pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/iopdoc-same.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT INT TERM
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
LC_ALL=C
export LC_ALL

mkdir "$tmp/old" || exit 3
git archive "$old" | tar -x -C "$tmp/old" || exit 3
(cd "$tmp/old" && make -s iopdoc >"$tmp/make.log" 2>&1) ||
    { echo "same-examples: $old does not build"; cat "$tmp/make.log"; exit 3; }

same=0
differ=0
# the documents, at one path for both sides (a PDF may name its file)
cp -R examples input "$tmp/" || exit 3
for side in old new; do
	if [ $side = old ]; then bin=$tmp/old/iopdoc; else bin=$top/iopdoc; fi
	mkdir -p "$tmp/$side.pdf" || exit 3
	for dir in examples input; do
		# the nightly build renders agreements, follow-ups and reports
		(cd "$tmp" && "$bin" build --quiet -j 2 --input $dir -o "$side.pdf/$dir") \
		    >"$tmp/$side-$dir.log" 2>&1
	done
done
for p in $(cd "$tmp/old.pdf" && find . -name '*.pdf' | sort); do
	n=${p#./}
	if cmp -s "$tmp/old.pdf/$n" "$tmp/new.pdf/$n"; then
		same=$((same + 1))
	else
		echo "DIFFERS $n"
		differ=$((differ + 1))
	fi
done
for p in $(cd "$tmp/new.pdf" && find . -name '*.pdf' | sort); do
	[ -f "$tmp/old.pdf/${p#./}" ] || { echo "ONLY NEW ${p#./}"; differ=$((differ + 1)); }
done
echo "same-examples: $same identical, $differ differ"
[ "$differ" = 0 ] && [ "$same" -gt 0 ]
