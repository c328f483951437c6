# Reviewer findings of issue 12 whose cases need more than one file or a
# report: sourced by run.sh (its tmp, IOPDOC, ok and fail).

# report_text TEXT-FILE REPORT-ARGS...: the report's text, or nothing.
fix_report_text() {
	text=$1
	shift
	rm -f "$tmp/fix-report.pdf"
	"$IOPDOC" report -o "$tmp/fix-report.pdf" "$@" >/dev/null 2>"$tmp/fix-report.err"
	pdftotext "$tmp/fix-report.pdf" - 2>/dev/null | tr '\n' ' ' >"$text"
}

# Finding 5: a pool naming a party twice lists the party once in the report
# (the warning stays).
mkdir -p "$tmp/fix-pool"
# the example prints its parties' logos: they go with it
cp -r examples/logotyper "$tmp/fix-pool/"
sed 's|<share party="motesplats-asbro"/>|<share party="motesplats-asbro"/>\n      <share party="asbro-kommun"/>|' \
	examples/exempel-motesplats-asbro.xml >"$tmp/fix-pool/pool.xml"
fix_report_text "$tmp/fix-pool.txt" --year 2026 --namnd asbro-kultur-och-fritidsnamnden "$tmp/fix-pool"
if ! grep -q "the pool names party asbro-kommun twice" "$tmp/fix-report.err"; then
	fail report-pool-party-twice "no warning: $(cat "$tmp/fix-report.err")"
elif [ "$(grep -o 'att fördelas mellan[^(.]*' "$tmp/fix-pool.txt" | grep -o 'Åsbro kommun' | wc -l)" != 1 ]; then
	fail report-pool-party-twice "the party is not listed once: $(grep -o 'att fördelas mellan[^(.]*' "$tmp/fix-pool.txt")"
else
	ok report-pool-party-twice
fi

# Finding 2: a follow-up counts in the year its <period> covers, not also in
# the year it is dated: Sjöberg's resultatrapport for 2024, dated
# 2025-02-12, is in the 2024 report with its assessment, and not in 2025's
# (its date says the year it speaks of: "2025-02-12 (avser 2024)").
for year in 2024 2025; do
	fix_report_text "$tmp/fix-year-$year.txt" --year $year --namnd sjoberg-socialnamnden examples
done
if ! grep -q "2025-02-12 (avser 2024), resultatrapport" "$tmp/fix-year-2024.txt" ||
    ! grep -q "god marginal" "$tmp/fix-year-2024.txt"; then
	fail report-followup-year "the 2024 report lacks the resultatrapport for 2024 or its assessment"
elif grep -q "2025-02-12 (avser 2024), resultatrapport" "$tmp/fix-year-2025.txt" ||
    grep -q "god marginal" "$tmp/fix-year-2025.txt"; then
	fail report-followup-year "the 2025 report lists the resultatrapport for 2024 or lends its assessment"
else
	ok report-followup-year
fi

# Finding 1: a party whose only line is priced without amount or estimate
# reads "inget belopp angivet" in the report, never "ej värderad" (help not
# valued) nor 0 kr; the warning names the line.
mkdir -p "$tmp/fix-priced"
cp -r examples/logotyper "$tmp/fix-priced/"
sed -e 's|<line valued="no"><label>Ideella värdar, cirka 25 personer</label><quantity>ca 1 500 h/år</quantity></line>|<line unit-price="200" unit="timme" ceiling="10000"><label>Tolk vid behov</label></line>|' \
	-e '/<line valued="no"><label>Fika och studiematerial<\/label><\/line>/d' \
	examples/exempel-motesplats-asbro.xml >"$tmp/fix-priced/a.xml"
