#!/bin/sh
# Figures of the examples' nämnd reports, computed by hand (issue 12):
#   sh tests/golden/examples.sh REPORT.pdf NAMND-ID YEAR
# Each line below is one report: the texts that must be in `pdftotext
# -raw` of it (white space made single), and those that must not.

# The messages compared here are the English ones (issue 15: Swedish is
# the default; IOPDOC_LANG would win over LC_ALL).
LC_ALL=C
export LC_ALL
unset IOPDOC_LANG
pdf=$1 namnd=$2 year=$3
# (a soft hyphen ends the first half of a word iopdoc hyphenated; the
# body of each A4 page only, so that a paragraph going on to the next
# page reads on without the running header and footer between, nor a
# draft's diagonal UTKAST, which poppler gives a letter a line)
text=$(pdftotext -raw -enc UTF-8 -x 0 -y 50 -W 595 -H 740 "$pdf" - | sed 's/\f//g; /^[UTKAS]$/d' | sed 's/\xc2\xa0/ /g' | tr -s ' \n' '  ' | sed 's/\xc2\xad //g')
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
# in the report once only, not repeated word for word
once() {
	want "$1"
	case $text in
	*"$1"*"$1"*) echo "examples.sh: $namnd $year: more than once in the report: $1"; status=1 ;;
	esac
}
case "$namnd $year" in
"kvarnby-socialnamnden 2025")
	# the financing table's lines are the parties' money: the kommun
	# 700 000, the region 200 000, the förening's work 160 000 in kind
	# (its volunteers' network is listed, not valued) = 1 060 000 kr, the
	# costs of 2025; the costs budget is no party's money
	want "Kvarnby kommun (kommunen) 700 000 kr"
	want "Föreningen Familjecentralen Kvarnby (idéburen part) 160 000 kr"
	want "Inte värderat i kronor: föreningen, nätverk av familjevänner."
	# the förening's financing lines are all in kind
	want "Kvarnby (idéburen part) 160 000 kr Insats i verksamheten, ingen utbetalning."
	# the region (kind="region") is other public money, not the kommun's
	want "Region Sörmark (regionen) 200 000 kr"
	want "Kommunens finansiering 700 000 kr"
	want "Övrig offentlig finansiering 200 000 kr"
	want "Summa 1 060 000 kr"
	# a financing line without <label> is named by its nature, not by
	# its party, whose name the table's caption says (review r20), nor
	# "Bidrag" beside it (review s28)
	want "Post Utbetalning Belopp 2025 IOP-ersättning kvartalsvis 700 000 kr"
	refuse "Kvarnby kommun IOP-ersättning"
	refuse "Bidrag IOP-ersättning"
	# the cost budget post by post (review s28), its Summa as stated
	# (820 000 + 180 000 + 60 000); the parties' 700 000 + 200 000 +
	# 160 000 kr fund exactly those costs, the kommun's 700 000 kr is
	# 66,04 % of them
	once "Verksamhetens kostnadsbudget 2025: Kostnad Belopp 2025 Personal, två verksamhetsledare och en familjepedagog 820 000 kr Lokalhyra, del av Kvarnby centrum 12 180 000 kr Aktiviteter och material 60 000 kr Summa 1 060 000 kr"
	want "Verksamhetens budgeterade kostnader 2025 är 1 060 000 kr och finansieras av parternas belopp ovan. Kommunens finansiering, 700 000 kr, täcker 66 % av kostnaderna."
	refuse "ingår inte i parternas belopp"
	refuse " 0 kr"
	;;
"kvarnby-socialnamnden 2026")
	# 720 000 + 210 000 + 160 000 = 1 090 000 kr; no adjustment
	want "Kvarnby kommun (kommunen) 720 000 kr"
	want "Föreningen Familjecentralen Kvarnby (idéburen part) 160 000 kr"
	want "Summa 1 090 000 kr"
	# 845 000 + 185 000 + 60 000; the kommun's 720 000 kr is 66,06 %
	once "Personal, två verksamhetsledare och en familjepedagog 845 000 kr"
	want "Verksamhetens budgeterade kostnader 2026 är 1 090 000 kr och finansieras av parternas belopp ovan. Kommunens finansiering, 720 000 kr, täcker 66 % av kostnaderna."
	refuse " 0 kr"
	;;
