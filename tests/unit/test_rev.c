/* Unit tests of reviewer findings (issue 12): the nämnd report's remark on
 * agreement years, included by unit.c after test_adjust.c (adjust_read_xml). */

/* The remark of party k for 'year', as the report prints it: the year
 * split, then "Överenskommelsen gäller … detta år; …". */
static void
rev_remark(const struct agreement *ag, int year, struct buf *out)
{
	struct rep r;
	struct year_amount ya;

	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	r.year = year;
	if (calc_party_year(ag, ag->parties, year, &ya) == CALC_OK) {
		report_adjust_note(&r, out, ag, ag->parties, &ya);
		if (ya.partial)
			buf_printf(out, "%s.", report_adjust_prorated(&r, ag, ag->parties, &ya));
	}
	buf_adds(out, "");
	arena_free(r.bd.a);
}

/* A period that starts and ends inside one calendar year across the
 * agreement years' turn (1 March-31 October 2025, July-June): each part
 * says the days it counts and its own base, never one sum for both. */
static void
test_rev_agreement_year_parts(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 };

	ag = adjust_read_xml("<period from=\"2025-03-01\" to=\"2025-10-31\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\">"
	    "<line amount=\"365000\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\">"
	    "<line amount=\"400000\"><label>A</label></line></budget></economy>");
	if (ag == NULL)
		return;
	/* 365 000 x 122 / 365 + 400 000 x 123 / 365 = 122 000 + 134 794.52 */
	OK(calc_party_year(ag, ag->parties, 2025, &ya) == CALC_OK);
	INT_EQ(ya.amount, 256795);
	INT_EQ(ya.part[0].counted_last - ya.part[0].counted_first + 1, 122);
	INT_EQ(ya.part[1].counted_last - ya.part[1].counted_first + 1, 123);
	INT_EQ(ya.part[0].prorated_base, 365000);
	INT_EQ(ya.part[1].prorated_base, 400000);
	rev_remark(ag, 2025, &b);
	/* each part's kronor, of its own base (review s22) */
	STR_EQ(b.data, "Av verksamhetsåret 2024/25 räknas 122 av 365 dagar (1 mars–30 juni), "
	    "122" NBSP "000" NBSP "kr av 365" NBSP "000" NBSP "kr; av 2025/26 123 av 365 dagar "
	    "(1 juli–31 oktober), 134" NBSP "795" NBSP "kr av 400" NBSP "000" NBSP "kr. beloppet "
	    "räknas efter de dagar överenskommelsen gällde, i båda verksamhetsåren.");
	free(b.data);
	agreement_free(ag);

	/* a yearly fee beside the grant in 2024/25: each part's prorated base */
	ag = adjust_read_xml("<period from=\"2025-03-01\" to=\"2025-10-31\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\">"
	    "<line amount=\"365000\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\" prorate=\"no\">"
	    "<line amount=\"20000\"><label>Avgift</label></line></budget>"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\">"
	    "<line amount=\"400000\"><label>A</label></line></budget></economy>");
	if (ag == NULL)
		return;
	b.data = NULL, b.len = b.cap = 0;
	rev_remark(ag, 2025, &b);
	STR_EQ(b.data, "Av verksamhetsåret 2024/25 räknas 181 av 365 dagar (1 januari–30 juni; "
	    "för belopp som följer dagarna bara de 122 dagar överenskommelsen gällde, 1 mars–30 juni); "
	    "av 2025/26 123 av 365 dagar (1 juli–31 oktober), 134" NBSP "795" NBSP "kr av 400"
	    NBSP "000" NBSP "kr. "
	    "365" NBSP "000" NBSP "kr av grundbeloppet för 2024/25 och 400" NBSP "000" NBSP
	    "kr av grundbeloppet för "
	    "2025/26 räknas efter de dagar överenskommelsen gällde och resten som helt "
	    "årsbelopp.");
	free(b.data);
	agreement_free(ag);
}

