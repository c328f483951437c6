# The build's cache of routing summaries (src/plan.c), sourced by
# tests/build/run.sh (ok, fail, $tmp, $IOPDOC).  Each step changes the
# tree, then a build that reads only what the cache says changed must say
# and plan exactly what a build that reads every file says and plans (the
# same record without its summaries); a real build then moves on.
c="$tmp/cache"
mkdir -p "$c/in"
cp input/*.xml tests/report/examples/*.xml "$c/in/"
# an outcome that names a delmål another follow-up sets
sed -i 's/goal="deltagare">Antal deltagare januari/goal="exempel-ikf-delmal-deltagare-2024">Antal deltagare januari/' \
    "$c/in/exempel-ikf-dialogmote-2024-06.xml"
"$IOPDOC" build --input "$c/in" -o "$c/out" >/dev/null 2>&1

# step NAME [PATTERN the incremental run's messages must hold]
step() {
	rm -rf "$c/all"
	cp -r "$c/out" "$c/all"
	sed -i '/^sum	/d' "$c/all/.iopdoc-manifest"
	"$IOPDOC" build --input "$c/in" -o "$c/out" --dry-run $opts >"$c/warm.out" 2>"$c/warm.err"
	rw=$?
	"$IOPDOC" build --input "$c/in" -o "$c/all" --dry-run $opts >"$c/all.out" 2>"$c/all.err"
	ra=$?
	sed -i "s|$c/all|$c/out|g" "$c/all.out" "$c/all.err"
	if [ $rw = $ra ] && cmp -s "$c/warm.out" "$c/all.out" && cmp -s "$c/warm.err" "$c/all.err" &&
	    { [ -z "$2" ] || grep -q -- "$2" "$c/warm.err"; }; then
		ok "cache: $1: the messages and plan of a full read (exit $rw)"
	else
		fail "cache: $1" "exit $rw / $ra"
		diff "$c/all.out" "$c/warm.out" | head -5
		diff "$c/all.err" "$c/warm.err" | head -10
	fi
	"$IOPDOC" build --input "$c/in" -o "$c/out" $opts >/dev/null 2>&1
}
opts=

step "nothing changed"
sed -i 's/<period from="2019-01-01" to="2019-06-30"/<period from="2019-04-01" to="2019-06-30"/' "$c/in/lund-kompis-sverige.xml"
step "an agreement's period moved: its follow-up, not changed, is checked again" \
    "exempel-kompis-styrgrupp-2019-03.xml:.*before the agreement's period begins"
sed -i 's/<period from="2019-04-01" to="2019-06-30"/<period from="2019-01-01" to="2019-06-30"/' "$c/in/lund-kompis-sverige.xml"
step "the period put back"
cp "$c/in/linkoping-rk-sprakvanner.xml" "$c/in/zz-copy.xml"
step "a copy of an agreement after it" "zz-copy.xml:.*is also used by"
rm "$c/in/zz-copy.xml"
cp "$c/in/linkoping-rk-sprakvanner.xml" "$c/in/aa-copy.xml"
step "the copy before it: the agreement not changed has the error" \
    "linkoping-rk-sprakvanner.xml:.*is also used by .*aa-copy.xml"
rm "$c/in/aa-copy.xml"
step "the copy removed: the agreement is mended"
sed 's/id="exempel-kompis-styrgrupp-2019-03"/id="exempel-stadsmission-dialogmote-2022-11"/' \
    "$c/in/exempel-kompis-styrgrupp-2019-03.xml" >"$c/in/a0-fu.xml"
step "a follow-up of another agreement takes the id of one not changed" \
    "exempel-stadsmission-dialogmote-2022-11.xml:.*is also used by .*a0-fu.xml"
sed -i 's/women="[0-9]*"/women="1000"/' "$c/in/a0-fu.xml"
step "that follow-up gets an error: the id is the first's again" "a0-fu.xml:.*split by gender"
rm "$c/in/a0-fu.xml"
step "that follow-up removed"
sed -i 's/agreement="lund-kompis-sverige"/agreement="nowhere"/' "$c/in/exempel-kompis-verksamhetsrapport-2019-06.xml"
step "a follow-up moved to an agreement that is not there" "no agreement has the id \"nowhere\""
sed -i 's/agreement="nowhere"/agreement="lund-kompis\&#45;sverige"/' "$c/in/exempel-kompis-verksamhetsrapport-2019-06.xml"
step "and back, its agreement named through a character reference"
sed -i 's/id="exempel-ikf-delmal-deltagare-2024"/id="exempel-ikf-delmal-2024"/' "$c/in/exempel-ikf-verksamhetsrapport-2023.xml"
step "a delmål's id changed: the follow-up naming it, not changed, is checked again" \
    "exempel-ikf-dialogmote-2024-06.xml:.*is not the id of a goal"
sed -i 's/id="exempel-ikf-delmal-2024"/id="exempel-ikf-delmal-deltagare-2024"/' "$c/in/exempel-ikf-verksamhetsrapport-2023.xml"
step "the delmål's id put back"
sed -i 's/<agreement id="linkoping-ikf-inkludering"/<agreement id="ikf-ny"/' "$c/in/linkoping-ikf-inkludering.xml"
step "an agreement's id changed: its follow-ups, not changed, have no agreement" \
    "exempel-ikf-dialogmote-2023-05.xml:.*no agreement has the id"
sed -i 's/<agreement id="ikf-ny"/<agreement id="linkoping-ikf-inkludering"/' "$c/in/linkoping-ikf-inkludering.xml"
step "its id put back"
mv "$c/in/linkoping-ikf-inkludering.xml" "$c/ikf.xml"
step "an agreement removed: its follow-ups have no agreement" \
    "exempel-ikf-dialogmote-2023-05.xml:.*no agreement has the id"
sed 's/encoding="UTF-8"/encoding="UTF-16"/' "$c/ikf.xml" | iconv -f UTF-8 -t UTF-16 >"$c/in/linkoping-ikf-inkludering.xml"
step "the agreement back in UTF-16, whose id only reading finds"
sed -i 's|^  <responsible-namnd id="linkoping-social-och-omsorgsnamnden".*|&\n  <responsible-namnd id="linkoping-arbetsmarknadsnamnden" kommun="Linköpings kommun" source="text">Arbetsmarknadsnämnden</responsible-namnd>|' \
    "$c/in/linkoping-stadsmission-domkyrkopastorat.xml"
step "an agreement names a second nämnd: it is planned in that nämnd's reports too"
grep -q "^out	reports/arbetsmarknadsnamnden-linkopings-kommun-2022.pdf	.*linkoping-stadsmission-domkyrkopastorat.xml" \
    "$c/out/.iopdoc-manifest" && ok "cache: the second nämnd's 2022 report has the agreement as an input" ||
    fail "cache: second nämnd" "$(grep '^out	reports/arbetsmarknadsnamnden-linkopings-kommun' "$c/out/.iopdoc-manifest" | cut -c1-120)"
sed -i '/<responsible-namnd id="linkoping-arbetsmarknadsnamnden" kommun="Linköpings kommun" source="text">/d' \
    "$c/in/linkoping-stadsmission-domkyrkopastorat.xml"
step "the second nämnd removed"
opts=--strict
step "--strict: everything read again"
opts=
step "--strict no more"

# After all that, the same PDFs as a build from nothing (the outputs no
# input makes any more pruned).
"$IOPDOC" build --input "$c/in" -o "$c/out" --prune >/dev/null 2>&1
"$IOPDOC" build --input "$c/in" -o "$c/fresh" >/dev/null 2>&1
same=yes
for f in $(pdfs "$c/fresh"); do cmp -s "$c/fresh/$f" "$c/out/$f" || same="no: $f"; done
if [ "$same" = yes ] && [ "$(pdfs "$c/fresh")" = "$(pdfs "$c/out")" ]; then
	ok "cache: after all those steps, the same PDFs as a build from nothing"
else
	fail "cache: final PDFs" "$same"
fi