"asbro-kultur-och-fritidsnamnden 2025")
	# 240 000 + 35 000 + 30 000 (12 x 2 500) + 45 000 (the estimate, not the
	# 60 000 kr ceiling) = 350 000 kr; the premises and the förening's help
	# are not valued
	want "Åsbro kommun (kommunen) 350 000 kr"
	want "Resor till mötesplatsen för deltagare med färdtjänst: 150 kr/resa, uppskattat 45 000 kr, högst 60 000 kr."
	want "Posten föreläsningar och kulturinslag (30 000 kr) betalas ut om inte styrgruppen beslutar annat."
	want "Resor till mötesplatsen för deltagare med färdtjänst kvartalsvis uppskattat 45 000 kr"
	want "Föreningen Mötesplats Åsbro (idéburen part) inte värderat i kronor"
	want "Idéburna organisationers insatser inte värderat i kronor"
	want "Inte värderade i kronor: lokal i Åsbro bibliotek, tre dagar i veckan; information i kommunens kanaler."
	# two kommun lines of different nature, each with its own rhythm
	# the premises and the information have no Slag: no half-filled
	# Slag column (review H, Åsbro 2025 p2)
	want "IOP-ersättning för samordnare kvartalsvis 240 000 kr"
	want "Bidrag till aktiviteter och material (ersätter föreningsbidraget) två gånger per år: januari och juli 35 000 kr"
	want "Föreläsningar och kulturinslag en gång per år: mars 30 000 kr"
	refuse "Post Slag"
	refuse " 0 kr"
	;;
"asbro-kultur-och-fritidsnamnden 2026")
	# the pool of 20 000 kr is shown apart, not added to anyone's amount
	want "Ofördelat 2026: 20 000 kr, att fördelas mellan Åsbro kommun och Föreningen Mötesplats Åsbro"
	# 350 000 kr x 1.02 from 2026-01-01 = 357 000 kr
	want "Åsbro kommun (kommunen) 357 000 kr"
	want "Föreningen Mötesplats Åsbro (idéburen part) inte värderat i kronor"
	want "Summa 357 000 kr"
	refuse " 0 kr"
	;;
"vikby-kommunstyrelsen 2025")
	# 90 % OPI + 10 % KPI from 2025-01-01: the definitive OPI 2,9 % replaces
	# the preliminary 3,2 %; 0.9 x 2.9 + 0.1 x 1.8 = 2.79 %;
	# 800 000 x 1.0279 = 822 320 kr. The jour's 200 000 kr in kind stand.
	want "Vikby kommun (kommunen) 822 320 kr"
	# the step's date said once (review 2: "från 2025-01-01: 2,79 % från 2025-01-01")
	# the step in its parts, so that 822 320 kr can be worked out (review s21)
	want "uppräknat enligt 90 % OPI + 10 % KPI med 2,79 % från 1 januari 2025 (0,9 × 2,9 % OPI + 0,1 × 1,8 % KPI)."
	refuse "från 1 januari 2025: 2,79 %"
	refuse "% från 2025-01-01"
	want "Brottsofferjouren Vikby (idéburen part) 200 000 kr"
	# the adjustment is the kommun's (party=): the jour's help in kind is not
	# "not uprated", it was never the adjustment's to uprate
	refuse "Värdet av insatser i annat än pengar räknas inte upp."
	want "Summa 1 022 320 kr"
	refuse "Preliminärt"
	refuse "3,2 %"
	# the period sum's 2026, 822 320 x (0.9 x 2.5 % + 0.1 x 1.0 %) =
	# 841 645 kr, 800 000 + 822 320 + 841 645 = 2 463 965 kr: the note
	# names both indices it uprates by, not OPI alone (review s26)
	want "Vikby kommun (kommunen) 800 000 kr 822 320 kr 2 463 965 kr"
	want "I summan för hela perioden ingår även 2026 med överenskommelsens belopp, för Vikby kommun uppräknat enligt 90 % OPI + 10 % KPI med 2,35 % från 1 januari 2026 (0,9 × 2,5 % OPI + 0,1 × 1 % KPI);"
	;;
"vikby-kommunstyrelsen 2026")
	# 2026: 0.9 x 2.5 (preliminary) + 0.1 x 1.0 = 2.35 %;
	# 822 320 x 1.0235 = 841 644.52, rounded 841 645 kr
	want "Vikby kommun (kommunen) 841 645 kr"
	want "uppräknat enligt 90 % OPI + 10 % KPI: 2,79 % från 1 januari 2025 (0,9 × 2,9 % OPI + 0,1 × 1,8 % KPI) och 2,35 % från 1 januari 2026 (0,9 × 2,5 % OPI + 0,1 × 1 % KPI)."
	want "Preliminärt: OPI 2,5 % från 1 januari 2026"
	want "Brottsofferjouren Vikby (idéburen part) 200 000 kr"
	want "Summa 1 041 645 kr"
	# the förening's 2024 amount, no budget for 2025-2026: plainly
	# (review s22: "beloppet är 2024 års, antaget att gälla också 2026")
	want "Insats i verksamheten, ingen utbetalning. 2024 års belopp; överenskommelsen anger inget för 2026."
	want "För Brottsofferjouren Vikby räknas 2024 års belopp för 2025 och 2026; överenskommelsen anger inget för de åren."
	refuse "antaget att gälla"
	;;