/* A calendar year across two agreement years, each covered whole: each
 * part says its kronor and the agreement year's amount it is the days'
 * share of, so that the row adds up from them (review s22, Norrvik
 * 2026: 372 300 x 181 / 365 = 184 620, 379 746 x 184 / 365 = 191 433.6;
 * 184 620 + 191 434 = 376 054 kr); a value the same in both and not
 * uprated counts one whole year, even where one year holds 29 February
 * (review s27, Ekby UBN 2027: 360 000 kr, not 178 521 + 180 984 =
 * 359 505 kr by days); the part year after it counts its days over the
 * agreement year's, as the other parties' money (review s25, 2028:
 * 360 000 x 182 / 366 = 179 016 kr). */
static void
test_rev_two_parts_reproduced(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 };

	ag = adjust_read_xml("<period from=\"2024-09-01\" to=\"2027-06-30\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<adjustment kind=\"percent\" percent=\"2\" from=\"2025-07-01\" applies-to=\"money\"/>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\">"
	    "<line amount=\"365000\"><label>A</label></line></budget></economy>");
	if (ag == NULL)
		return;
	OK(calc_party_year(ag, ag->parties, 2026, &ya) == CALC_OK);
	INT_EQ(ya.amount, 376054);
	INT_EQ(ya.whole_year, 0);
	rev_remark(ag, 2026, &b);
	STR_EQ(b.data, "Av verksamhetsåret 2025/26 räknas 181 av 365 dagar (1 januari–30 juni), "
	    "184" NBSP "620" NBSP "kr av 372" NBSP "300" NBSP "kr; av 2026/27 184 av 365 dagar "
	    "(1 juli–31 december), 191" NBSP "434" NBSP "kr av 379" NBSP "746" NBSP "kr. "
	    "Grundbelopp 365" NBSP "000" NBSP "kr (2024/25), uppräknat med 2" NBSP "% per år "
	    "från 1 juli 2025. ");
	free(b.data);
	agreement_free(ag);

	/* 2027/28 holds 29 February: 2027 is still one whole year */
	ag = adjust_read_xml("<period from=\"2025-08-11\" to=\"2028-06-30\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<budget party=\"k\" kind=\"money\">"
	    "<line amount=\"360000\"><label>A</label></line></budget></economy>");
	if (ag == NULL)
		return;
	OK(calc_party_year(ag, ag->parties, 2026, &ya) == CALC_OK);
	INT_EQ(ya.amount, 360000);
	INT_EQ(ya.whole_year, 360000);
	OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
	INT_EQ(ya.amount, 360000);
	INT_EQ(ya.whole_year, 360000);
	INT_EQ(ya.part[0].by_days_kr, 178521);
	INT_EQ(ya.part[1].by_days_kr, 181479);
	b.data = NULL, b.len = b.cap = 0;
	rev_remark(ag, 2027, &b);
	STR_EQ(b.data, "Av verksamhetsåren 2026/27 och 2027/28 räknas ett helt år, 360" NBSP
	    "000" NBSP "kr. ");
	free(b.data);
	OK(calc_party_year(ag, ag->parties, 2028, &ya) == CALC_OK);
	INT_EQ(ya.amount, 179016);
	INT_EQ(ya.part[0].rest_of, 0);
	b.data = NULL, b.len = b.cap = 0;
	rev_remark(ag, 2028, &b);
	STR_EQ(b.data, "Av verksamhetsåret 2027/28 räknas 182 av 366 dagar (1 januari–30 juni), "
	    "179" NBSP "016" NBSP "kr av 360" NBSP "000" NBSP "kr. ");
	free(b.data);
	agreement_free(ag);
}

/* Money paid in a month and monthly money, both uprated, each printed
 * in whole kronor while the year rounds them once: said (review s22,
 * Ekby UBN 2027: 84 000 x 1.0404 = 87 393.6 and 6 x 32 130 + 6 x
 * 32 772.60 = 389 415.6, 476 809.2 in all: printed 87 394 + 389 416 =
 * 476 810 kr, 1 kr more); nothing where they agree (2026: 85 680 +
 * 381 780). */
