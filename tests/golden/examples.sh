#!/bin/sh
# Figures of the examples' nämnd reports, computed by hand (issue 12):
#   sh tests/golden/examples.sh REPORT.pdf NAMND-ID YEAR
# Each line below is one report: the texts that must be in `pdftotext
# -raw` of it (white space made single), and those that must not.
pdf=$1 namnd=$2 year=$3
text=$(pdftotext -raw -enc UTF-8 "$pdf" - | sed 's/\xc2\xa0/ /g' | tr -s ' \n' '  ')
status=0
want() {
	case $text in
	*"$1"*) ;;
	*) echo "examples.sh: $namnd $year: not in the report: $1"; status=1 ;;
	esac
}
refuse() {
	case $text in
	*"$1"*) echo "examples.sh: $namnd $year: in the report, but must not be: $1"; status=1 ;;
	esac
}
case "$namnd $year" in
"asbro-kultur-och-fritidsnamnden 2025")
	# 240 000 + 35 000 + 30 000 (12 x 2 500) + 45 000 (the estimate, not the
	# 60 000 kr ceiling) = 350 000 kr; the premises and the förening's help
	# are not valued
	want "Åsbro kommun (kommunen) 350 000 kr"
	want "Resor till mötesplatsen för deltagare med färdtjänst: 150 kr/resa, uppskattat 45 000 kr, högst 60 000 kr."
	want "Villkorat belopp: Föreläsningar och kulturinslag, 30 000 kr, om inte styrgruppen beslutar annat."
	want "Resor till mötesplatsen för deltagare med färdtjänst IOP-ersättning kvartalsvis uppskattat 45 000 kr"
	want "Föreningen Mötesplats Åsbro (idéburen part) ej värderad"
	want "Idéburna parters insatser ej värderat"
	want "Ej värderad insats: Lokal i Åsbro bibliotek, tre dagar i veckan; Information i kommunens kanaler."
	# two kommun lines of different nature, each with its own rhythm
	want "IOP-ersättning för samordnare IOP-ersättning kvartalsvis 240 000 kr"
	want "Bidrag till aktiviteter och material (ersätter föreningsbidraget) ersätter föreningsbidrag två gånger per år: januari och juli 35 000 kr"
	refuse " 0 kr"
	;;
"asbro-kultur-och-fritidsnamnden 2026")
	# the pool of 20 000 kr is shown apart, not added to anyone's amount
	want "Ofördelat 2026: 20 000 kr, att fördelas mellan Åsbro kommun och Föreningen Mötesplats Åsbro"
	# 350 000 kr x 1.02 from 2026-01-01 = 357 000 kr
	want "Åsbro kommun (kommunen) 357 000 kr"
	want "Föreningen Mötesplats Åsbro (idéburen part) ej värderad"
	want "Summa 357 000 kr"
	refuse " 0 kr"
	;;
*)
	echo "examples.sh: no hand-computed figures for $namnd $year"; status=1 ;;
esac
[ $status = 0 ] && echo "examples.sh: $namnd $year: hand-computed figures found"
exit $status