"ekby-utbildningsnamnden 2025")
	# the samordnare's monthly 31 500 kr from 11 August: 21 of
	# August's 31 days, 31 500 x 21 / 31 = 21 338.7, 21 339 kr, and 4
	# whole months, 126 000 kr: 147 339 kr, in days and whole months,
	# no "knappt 4,7 månader" (review s28; review s22: "med del av
	# månad räknad efter dagar: knappt 4,7 månader")
	# the row's parts a line each (review s26): 282 082 + 84 000 + 147 339 = 513 421 kr
	want "Samordnare, 60 % av heltid: 147 339 kr (21 339 kr för 11–31 augusti + 4 × 31 500 kr för september–december)"
	refuse "med del av månad"
	refuse "knappt 4,7"
	# every part of the kommun's 513 421 kr with its kronor in the row
	# (review s25): 720 000 x 143 / 365 = 282 082.2, 282 082 kr; the
	# lokalbidrag paid in August 2025, 84 000 kr; 31 500 x (21/31 + 4)
	# = 147 338.7, 147 339 kr: 282 082 + 84 000 + 147 339 = 513 421 kr
	want "Ekby kommun (kommunen) 513 421 kr Verksamhetsbidrag: 282 082 kr (2025/26, 143 av 365 dagar av 720 000 kr) Bidrag till lokalhyra, Norrby centrum: 84 000 kr (augusti)"
	# the 84 000 kr said once, in the row (review s26)
	want "utom det som betalas ut i augusti."
	refuse "utom 84 000 kr"
	refuse "84 000 kr betalas ut"
	;;
"norrvik-barn-och-utbildningsnamnden 2024")
	# Agreement years July-June; the period starts 2024-09-01. Agreement
	# year 2024/25 has 365 days. The grant (prorated) counts the 122 days
	# 1 Sep-31 Dec: 365 000 x 122 / 365 = 122 000; the material and
	# insurance contribution (prorate="no", payment-months="9") is paid
	# whole in September 2024: 122 000 + 20 000 = 142 000 kr (review 18:
	# it was spread 184/365 over 2024, 132 082 kr).
	# The förening's hours (prorated, not uprated): 146 000 x 122 / 365 =
	# 48 800 kr.
	want "Norrviks kommun (kommunen) 142 000 kr"
	# The remark says the days counted, 122 for the prorated grant and
	# the förening's hours; the contribution counts no days.
	# the kommun's row gives the days' share and what it is taken of
	# (review s21): 142 000 = 122 000 + the 20 000 paid in September
	want "Norrviks kommun (kommunen) 142 000 kr Verksamhetsbidrag för läxhjälp och lovaktiviteter: 122 000 kr (2024/25, 122 av 365 dagar av 365 000 kr) Bidrag till material och försäkring: 20 000 kr (september)"
	# the part year under the table, then each party's way of counting
	# it; past tense: 2024 is over at the report's date (review r8)
	once "Överenskommelsen gällde 1 september–31 december 2024. För Norrviks kommun räknas beloppet efter de dagar överenskommelsen gällde, utom det som betalas ut i september. För Föreningen Läxhjälpen Norrvik räknas beloppet efter de dagar överenskommelsen gällde."
	# (the part-year duty rule is a standing rule: "gäller mer än
	# hälften" stays in the present, in the Bilaga)
	refuse "dagar överenskommelsen gäller"
	refuse "Överenskommelsen gäller 1"
	# two reports a year are counted per halvår: the rule says so, and
	# that September-December is more than half of the second (review
	# s22: "en del av året" read as a third of the year, none due)
	want "För 1 september–31 december 2024 krävs en skriftlig rapport."
	# the rule once, in the Bilaga (review s27)
	want "När överenskommelsen bara gäller en del av ett år krävs de möten och rapporter som hör till varje halvår som den gäller mer än hälften av."
	refuse "För 2024 finns inget möte"
	refuse "en del av året räknas"
	refuse "184 av 365 dagar (1 juli–31 december; för"
	want "Föreningen Läxhjälpen Norrvik (idéburen part) 48 800 kr"
	want "Summa 190 800 kr"
	want "Budgetposter för Norrviks kommun (2024/25):"
	# no line says its Slag (nature): no such column (review 2)
	# the amount column names the budget year it shows (review r7)
	want "Post Utbetalning Belopp 2024/25"
	refuse "Slag Utbetalning"
	;;