/* A part year of three kinds of money (Ekby UBN 2025, review s25): the
 * grant by days, 720 000 x 143 / 365 = 282 082.2; the 84 000 kr paid in
 * August; 31 500 kr a month from 11 August, 31 500 x (21/31 + 4) =
 * 147 338.7: 282 082 + 84 000 + 147 339 = 513 421 kr, each part with its
 * kronor in the row.  The money paid is named in the row when the part
 * year's rule goes under the table (more rows with a part year), else
 * the row's own part-year words name it. */
static void
test_rev_row_parts(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 };
	struct rep r;

	ag = adjust_read_xml("<period from=\"2025-08-11\" to=\"2028-06-30\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\">"
	    "<line amount=\"720000\"><label>G</label></line></budget>"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\" prorate=\"no\">"
	    "<line amount=\"84000\" payment=\"yearly\" payment-months=\"8\"><label>L</label></line>"
	    "</budget>"
	    "<budget party=\"k\" per=\"month\" kind=\"money\">"
	    "<line amount=\"31500\" payment=\"monthly\"><label>S</label></line></budget>"
	    "</economy>");
	if (ag == NULL)
		return;
	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	r.year = 2025;
	OK(calc_party_year(ag, ag->parties, 2025, &ya) == CALC_OK);
	INT_EQ(ya.amount, 513421);
	INT_EQ(ya.part[0].by_days_kr, 282082);
	r.part_year_under = true;
	report_adjust_note(&r, &b, ag, ag->parties, &ya);
	report_econ_monthly(&r, &b, ag, ag->parties, &ya);
	buf_adds(&b, "");
	OK(strstr(b.data, "282" NBSP "082" NBSP "kr av 720" NBSP "000" NBSP "kr. ") != NULL);
	OK(strstr(b.data, "L: 84" NBSP "000" NBSP "kr betalas ut i augusti och räknas det år det "
	    "betalas. ") != NULL);
	/* whole months and days, no "knappt 4,7 månader" (review s28) */
	OK(strstr(b.data, "31" NBSP "500" NBSP "kr per månad: 21" NBSP "339" NBSP "kr för 11–31 "
	    "augusti och 4" NBSP "×" NBSP "31" NBSP "500" NBSP "kr för september–december, "
	    "sammanlagt 147" NBSP "339" NBSP "kr. ") != NULL);
	OK(strstr(b.data, "4,7") == NULL);
	free(b.data);
	b.data = NULL, b.len = b.cap = 0;
	/* one row with a part year: its own words name the money paid */
	r.part_year_under = false;
	report_adjust_note(&r, &b, ag, ag->parties, &ya);
	buf_adds(&b, "");
	OK(strstr(b.data, "betalas ut i augusti") == NULL);
	free(b.data);
	arena_free(r.bd.a);
	agreement_free(ag);
}

/* Monthly money with a part month counted by its days, in whole months
 * and days (review s28: Ekby UBN 2025 "31 500 kr per månad i knappt 4,7
 * månader"): the period's first month, its last, or both in one month. */
