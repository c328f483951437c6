#!/bin/sh
# Proves a refactor keeps the documents: builds two commits in throw-away
# worktrees, makes with each every PDF that `make check` makes (the suites
# keep them in $IOPDOC_TEST_PDFS) and every PDF of `iopdoc build` over
# input/ plus tests/report/examples/, and compares them byte for byte.
#
# usage: sh tests/same-pdfs.sh [OLD [NEW]]   (default: HEAD~1 and HEAD)
#
# Prints each PDF that differs or exists on one side only, and a summary
# line; exit 0 only when every PDF made by both is the same.  A name made
# by one side only is listed (a test added or renamed), not a failure.
# Set SAME_PDFS_KEEP=DIR to keep both trees of PDFs in DIR (DIR/old,
# DIR/new); SAME_PDFS_OLD=DIR takes OLD's PDFs from such a kept DIR/old
# instead of making them again (OLD then only names it).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
old=$(git -C "$top" rev-parse --verify "${1:-HEAD~1}^{commit}") || exit 2
new=$(git -C "$top" rev-parse --verify "${2:-HEAD}^{commit}") || exit 2
work=${SAME_PDFS_KEEP:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${SAME_PDFS_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT INT TERM
# the documents carry their own date unless this is set; one value for both
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH

# A nämnd report prints its sources' paths: both sides are made in the
# same tree path, with the same temporary names (tests/same-pdfs/mktemp).
# The place is fixed (not below $work) so that a kept side made by an
# earlier run (SAME_PDFS_OLD) was made at the same paths; one run at a time.
base=/tmp/iopdoc-same-pdfs
mkdir -p "$base"
exec 9>"$base/lock"
flock -n 9 || { echo "same-pdfs: another run holds $base/lock"; exit 2; }
tree="$base/tree"
mktemp_dir="$base/bin"
mkdir -p "$mktemp_dir"
cp "$top/tests/same-pdfs/mktemp" "$mktemp_dir/mktemp"

make_pdfs() {	# COMMIT SIDE
	rm -rf "$tree" "$work/$2" "$base/tmp" "$base/state"
	mkdir -p "$base/tmp" "$base/state"
	git -C "$top" worktree prune
	mkdir -p "$work/$2/check"
	git -C "$top" worktree add -q --detach "$tree" "$1" || return 1
	# pdf.js for the tag suite, as installed in this checkout
	[ -d "$top/tests/pdfjs/node_modules" ] &&
	    ln -s "$top/tests/pdfjs/node_modules" "$tree/tests/pdfjs/node_modules"
	# older run-all.sh made its own folder for the kept PDFs
	sed -i 's/^IOPDOC_TEST_PDFS=\$(mktemp -d)$/IOPDOC_TEST_PDFS=${IOPDOC_TEST_PDFS:-$(mktemp -d)}/' \
	    "$tree/tests/run-all.sh"
	sed -i 's/; rm -rf "\$IOPDOC_TEST_PDFS"//' "$tree/tests/run-all.sh"
	echo "same-pdfs: $2 = $(git -C "$top" log -1 --format='%h %s' "$1" | cut -c1-70)"
	(cd "$tree" && make -s iopdoc build/asan/iopdoc build/asan/unit build/asan/fuzz-replay \
	    build/asan/fuzz-build-replay >"$work/$2.make.log" 2>&1) || {
		echo "same-pdfs: $2 does not build (see $work/$2.make.log)"; return 1; }
	(cd "$tree" && PATH="$mktemp_dir:$PATH" TMPDIR="$base/tmp" SAME_PDFS_STATE="$base/state" \
	    IOPDOC_TEST_PDFS="$work/$2/check" sh tests/run-all.sh >"$work/$2.check.log" 2>&1)
	echo "same-pdfs: $2 make check: $(tail -n 1 "$work/$2.check.log")"
	rm -rf "$base/build-in"
	mkdir -p "$base/build-in"
	cp "$tree"/input/*.xml "$tree"/tests/report/examples/*.xml "$base/build-in/"
	(cd "$base" && "$tree/iopdoc" build --quiet -j 2 --input build-in -o "$work/$2/build" \
	    >"$work/$2.build.log" 2>&1)
	echo "same-pdfs: $2 iopdoc build: exit $? ($(find "$work/$2/build" -name '*.pdf' | wc -l) PDFs)"
	git -C "$top" worktree remove --force "$tree"
}

if [ -n "${SAME_PDFS_OLD:-}" ]; then
	[ -d "$SAME_PDFS_OLD/check" ] && [ -d "$SAME_PDFS_OLD/build" ] ||
	    { echo "same-pdfs: $SAME_PDFS_OLD has no check/ and build/"; exit 2; }
	rm -rf "$work/old"
	cp -r "$SAME_PDFS_OLD" "$work/old"
	echo "same-pdfs: old = the PDFs kept in $SAME_PDFS_OLD"
else
	make_pdfs "$old" old || exit 2
fi
make_pdfs "$new" new || exit 2

same=0 differ=0 only=0
for side in check build; do
	(cd "$work/old/$side" && find . -name '*.pdf' | sort) >"$work/old.$side.list"
	(cd "$work/new/$side" && find . -name '*.pdf' | sort) >"$work/new.$side.list"
	for f in $(comm -12 "$work/old.$side.list" "$work/new.$side.list"); do
		if cmp -s "$work/old/$side/$f" "$work/new/$side/$f"; then
			same=$((same + 1))
		else
			differ=$((differ + 1))
			echo "differs: $side/${f#./}"
		fi
	done
	for f in $(comm -23 "$work/old.$side.list" "$work/new.$side.list"); do
		only=$((only + 1)); echo "old only: $side/${f#./}"
	done
	for f in $(comm -13 "$work/old.$side.list" "$work/new.$side.list"); do
		only=$((only + 1)); echo "new only: $side/${f#./}"
	done
done
echo "same-pdfs: $same the same, $differ differ, $only on one side only"
[ "$differ" = 0 ] && [ "$same" -gt 0 ]