"norrvik-barn-och-utbildningsnamnden 2025")
	# each row says its parts with their kronor, so that its amount can
	# be worked out from them (review s22; was the day split once under
	# the table, the same for both, which reproduced neither row)
	once "Norrviks kommun (kommunen) 389 080 kr Verksamhetsbidrag för läxhjälp och lovaktiviteter: 181 000 kr (2024/25, 181 av 365 dagar av 365 000 kr) Verksamhetsbidrag för läxhjälp och lovaktiviteter: 187 680 kr (2025/26, 184 av 365 dagar av 372 300 kr)"
	# 146 000 kr a year, not uprated, over both agreement years whole
	once "Föreningen Läxhjälpen Norrvik (idéburen part) 146 000 kr Insats i verksamheten: 146 000 kr (helt år)"
	refuse "av 2025/26 räknas 184 av 365 dagar (1 juli–31 december)."
	refuse "Delbeloppen är avrundade"
	refuse "eftersom varje belopp är avrundat"
	# 2024's part year said once in the summary, at the first comparison
	# (review s26)
	once "då överenskommelsen gällde del av året"
	want "Kommunens finansiering var 389 080 kr, jämfört med 142 000 kr 2024, då överenskommelsen gällde del av året. Den idéburna organisationens insatser var värda 146 000 kr, jämfört med 48 800 kr 2024; därtill"
	# 1 Jan-30 Jun: 181 days of 2024/25 at the base; 1 Jul-31 Dec: 184
	# days of 2025/26, uprated 2 % from 2025-07-01 (money only).
	# Grant: 365 000 x (181 + 184 x 1.02) / 365 = 181 000 + 187 680 = 368 680;
	# contribution: 2025/26's paid September 2025, after the step of
	# 2025-07-01: 20 000 x 1.02 = 20 400; 368 680 + 20 400 = 389 080 kr.
	# The förening's hours: 146 000 x (181 + 184) / 365 = 146 000 kr.
	want "Norrviks kommun (kommunen) 389 080 kr"
	# the amount the year counts, the budget's beside it (review r7)
	want "Bidrag till material och försäkring: 20 400 kr (september)"
	refuse "Belopp i budgeten"
	# this year's amounts, uprated, one column an agreement year of 2025
	# (review s28: "Belopp 2024/25, före uppräkning" was last year's)
	want "Budgetposter för Norrviks kommun, uppräknade belopp:"
	want "Post Utbetalning Belopp 2024/25 Belopp 2025/26"
	refuse "Belopp 2024/25, före uppräkning"
	# under the table, once (review s26)
	once "Grundbeloppet för Norrviks kommun är 385 000 kr för 2024/25, uppräknat med 2 % per år från 1 juli 2025."
	want "Föreningen Läxhjälpen Norrvik (idéburen part) 146 000 kr"
	once "Värdet av insatser i annat än pengar räknas inte upp."
	want "Summa 535 080 kr"
	# 2025 is a whole year: no proration in its table (the funding table's
	# note speaks of 2024, the part year, only)
	refuse "Överenskommelsen gäller 1 september–31 december 2024"
	refuse "2025 (del av år)"
	# 2024's counting is in the 2024 report; here the part year is only
	# named, by its place in the period (review s22)
	want "Första året, 2024, gällde överenskommelsen 1 september–31 december. Det sista året, 2027, gäller den 1 januari–30 juni."
	refuse "Överenskommelsen gällde 1 september–31 december 2024"
	refuse "utom 20 000 kr som betalas ut i september"
	# "Föreningen redovisar … efter varje termin": two written reports a
	# year (reports-per-year="2"), none on file (review r7); that there
	# is no follow-up the inledning says once (review s28)
	want "För 2025 krävdes två skriftliga rapporter, men ingen av dem finns i underlaget."
	want "Underlaget har ingen uppföljning av överenskommelsen för 2025."
	refuse "men ingen uppföljning finns i underlaget"
	;;
"norrvik-barn-och-utbildningsnamnden 2026")
	# 1 Jan-30 Jun: 181 days of 2025/26 at 365 000 x 1.02 = 372 300:
	# 184 620 kr; 1 Jul-31 Dec: 184 days of 2026/27 at 365 000 x 1.0404
	# = 379 746: 191 433.6, 191 434 kr; the contribution paid September
	# 2026, 20 000 x 1.0404 = 20 808: 184 620 + 191 434 + 20 808 =
	# 396 862 kr, each figure in the row (review s22)
	want "Norrviks kommun (kommunen) 396 862 kr"
	once "Verksamhetsbidrag för läxhjälp och lovaktiviteter: 184 620 kr (2025/26, 181 av 365 dagar av 372 300 kr) Verksamhetsbidrag för läxhjälp och lovaktiviteter: 191 434 kr (2026/27, 184 av 365 dagar av 379 746 kr)"
	want "Bidrag till material och försäkring: 20 808 kr (september)"
	# the förening's 146 000 kr: one whole year of both
	want "Föreningen Läxhjälpen Norrvik (idéburen part) 146 000 kr"
	once "Insats i verksamheten: 146 000 kr (helt år)"
	refuse "av 2026/27 räknas 184 av 365 dagar (1 juli–31 december)."
	want "Summa 542 862 kr"
	;;