static void
test_rev_month_split(void)
{
	static const struct {
		const char *period;
		int year;
		const char *want;
	} cases[] = {
		{ "<period from=\"2025-08-11\" to=\"2028-06-30\"/>", 2025,
		  "21" NBSP "339" NBSP "kr för 11–31 augusti + 4" NBSP "×" NBSP "31" NBSP "500"
		  NBSP "kr för september–december" },
		{ "<period from=\"2025-03-01\" to=\"2025-06-15\"/>", 2025,
		  "3" NBSP "×" NBSP "31" NBSP "500" NBSP "kr för mars–maj + 15" NBSP "750" NBSP
		  "kr för 1–15 juni" },
		{ "<period from=\"2025-05-10\" to=\"2025-05-20\"/>", 2025,
		  "11" NBSP "177" NBSP "kr för 10–20 maj" },
		{ "<period from=\"2025-11-30\" to=\"2026-01-01\"/>", 2025,
		  "1" NBSP "050" NBSP "kr för 30 november + 31" NBSP "500" NBSP "kr för december" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct agreement *ag = adjust_read_xml(cases[i].period,
		    "<economy prorate=\"yes\"><budget party=\"k\" per=\"month\" kind=\"money\">"
		    "<line amount=\"31500\" payment=\"monthly\"><label>S</label></line></budget>"
		    "</economy>");
		struct year_amount ya;
		struct month_split sp;
		struct buf b = { NULL, 0, 0 };
		struct rep r;

		if (ag == NULL)
			return;
		memset(&r, 0, sizeof(r));
		r.bd.a = arena_new();
		r.year = cases[i].year;
		OK(calc_party_year(ag, ag->parties, cases[i].year, &ya) == CALC_OK);
		INT_EQ(ya.nmonth, 1);
		OK(report_month_split(ag, cases[i].year, &ya.month[0], &sp));
		report_month_split_words(&r, &b, &sp, 31500, " + ");
		buf_adds(&b, "");
		STR_EQ(b.data, cases[i].want);
		free(b.data);
		arena_free(r.bd.a);
		agreement_free(ag);
	}
}

static void
test_rev_rounding(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 };
	struct rep r;

	ag = adjust_read_xml("<period from=\"2025-08-11\" to=\"2028-06-30\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<adjustment kind=\"percent\" percent=\"2\" from=\"2026-07-01\" applies-to=\"money\"/>"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\" prorate=\"no\">"
	    "<line amount=\"84000\" payment=\"yearly\" payment-months=\"8\"><label>L</label></line>"
	    "</budget>"
	    "<budget party=\"k\" per=\"month\" kind=\"money\">"
	    "<line amount=\"31500\" payment=\"monthly\"><label>S</label></line></budget>"
	    "</economy>");
	if (ag == NULL)
		return;
	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	r.year = 2027;
	/* 84 000 × 1,0404 = 87 393,60 → 87 394 kr and 6 × 32 130 + 6 ×
	 * 32 772,60 = 389 415,60 → 389 416 kr: the year is 476 810 kr, the
	 * two lines' sum, not 476 809,20 rounded once (review s28) */
	OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
	INT_EQ(ya.amount, 476810);
	OK(report_econ_items(&r, ag, ag->parties, &ya, NULL, &b));
	buf_adds(&b, "");
	STR_EQ(b.data, "L: 87" NBSP "394" NBSP "kr (augusti)" LINE_SEP "S: 389" NBSP "416" NBSP
	    "kr (6" NBSP "×" NBSP "32" NBSP "130" NBSP "kr + 6" NBSP "×" NBSP "32" NBSP "772,60" NBSP
	    "kr)");
	free(b.data);
	b.data = NULL, b.len = b.cap = 0;
	r.year = 2026;
	OK(calc_party_year(ag, ag->parties, 2026, &ya) == CALC_OK);
	INT_EQ(ya.amount, 467460);
	free(b.data);
	arena_free(r.bd.a);
	agreement_free(ag);
}

/* The Ekonomi remark's parts, one a line (review s26): Ekby UBN 2027's
 * grant paid in August, 84 000 kr × 1,02 = 85 680 kr from 2026-07-01, ×
 * 1,02 again = 87 393,60 kr, and the monthly 31 500 kr as 6 × 32 130 +
 * 6 × 32 772,60 = 389 416 kr: 87 394 + 389 416 = 476 810 kr, the year's
 * amount (review s28: the row is the sum of its lines). */
