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
# Names that meet even with the id appended are numbered in the order of
# the paths, as the build's scan reads them, whatever order the command
# line gives: a.xml (id ag-1) and b.xml (id ag_1, the same slug).
mkdir -p "$s/meet/in"
sed 's/id="linkoping-rk-sprakvanner"/id="ag-1"/' input/linkoping-rk-sprakvanner.xml >"$s/meet/in/a.xml"
sed 's/id="linkoping-rk-sprakvanner"/id="ag_1"/; s|<subtitle>|<subtitle>B: |' \
    input/linkoping-rk-sprakvanner.xml >"$s/meet/in/b.xml"
"$IOPDOC" build --quiet --input "$s/meet/in" -o "$s/meet/build" >/dev/null 2>&1
"$IOPDOC" agreement -o "$s/meet/cmd" "$s/meet/in/b.xml" "$s/meet/in/a.xml" 2>/dev/null
same=0
for f in $(pdfs "$s/meet/build" | grep agreements/); do
	cmp -s "$s/meet/build/$f" "$s/meet/cmd/$f" && same=$((same + 1))
done
if [ "$same" = 2 ] && [ "$(pdfs "$s/meet/cmd")" = "$(pdfs "$s/meet/build" | grep agreements/)" ] &&
    ! cmp -s "$s/meet/build/agreements/sprakvanner-2019-ag-1.pdf" "$s/meet/build/agreements/sprakvanner-2019-ag-1-2.pdf"; then
	ok "names that meet are numbered as the build numbers them, whatever the order given"
else
	fail "numbered names" "$same of 2 the same; the command wrote $(pdfs "$s/meet/cmd" | tr '\n' ' ')"
fi
# The build's nämnd reports are the report command's, byte for byte: the
# build hands a report job the follow-ups it needs, and a report uses
# every follow-up of its agreements dated up to its year (the outcomes of
# earlier years, "Utfall per år").  examples/ and Vallby hold agreements
# of three and four years with follow-ups of their first year;
# tests/report/delad agreements several nämnder share, each in every
# named nämnd's reports (Vallby's arbetsmarknadsnämnd has agreements in
# both folders).
mkdir -p "$s/same/in/ex" "$s/same/in/vallby" "$s/same/in/delad"
cp examples/*.xml "$s/same/in/ex/"
cp tests/report/vallby/*.xml "$s/same/in/vallby/"
cp tests/report/delad/*.xml "$s/same/in/delad/"
SOURCE_DATE_EPOCH=1700000000 "$IOPDOC" build --quiet --input "$s/same/in" -o "$s/same/build" >/dev/null 2>&1
# (the folders in name order, as the build reads them: a report lists
# its agreements in the order read)
SOURCE_DATE_EPOCH=1700000000 "$IOPDOC" report --all -o "$s/same/cmd" "$s/same/in/delad" "$s/same/in/ex" \
    "$s/same/in/vallby" 2>/dev/null
n=0
differ=
for f in $(pdfs "$s/same/cmd"); do
	n=$((n + 1))
	cmp -s "$s/same/build/$f" "$s/same/cmd/$f" || differ="$differ $f"
done
shared=$(pdfs "$s/same/cmd" | grep -c -e socialnamnden-bruksby -e socialnamnden-vallby)
if [ "$n" -ge 20 ] && [ "$shared" = 7 ] && [ -z "$differ" ] &&
    [ "$(pdfs "$s/same/cmd")" = "$(pdfs "$s/same/build" | grep reports/)" ]; then
	ok "iopdoc build's $n nämnd reports are iopdoc report --all's, byte for byte"
else
	fail "build's reports against report --all" "$n made, $shared of 7 shared nämnder's; differ:$differ"
fi