"norrvik-barn-och-utbildningsnamnden 2027")
	# The period ends 2027-06-30: 181 days of 2026/27, two steps of 2 %:
	# 365 000 x 1.0404 x 181 / 365 = 188 312.4, rounded 188 312 kr; the
	# contribution of 2026/27 was paid September 2026 (20 000 x 1.0404 =
	# 20 808, in 2026's 396 862 kr): nothing of it in 2027.
	want "Norrviks kommun (kommunen) 188 312 kr"
	want "Verksamhetsbidrag för läxhjälp och lovaktiviteter: 188 312 kr (2026/27, 181 av 365 dagar av 379 746 kr)"
	# the budget's 20 000 kr, uprated twice by 2027 (20 808 kr): said so
	# (review s26)
	want "Bidrag till material och försäkring: ingår inte (betalas ut i september, efter att överenskommelsen slutat)"
	refuse "Ingen utbetalning av"
	refuse "inget av det faller"
	# 2024: 142 000; 2025: 389 080; 2026: 365 000 x (181 x 1.02 + 184 x
	# 1.0404) / 365 + 20 808 = 376 053.6 + 20 808 = 396 862; sum
	# 142 000 + 389 080 + 396 862 + 188 312 = 1 116 254 kr
	want "Norrviks kommun (kommunen) 142 000 kr 389 080 kr 396 862 kr 188 312 kr 1 116 254 kr"
	refuse "ej summerat"
	;;
"bjorkvik-barn-och-ungdomsnamnden 2025")
	# a draft without follow-ups says so once, in the inledning; the
	# overview says "Inga mål" for an agreement without goals (review
	# s28: "ingen uppföljning" in five places)
	once "ingen uppföljning"
	want "Underlaget har ingen uppföljning av överenskommelsen för 2025."
	refuse "Ingen uppföljning"
	# The kommun's budget has a column per year: 2025 is 520 000 + 380 000 +
	# 90 000 + 150 000 = 1 140 000 kr (the column's stated total). The table
	# across parties (no year: every year) gives the region 200 000 kr and
	# the förening 120 000 + 60 000 = 180 000 kr in kind; its volunteers'
	# hours are listed without a value. 1 140 000 + 200 000 + 180 000 =
	# 1 520 000 kr.
	want "Björkviks kommun (kommunen) 1 140 000 kr"
	# the region's column (kind="region") is other public money
	want "Region Sörmark (regionen) 200 000 kr"
	want "Kommunens finansiering 1 140 000 kr"
	want "Övrig offentlig finansiering 200 000 kr"
	want "Föreningen Ungdomens hus Björkvik (idéburen part) 180 000 kr"
	want "Inte värderat i kronor: ideella ledare, cirka 2 000 timmar per år."
	want "Summa 1 520 000 kr"
	# Aktiviteter and Lokalhyra have no Slag: the column goes (review H)
	want "Verksamhetsledare kvartalsvis 520 000 kr"
	refuse "Post Slag"
	# the Totalt column is no party's and no year's
	refuse "1 605 000"
	# 3 350 000 kr, the kommun's three years added up, is its "Hela
	# perioden" in the funding table (1 140 000 + 1 165 000 + 1 045 000),
	# never its amount for a year
	refuse "Björkviks kommun (kommunen) 3 350 000"
	refuse "Kommunens finansiering 3 350 000"
	want "Björkviks kommun (kommunen) 1 140 000 kr 3 350 000 kr"
	refuse " 0 kr"
	;;
"bjorkvik-barn-och-ungdomsnamnden 2027")
	# 2027: 550 000 + 400 000 + 95 000 = 1 045 000 kr; the Lokalhyra has no
	# figure for 2027 ("–" in the table), so it counts nothing, never 0
	want "Björkviks kommun (kommunen) 1 045 000 kr"
	# Aktiviteter and Lokalhyra have no Slag: the column goes (review H)
	want "Verksamhetsledare kvartalsvis 550 000 kr"
	want "Föreningen Ungdomens hus Björkvik (idéburen part) 180 000 kr"
	want "Summa 1 425 000 kr"
	# 2025's column is not 2027's amount: the summary has 2027's, 2026's
	# beside it, and 1 140 000 kr stands in the funding table's 2025 only
	want "Kommunens finansiering 1 045 000 kr 1 165 000 kr"
	want "Björkviks kommun (kommunen) 1 140 000 kr 1 165 000 kr 1 045 000 kr 3 350 000 kr"
	refuse " 0 kr"
	;;