static void
test_rev_items(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 }, under = { NULL, 0, 0 };
	struct rep r;

	ag = adjust_read_xml("<period from=\"2025-08-11\" to=\"2028-06-30\"/>",
	    "<economy year-start=\"07-01\" prorate=\"yes\">"
	    "<adjustment kind=\"percent\" percent=\"2\" from=\"2026-07-01\" applies-to=\"money\"/>"
	    "<budget party=\"k\" year=\"2025\" kind=\"money\" prorate=\"no\">"
	    "<line amount=\"84000\" payment=\"yearly\" payment-months=\"8\"><label>L</label></line>"
	    "</budget>"
	    "<budget party=\"k\" per=\"month\" kind=\"money\">"
	    "<line amount=\"31500\" payment=\"monthly\"><label>S</label></line></budget>"
	    "</economy>");
	if (ag == NULL)
		return;
	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	r.year = 2027;
	OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
	INT_EQ(ya.amount, 476810);
	OK(report_econ_items(&r, ag, ag->parties, &ya, NULL, &b));
	buf_adds(&b, "");
	STR_EQ(b.data, "L: 87" NBSP "394" NBSP "kr (augusti)" LINE_SEP "S: 389" NBSP "416" NBSP
	    "kr (6" NBSP "×" NBSP "32" NBSP "130" NBSP "kr + 6" NBSP "×" NBSP "32" NBSP "772,60" NBSP
	    "kr)");
	/* the lines are the row: nothing to say of the rounding */
	r.econ_under = &under;
	OK(under.data == NULL);
	free(b.data);
	free(under.data);
	arena_free(r.bd.a);
	agreement_free(ag);
}

/* Money paid in a known month, in a part year counted by days beside it:
 * the amount the year counts, uprated, with the budget's beside it, as
 * every payment note says it (was "utom 20 000 kr", counting 20 400). */
static void
test_rev_paid_uprated(void)
{
	struct agreement *ag;
	struct buf b = { NULL, 0, 0 };

	ag = adjust_read_xml("<period from=\"2024-07-01\" to=\"2025-10-31\"/>",
	    "<economy year-start=\"07-01\"><adjustment kind=\"percent\" percent=\"2\" "
	    "from=\"2025-07-01\"/>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\" prorate=\"yes\">"
	    "<line amount=\"365000\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\" prorate=\"no\">"
	    "<line amount=\"20000\" payment=\"yearly\" payment-months=\"9\"><label>Avgift</label>"
	    "</line></budget></economy>");
	if (ag == NULL)
		return;
	rev_remark(ag, 2025, &b);
	OK(strstr(b.data, "utom 20" NBSP "400" NBSP "kr (20" NBSP "000" NBSP
	    "kr före uppräkning) som betalas ut i september") != NULL);
	if (strstr(b.data, "20" NBSP "400") == NULL)
		fprintf(stderr, "remark: %s\n", b.data);
	free(b.data);
	agreement_free(ag);
}

/* The report's deadlines of a year, as the "Uppföljning" paragraph ends. */
static void
rev_deadlines(const struct agreement *ag, int year, struct buf *out)
{
	struct rep r;

	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	r.year = year;
	report_duty_deadlines(&r, ag, out);
	buf_adds(out, "");
	arena_free(r.bd.a);
}

/* Deadlines print in calendar order whatever the source's order; a yearly
 * 29 februari is 28 februari in a year without one, and the report says
 * so. */
static void
test_rev_deadlines(void)
{
	struct agreement *ag;
	struct buf b = { NULL, 0, 0 };

	ag = adjust_read_xml("<period from=\"2024-01-01\" to=\"2026-12-31\"/><followup>"
	    "<report-due month=\"8\" day=\"15\"/><report-due month=\"2\" day=\"29\"/>"
	    "<report-due date=\"2025-10-31\"/><report-due date=\"2025-03-31\"/>"
	    "<report-due month=\"1\" day=\"31\"/></followup>", "");
	if (ag == NULL)
		return;
	rev_deadlines(ag, 2024, &b);
	STR_EQ(b.data, "Skriftliga rapporter ska lämnas senast 31 januari, 29 februari och "
	    "15 augusti varje år.");
	free(b.data);
	b.data = NULL, b.len = b.cap = 0;
	rev_deadlines(ag, 2025, &b);
	STR_EQ(b.data, "Skriftliga rapporter ska lämnas senast 31 januari, 28 februari och "
	    "15 augusti varje år (överenskommelsen anger 29 februari, som inte finns 2025). "
	    "Rapport ska lämnas senast 2025-03-31 och 2025-10-31.");
	free(b.data);
	agreement_free(ag);
}

