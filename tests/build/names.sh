# Sourced by tests/build/run.sh (it defines IOPDOC, tmp, ok, fail, pdfs):
# one output layout for everyone (issue 11).  The single commands given a
# folder write each PDF under the relative name iopdoc build gives it over
# the same files: agreements/, followups/, reports/, the build's names.
s="$tmp/names"
mkdir -p "$s/in" "$s/one" "$s/all"
cp input/*.xml tests/report/examples/*.xml "$s/in/"
"$IOPDOC" build --quiet --input "$s/in" -o "$s/build" >/dev/null 2>"$s/err"
rc=$?
# one report, one agreement and one follow-up, each by its command into
# the same folder
"$IOPDOC" report --year 2023 --namnd linkoping-arbetsmarknadsnamnden -o "$s/one" "$s/in" 2>>"$s/err"
rc=$((rc + $?))
"$IOPDOC" agreement -o "$s/one" "$s/in/linkoping-rk-sprakvanner.xml" 2>>"$s/err"
rc=$((rc + $?))
"$IOPDOC" followup -o "$s/one" --input "$s/in" "$s/in/linkoping-rk-sprakvanner-partssamtal-2019-10-25.xml" 2>>"$s/err"
rc=$((rc + $?))
want="./agreements/sprakvanner-2019.pdf ./followups/sprakvanner-partssamtal-2019-10-25.pdf ./reports/arbetsmarknadsnamnden-linkopings-kommun-2023.pdf "
missing=
for f in $want; do
	[ -s "$s/build/$f" ] || missing="$missing build:$f"
done
if [ $rc = 0 ] && [ "$(pdfs "$s/one" | tr '\n' ' ')" = "$want" ] && [ -z "$missing" ]; then
	ok "report --year --namnd, agreement and followup into a folder: the names iopdoc build writes"
else
	fail "single commands' names" "exit $rc, wrote $(pdfs "$s/one" | tr '\n' ' ')$missing"; tail -5 "$s/err"
fi
# every document of the folder, by the three commands: the build's tree
"$IOPDOC" agreement -o "$s/all" "$s/in" 2>/dev/null &&
    "$IOPDOC" followup -o "$s/all" "$s/in" 2>/dev/null &&
    "$IOPDOC" report --all -o "$s/all" "$s/in" 2>/dev/null
rc=$?
if [ $rc = 0 ] && [ "$(pdfs "$s/all")" = "$(pdfs "$s/build")" ] && [ "$(pdfs "$s/all" | wc -l)" -ge 19 ]; then
	ok "agreement, followup and report --all over a folder: the same $(pdfs "$s/all" | wc -l) names as iopdoc build"
else
	fail "single commands' tree" "exit $rc; $(diff "$s/all" "$s/build" 2>&1 | head -5)"
fi
# -v names the path written; -o FILE.pdf still names the one PDF
"$IOPDOC" report -v --year 2019 --namnd lund-socialnamnden -o "$s/one" "$s/in" 2>"$s/err"
"$IOPDOC" report --year 2019 --namnd lund-socialnamnden -o "$s/r.pdf" "$s/in" 2>/dev/null
if grep -q "^iopdoc: wrote $s/one/reports/socialnamnden-lunds-kommun-2019.pdf (" "$s/err" &&
    cmp -s "$s/r.pdf" "$s/one/reports/socialnamnden-lunds-kommun-2019.pdf"; then
	ok "-v says the path written; -o FILE.pdf names the one PDF"
else
	fail "report -v / -o FILE.pdf" "$(cat "$s/err")"
fi