"ekdala-socialnamnden 2025")
	# november–december's own budgets, paid in November: the year's
	# budget, no yearly amount counted whole (review I: "räknas hela
	# årsbeloppet för 2025"), and no payment-date why per party (review s28)
	want "Överenskommelsen gällde 1 november–31 december 2025. För alla parter är beloppet budgeten för 2025."
	refuse "hela årsbeloppet för 2025"
	want "Ett årsbelopp som enligt betalningsplanen betalas ut medan överenskommelsen gäller räknas fullt ut för året, även när överenskommelsen bara gäller en del av året."
	refuse "räknas fullt ut för 2025"
	refuse "skedde efter"
	# Public parties that are not the kommun: the region's 25 000 kr and
	# the samordningsförbund's 10 000 kr are other public money, not the
	# kommun's; the kommun's sum is its own 50 000 kr (budgets written
	# for November-December 2025, paid in November 2025 as the text
	# says: payment-months="11"; the rhythm of January and July would
	# pay nothing of them in the period).
	want "Kommunens finansiering 50 000 kr"
	want "Övrig offentlig finansiering 35 000 kr"
	want "Idéburna organisationers insatser 20 000 kr"
	# an agreement without goals: its Måluppfyllelse says so, as its
	# section does, not "Inga mätbara mål" (review r20)
	want "35 000 kr Inga mål "
	refuse "Inga mätbara mål"
	want "Ekdala kommun (kommunen) 50 000 kr"
	want "Region Exempelland (regionen) 25 000 kr"
	want "Samordningsförbundet Ekdala (offentlig part) 10 000 kr"
	want "Summa 105 000 kr"
	refuse "Kommunens finansiering 85 000 kr"
	# What the two months the agreement covers ask for: the duties'
	# equal parts of the year they cover more than half of, by days
	# (README <followup>): November and December whole for 1 per
	# månad; 61 of the fourth quarter's 92 days for 1 per kvartal; 61
	# of the second half's 184 days, not more than half, for 2
	# styrgrupp per år (one was held all the same); 61 of 365 for the
	# årsdialog and the report, 1 per år each, and 2025 does not end
	# the agreement; the part named once, in a sentence of its own,
	# with the rule; only what it requires (review s28)
	want "Överenskommelsen kräver ett driftmöte per månad, en avstämning per kvartal, två styrgruppsmöten, en årsdialog och en skriftlig rapport per år."
	want "För 1 november–31 december 2025 krävs två driftmöten och en avstämning."
	refuse "inget styrgruppsmöte, ingen årsdialog och ingen skriftlig rapport"
	want "krävs de möten och rapporter som hör till varje månad, kvartal, halvår eller år som den gäller mer än hälften av."
	refuse "krävs två driftmöten, en avstämning, ett styrgruppsmöte"
	# no follow-up reports a driftmöte: said once, not counted as
	# missing (review s26); nor is what the part does not require (the
	# årsdialog and the report, review s28)
	want "I underlaget finns ett styrgruppsmöte men ingen avstämning. Driftmötena redovisas inte i underlaget."
	# page 1 counts as the section does: the avstämning alone was
	# asked and not held (review s21: "inget av två uppföljningsmöten"
	# beside three asked and one held)
	# and every kind short is named; the monthly driftmöten, which no
	# follow-up reports, are not counted as missing (review s26; s22
	# had "inget av två driftmöten")
	want "Steget – stöd till unga vuxna i Ekdala: överenskommelsen anger inga mål. För 2025 finns ingen avstämning i underlaget."
	refuse "inget av två driftmöten"
	refuse "inget av två uppföljningsmöten"
	refuse "(tolv per år)"
	refuse "(fyra per år)"
	;;
"ekdala-socialnamnden 2027")
	# 1 January–31 October 2027, the agreement's last part year: ten
	# months whole; the first three quarters (31 of the fourth's 92
	# days do not count); both halves for 2 styrgrupp per år (123 of
	# the second's 184 days); 304 of 365 days for the årsdialog and the
	# report, 1 per år each (the report the final one besides)
	want "För 1 januari–31 oktober 2027 krävs tio driftmöten, tre avstämningar, två styrgruppsmöten, en årsdialog och en skriftlig rapport."
	want "För 2027 krävdes sex uppföljningsmöten utöver månatliga driftmöten (tre avstämningar, två styrgruppsmöten och en årsdialog) och en skriftlig rapport, men inget av det finns i underlaget."
	# no follow-up: said once in full, in the inledning (review s28)
	once "ingen uppföljning"
	refuse "Ingen uppföljning rapporterad"
	# no follow-up in 2027 nor 2026: in words, as the other rows
	want "Uppföljningar för året inga inga"
	refuse "Uppföljningar för året 0"
	# 300 000 kr and 150 000 + 60 000 = 210 000 kr both as in 2026: the
	# year named once in the paragraph (review s26)
	want "oförändrat jämfört med 2026. Överenskommelsen löpte ut 31 oktober. Övrig offentlig finansiering var 210 000 kr, också oförändrat."
	once "oförändrat jämfört med 2026"
	;;