/* "med 2 % per år": the percent sign keeps to its figure (U+00A0), as in
 * every other amount of the report, so a line never ends in "2". */
static void
test_rev_percent_nbsp(void)
{
	struct agreement *ag;
	struct buf b = { NULL, 0, 0 };

	ag = adjust_read_xml("<period from=\"2024-01-01\" to=\"2026-12-31\"/>",
	    "<economy><adjustment kind=\"percent\" percent=\"2.5\" from=\"2025-01-01\"/>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\">"
	    "<line amount=\"100000\"><label>A</label></line></budget></economy>");
	if (ag == NULL)
		return;
	rev_remark(ag, 2025, &b);
	OK(b.data != NULL && strstr(b.data, "med 2,5" NBSP "% per år från 1 januari 2025") != NULL);
	free(b.data);
	agreement_free(ag);
}

/* Money counted on its payment days that a part year counts whole says
 * so for its parties, without the payment months as why: the rule is the
 * Bilaga's, on the budget-year basis (review s28: Ekdala 2027 said "betalas
 * beloppet ut i januari och juli" and "räknas fullt ut för 2027, eftersom
 * överenskommelsen gällde vid båda utbetalningarna"); when a payment falls
 * outside the period, which one counts. */
/* Agreement years from 1 August, the kommun's money paid in September
 * and February (Malmö's läxhjälp, s31): the calendar year counts its
 * payments, not days, so the remark names no "N av M dagar" that no
 * printed figure gives (575 000 kr is no 153/365 of 1 150 000 kr). */
static void
test_rev_paid_no_days(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct buf b = { NULL, 0, 0 };

	ag = pay_read_xml("<period from=\"2026-08-01\" to=\"2028-07-31\"/>",
	    "<economy year-start=\"08-01\"><budget party=\"k\" year=\"2026\" per=\"year\">"
	    "<line amount=\"1150000\"><label>A</label></line></budget></economy>",
	    "<payment kind=\"payout\" frequency=\"half-yearly\" months=\"9 2\"><p>x</p></payment>");
	if (ag == NULL)
		return;
	OK(calc_party_year(ag, ag->parties, 2026, &ya) == CALC_OK);
	INT_EQ(ya.amount, 575000);
	rev_remark(ag, 2026, &b);
	OK(strstr(b.data, "dagar") == NULL);
	OK(strstr(b.data, "september") != NULL);
	if (strstr(b.data, "dagar") != NULL)
		fprintf(stderr, "remark: %s\n", b.data);
	buf_reset(&b);
	OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
	INT_EQ(ya.amount, 1150000);
	rev_remark(ag, 2027, &b);
	OK(strstr(b.data, "dagar") == NULL);
	/* each agreement year's payment with its kronor: the row adds up */
	STR_EQ(b.data, "575" NBSP "000" NBSP "kr (2026/27) betalas ut i februari och 575" NBSP "000"
	    NBSP "kr (2027/28) i september; beloppen räknas det år de betalas. ");
	if (strstr(b.data, "dagar") != NULL)
		fprintf(stderr, "remark: %s\n", b.data);
	free(b.data);
	agreement_free(ag);
}