fix_report_text "$tmp/fix-priced.txt" --year 2025 --namnd asbro-kultur-och-fritidsnamnden "$tmp/fix-priced"
# the line the sed above wrote
line=$(grep -n 'Tolk vid behov' "$tmp/fix-priced/a.xml" | cut -d: -f1)
if ! grep -q "a.xml:$line: warning: the budget line \"Tolk vid behov\" has a unit-price but neither amount nor estimate" "$tmp/fix-report.err"; then
	fail report-priced-no-amount "no warning at the line: $(cat "$tmp/fix-report.err")"
elif ! grep -q "Föreningen Mötesplats Åsbro (idéburen part) inget belopp angivet Tolk vid behov" "$tmp/fix-priced.txt" &&
    ! grep -q "inget belopp angivet" "$tmp/fix-priced.txt"; then
	fail report-priced-no-amount "the party's amount does not read \"inget belopp angivet\""
elif grep -q "Åsbro (idéburen part) ej värderad\|ej värderad Tolk" "$tmp/fix-priced.txt"; then
	fail report-priced-no-amount "the party's amount reads \"ej värderad\""
else
	ok report-priced-no-amount
fi

# Transcription test 2 (FIX4 item 9): a single index states the values that
# applied in the year, as a mixed index does: Vikby's agreement with OPI
# alone, 2,9 % from 2025 and 2,5 % (preliminary) from 2026.
mkdir -p "$tmp/fix-index"
awk 'NR == 35 { print "    <adjustment kind=\"index\" index=\"OPI\" from=\"2025-01-01\" party=\"vikby-kommun\">";
		print "      <value from=\"2025-01-01\" percent=\"2.9\"/>";
		print "      <value from=\"2026-01-01\" percent=\"2.5\" status=\"preliminary\"/>";
		print "    </adjustment>"; next }
	NR > 35 && NR <= 43 { next } { print }' examples/exempel-ks-brottsofferstod.xml >"$tmp/fix-index/a.xml"
fix_report_text "$tmp/fix-index.txt" --year 2026 --namnd vikby-kommunstyrelsen "$tmp/fix-index"
# 800 000 x 1,029 x 1,025 = 843 780 kr
if ! grep -q "uppräknat enligt OPI: 2,9 % från 1 januari 2025 och 2,5 % från 1 januari 2026" "$tmp/fix-index.txt"; then
	fail report-single-index-values "the remark does not state the values: $(grep -o 'uppräknat[^.]*' "$tmp/fix-index.txt") $(cat "$tmp/fix-report.err")"
elif ! grep -q "843 780 kr" "$tmp/fix-index.txt"; then
	fail report-single-index-values "the amount is not 843 780 kr"
else
	ok report-single-index-values
fi

# Review of trial14, finding 1: a party column of help without a value
# (valued="no") lists only the lines with no figure in another column: the
# region's Fältarbete (200 000 kr) is not the förening's help.
mkdir -p "$tmp/fix-colnv"
sed -e 's|<column id="foreningen" party="ungdomens-hus-bjorkvik" kind="in-kind" heading|<column id="foreningen" party="ungdomens-hus-bjorkvik" kind="in-kind" valued="no" heading|' \
	-e '/<amount column="foreningen">[0-9]*<\/amount>/d' \
	examples/exempel-ungdomens-hus-bjorkvik.xml >"$tmp/fix-colnv/a.xml"
fix_report_text "$tmp/fix-colnv.txt" --year 2025 --namnd bjorkvik-barn-och-ungdomsnamnden "$tmp/fix-colnv"
# (the lead is "Avser" when the amount cell says "inte värderat i kronor"
# already: the party has no valued help)
if ! grep -q "\(Inte värderade\? i kronor:\|Avser\) [^.]*styrelsens arbete och administration" "$tmp/fix-colnv.txt"; then
	fail report-column-not-valued "the förening's unvalued help is not listed: $(cat "$tmp/fix-report.err")"
elif grep -qi "\(Inte värderade\? i kronor:\|Avser\) [^.]*fältarbete" "$tmp/fix-colnv.txt"; then
	fail report-column-not-valued "the region's line is listed as the förening's help"
else
	ok report-column-not-valued
fi