"ekdala-socialnamnden 2026")
	# 300 000 kr the kommun's; 150 000 + 60 000 = 210 000 kr other public;
	# 300 000 + 210 000 + 120 000 = 630 000 kr in all
	want "Kommunens finansiering 300 000 kr"
	want "Övrig offentlig finansiering 210 000 kr"
	want "Region Exempelland (regionen) 150 000 kr"
	want "Summa 630 000 kr"
	# every year's figure printed: Hela perioden is their sum, 50 000 +
	# 300 000 + 300 000 (January and July 2027, both in the period) =
	# 650 000 kr; the förening's help in kind, no prorate written, counts
	# 2027 by its days as the förvaltning's calculation (r5 item 2):
	# 120 000 x 304/365 = 99 945 kr, 20 000 + 120 000 + 99 945 = 239 945
	# kr, said once; Summa 650 000 + 325 000 + 130 000 + 239 945
	want "Ekdala kommun (kommunen) 50 000 kr 300 000 kr 650 000 kr"
	want "Summa 105 000 kr 630 000 kr 1 344 945 kr"
	# 650 000 kr holds 2027's whole 300 000 kr though the agreement ends
	# 31 October 2027: said in 2026's report too, not only 2027's (review s26)
	once "För Ekdala kommun är summan för hela perioden 650 000 kr: 50 000 kr för 2025 och helt årsbelopp för 2026 och 2027, trots att överenskommelsen slutar 31 oktober 2027."
	# 2025's part year said once in the summary (review s26)
	once "då överenskommelsen gällde del av året"
	want "Summan för hela perioden för Föreningen Steget Ekdala är räknad med belopp för 2027 som är beräknat efter dagarna."
	refuse "ej summerat"
	# a whole year: one a month or a quarter is plain without its
	# yearly count, as in a part year (review s28: "(två per år)" in
	# some years and not others)
	want "Överenskommelsen kräver ett driftmöte per månad, en avstämning per kvartal, två styrgruppsmöten, en årsdialog och en skriftlig rapport per år."
	refuse "(tolv per år)"
	refuse "(fyra per år)"
	want "två styrgruppsmöten, en årsdialog och en skriftlig rapport per år. För 2026 finns ingen avstämning, inget styrgruppsmöte, ingen årsdialog och ingen skriftlig rapport i underlaget. Driftmötena redovisas inte i underlaget."
	;;
"ekby-utbildningsnamnden 2026")
	# the grant by days: 181 of 365 days of 2025/26 at 720 000 kr,
	# 357 041.1, 357 041 kr; 184 of 365 days of 2026/27 at 720 000 x
	# 1.02 = 734 400 kr, 370 217.9, 370 218 kr; the rent contribution paid
	# August 2026, 84 000 x 1.02 = 85 680; the coordinator 6 x 31 500 + 6
	# x 32 130 = 381 780: 357 041 + 370 218 + 85 680 + 381 780 =
	# 1 194 719 kr, every figure in the row (review s22)
	want "Ekby kommun (kommunen) 1 194 719 kr Verksamhetsbidrag: 357 041 kr (2025/26, 181 av 365 dagar av 720 000 kr) Verksamhetsbidrag: 370 218 kr (2026/27, 184 av 365 dagar av 734 400 kr)"
	want "Bidrag till lokalhyra, Norrby centrum: 85 680 kr (augusti)"
	# 357 041 + 370 218 + 85 680 + 381 780 = 1 194 719 kr
	want "Samordnare, 60 % av heltid: 381 780 kr (6 × 31 500 kr + 6 × 32 130 kr)"
	# they add up exactly: no word on rounding
	refuse "eftersom varje belopp är avrundat"
	# 360 000 kr of help in kind, not uprated: one whole year of both
	once "Insats i verksamheten: 360 000 kr (helt år)"
	refuse "av 2026/27 räknas 184 av 365 dagar"
	want "Summa 1 554 719 kr"
	;;