static void
test_rev_paid_whole(void)
{
	struct agreement *ag;
	struct year_amount ya;
	struct rep r;

	memset(&r, 0, sizeof(r));
	r.bd.a = arena_new();
	/* ends 31 October: January and July both paid */
	ag = pay_read_xml("<period from=\"2025-11-01\" to=\"2027-10-31\"/>",
	    "<economy><budget party=\"k\" kind=\"money\"><line amount=\"300000\"><label>A</label></line></budget>"
	    "<budget party=\"f\" kind=\"in-kind\"><line amount=\"120000\"><label>B</label></line></budget></economy>",
	    "<payment kind=\"payout\" frequency=\"half-yearly\" months=\"1 7\"><p>x</p></payment>");
	if (ag != NULL) {
		r.year = 2027;
		OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
		INT_EQ(ya.amount, 300000);
		STR_EQ(report_adjust_prorated(&r, ag, ag->parties, &ya), "hela årsbeloppet räknas för 2027");
		agreement_free(ag);
	}
	/* the year's own budget, paid once in the period: that budget, no
	 * yearly amount counted whole (review I, Ekdala 2025: "räknas hela
	 * årsbeloppet för 2025" of 50 000 kr for november–december) */
	ag = pay_read_xml("<period from=\"2025-11-01\" to=\"2027-10-31\"/>",
	    "<economy><budget party=\"k\" year=\"2025\" kind=\"money\"><line amount=\"50000\" "
	    "payment=\"once\" payment-months=\"11\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2026\" per=\"year\" kind=\"money\"><line amount=\"300000\">"
	    "<label>A</label></line></budget></economy>",
	    "<payment kind=\"payout\" frequency=\"half-yearly\" months=\"1 7\"><p>x</p></payment>");
	if (ag != NULL) {
		r.year = 2025;
		OK(calc_party_year(ag, ag->parties, 2025, &ya) == CALC_OK);
		INT_EQ(ya.amount, 50000);
		STR_EQ(report_adjust_prorated(&r, ag, ag->parties, &ya), "beloppet är budgeten för 2025");
		agreement_free(ag);
	}
	/* ends 31 May: only January's payment falls in 2027's period */
	ag = pay_read_xml("<period from=\"2025-11-01\" to=\"2027-05-31\"/>",
	    "<economy><budget party=\"k\" kind=\"money\"><line amount=\"300000\"><label>A</label></line></budget></economy>",
	    "<payment kind=\"payout\" frequency=\"half-yearly\" months=\"1 7\"><p>x</p></payment>");
	if (ag != NULL) {
		r.year = 2027;
		OK(calc_party_year(ag, ag->parties, 2027, &ya) == CALC_OK);
		INT_EQ(ya.amount, 150000);
		STR_EQ(report_adjust_prorated(&r, ag, ag->parties, &ya), "beloppet räknas med bara utbetalningen "
		    "i januari");
		agreement_free(ag);
	}
	/* the year's own budget priced by an estimate: the amount is an
	 * estimate after the budget, not "the budget" (review H, Ekby SN
	 * 2025: "Beloppet är budgeten för 2025" of 488 300 kr (uppskattat));
	 * the same budget with an amount is the budget */
	ag = pay_read_xml("<period from=\"2025-11-01\" to=\"2026-03-31\"/>",
	    "<economy><budget party=\"k\" year=\"2025\" kind=\"money\"><line unit-price=\"450\" "
	    "unit=\"natt\" quantity=\"854\" estimate=\"384300\"><label>A</label></line></budget>"
	    "<budget party=\"f\" year=\"2025\" kind=\"money\"><line amount=\"12000\">"
	    "<label>B</label></line></budget></economy>", "<p>x</p>");
	if (ag != NULL) {
		r.year = 2025;
		OK(calc_party_year(ag, ag->parties, 2025, &ya) == CALC_OK);
		INT_EQ(ya.amount, 384300);
		STR_EQ(report_adjust_prorated(&r, ag, ag->parties, &ya),
		    "beloppet är uppskattat efter budgeten för 2025");
		OK(calc_party_year(ag, ag->parties->next, 2025, &ya) == CALC_OK);
		STR_EQ(report_adjust_prorated(&r, ag, ag->parties->next, &ya),
		    "beloppet är budgeten för 2025");
		agreement_free(ag);
	}
	arena_free(r.bd.a);
}