"ekby-utbildningsnamnden 2027")
	# 360 000 kr a läsår of help in kind, not uprated, over the whole
	# calendar year: 360 000 kr, though 2027/28 has 366 days (review s27;
	# by days 178 521 + 180 984 = 359 505 kr, a drop that is no drop)
	want "Idéburna organisationers insatser 360 000 kr 360 000 kr"
	want "141 041 kr 360 000 kr 360 000 kr 1 040 057 kr"
	want "idéburna organisationens insatser var värda 360 000 kr, oförändrat jämfört med 2026."
	refuse "359 504"
	refuse "359 505"
	# the monthly line in a sentence, the uprating in one of its own
	once "Grundbeloppet för Ekby kommun är 804 000 kr för 2025/26 och månadsbeloppet 31 500 kr, uppräknat med 2 % per år från 1 juli 2026."
	refuse ", före uppräkning."
	# the months before and after the uprating of 2027-07-01 (review s21)
	want "Samordnare, 60 % av heltid: 389 416 kr (6 × 32 130 kr + 6 × 32 772,60 kr)"
	# the förening's 2027 one whole year, no days (review s22, s27)
	once "Föreningen Mentorskap Norrby (idéburen part) 360 000 kr Insats i verksamheten: 360 000 kr (helt år)"
	refuse "180 984 kr"
	# the kommun's grant: 181 of 365 days of 2026/27 at 734 400 kr,
	# 364 182.2, 364 182 kr (2026/27's 734 400 less 2026's 370 218);
	# 184 of 366 days of 2027/28 at 720 000 x 1.0404 = 749 088 kr,
	# 376 590.7, 376 591 kr
	# 364 182 + 376 591 + 87 394 + 389 416 = 1 217 583 kr, the year's
	# amount: the sum of its lines (review s28; 1 217 582 kr before)
	once "Ekby kommun (kommunen) 1 217 583 kr Verksamhetsbidrag: 364 182 kr (2026/27, 181 av 365 dagar av 734 400 kr) Verksamhetsbidrag: 376 591 kr (2027/28, 184 av 366 dagar av 749 088 kr)"
	# the rent contribution 84 000 x 1.0404 = 87 393.6, 87 394 kr, and
	# the coordinator's 389 415.6, 389 416 kr, each a line in whole
	# kronor: the year adds them, no rounding note (review s28)
	want "Bidrag till lokalhyra, Norrby centrum: 87 394 kr (augusti)"
	refuse "avrundat till hela kronor"
	# the Budgetposter table: 2026/27's and 2027/28's amounts, uprated
	# (review s28), the label's "räknas per dag" in brackets and no type
	# word the label says already
	want "Post Slag Utbetalning Belopp 2026/27 Belopp 2027/28"
	# every row its Slag, also where the Post says it (review H: the row
	# was empty in a column the others filled)
	want "Verksamhetsbidrag (räknas per dag) Verksamhetsbidrag två gånger per år: januari och augusti 734 400 kr 749 088 kr"
	want "Bidrag till lokalhyra, Norrby centrum Lokalbidrag en gång per år: augusti 85 680 kr 87 394 kr"
	want "32 130 kr per månad 32 772,60 kr per månad"
	refuse "Belopp 2025/26, före uppräkning"
	once "Summa 1 577 583 kr"
	once "Värdet av insatser i annat än pengar räknas inte upp."
	refuse "Delbeloppen"
	;;
"ekby-utbildningsnamnden 2028")
	# a part year by its days over 2027/28's 366, as the kommun's (review
	# s25): 360 000 x 182 / 366 = 179 016.4, 179 016 kr (not the rest
	# after 2027's whole year, 178 521 kr); the period is 495 kr more
	# than the läsår amounts (319 562 + 360 000 + 360 000 = 1 039 562)
	want "141 041 kr 360 000 kr 360 000 kr 179 016 kr 1 040 057 kr"
	want "Föreningen Mentorskap Norrby (idéburen part) 179 016 kr Insats i verksamheten: 179 016 kr (2027/28, 182 av 366 dagar av 360 000 kr)"
	refuse "Resten av verksamhetsåret"
	refuse "resten av verksamhetsårets"
	# each kind of money as it counts, never "för alla parter" beside
	# the kommun's monthly and August lines (review s28)
	want "För Ekby kommun räknas beloppet post för post: det som räknas per dag för 182 av 366 dagar av verksamhetsåret 2027/28, månadsbeloppen för de månader överenskommelsen gällde och det som betalas ut vid bestämda tillfällen bara när överenskommelsen gällde vid utbetalningen. För Föreningen Mentorskap Norrby räknas beloppet för 182 av 366 dagar av verksamhetsåret 2027/28."
	refuse "För alla parter räknas"
	# the kommun's 569 133 kr: 749 088 (720 000 x 1.02 x 1.02) x 182 / 366
	# = 372 497.6, as the rest of 2027/28 372 497 kr, + 6 x 32 772.60
	# (31 500 x 1.0404) = 196 635.6: 569 133 kr
	want "Verksamhetsbidrag: 372 497 kr (2027/28, 182 av 366 dagar av 749 088 kr)"
	want "Samordnare, 60 % av heltid: 196 636 kr (6 × 32 772,60 kr)"
	# the grant is paid in January 2028 too: the sentence names the
	# August payment's money and why it is left out
	# the budget's 84 000 kr, not 2028's uprated 84 000 x 1.0404 = 87 394
	# kr: said so (review s26)
	want "Bidrag till lokalhyra, Norrby centrum: ingår inte (betalas ut i augusti, efter att överenskommelsen slutat)"
	refuse "De 84 000 kr som"
	refuse "Ingen utbetalning av"
	;;
*)
	echo "examples.sh: no hand-computed figures for $namnd $year"; status=1 ;;
esac
[ $status = 0 ] && echo "examples.sh: $namnd $year: hand-computed figures found"
exit $status
