/* Unit tests of public parties that are not the kommun (<party kind>,
 * build_report_public.c): whose money a nämnd report counts as the
 * kommun's; included by unit.c. */
#include "build_report_int.h"

static struct agreement *
public_agreement(const char *parties)
{
	struct buf x = { NULL, 0, 0 };
	struct agreement *ag = NULL;
	char *path;

	buf_printf(&x, "<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>"
	    "<parties>%s<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party>"
	    "</parties><period from=\"2025-01-01\" to=\"2025-12-31\"/>"
	    "<text><p>x</p></text></agreement>", parties);
	path = write_temp(x.data, x.len);
	INT_EQ(xml_read_agreement(path, &ag), 0);
	unlink(path);
	free(path);
	buf_free(&x);
	return ag;
}

static const struct party *
party_at(const struct agreement *ag, size_t i)
{
	const struct party *p = ag->parties;

	while (p != NULL && i-- > 0)
		p = p->next;
	return p;
}

static void
test_public_parties(void)
{
	struct namnd_ref namnd = { NULL, "Ekdala kommun", "Socialnämnden", false, 0, NULL };
	struct rep r;
	struct agreement *ag;

	memset(&r, 0, sizeof(r));
	r.namnd = &namnd;
	/* kind read; default kommun; a region and other bodies are other money */
	ag = public_agreement(
	    "<party id=\"k\" role=\"public\"><name>Ekdala kommun</name></party>"
	    "<party id=\"r\" role=\"public\" kind=\"region\"><name>Region X</name></party>"
	    "<party id=\"o\" role=\"public\" kind=\"other\"><name>Förbundet</name></party>");
	if (ag != NULL) {
		INT_EQ(party_at(ag, 0)->public_kind, PUBLIC_KOMMUN);
		OK(party_at(ag, 0)->kind_text == NULL);
		INT_EQ(party_at(ag, 1)->public_kind, PUBLIC_REGION);
		INT_EQ(party_at(ag, 2)->public_kind, PUBLIC_OTHER);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_KOMMUN);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_OTHER_PUBLIC);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 2)), REP_MONEY_OTHER_PUBLIC);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 3)), REP_MONEY_IDEBUREN);
		STR_EQ(report_party_label(&r, ag, party_at(ag, 1)), "regionen");
		STR_EQ(report_party_label(&r, ag, party_at(ag, 2)), "offentlig part");
		STR_EQ(report_party_label(&r, ag, party_at(ag, 3)), "idéburen part");
		/* a lone kommun is the nämnd's whatever its name */
		namnd.kommun = "Annan kommun";
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_KOMMUN);
		namnd.kommun = "Ekdala kommun";
		agreement_free(ag);
	}
	/* two kommuner: the one acting through the nämnd (any case) is the
	 * nämnd's, the other a samverkande kommun */
	ag = public_agreement(
	    "<party id=\"a\" role=\"public\"><name>Åby kommun</name><acting>socialnämnden</acting></party>"
	    "<party id=\"b\" role=\"public\" kind=\"kommun\"><name>Bey kommun</name>"
	    "<acting>kommunstyrelsen</acting></party>");
	if (ag != NULL) {
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_KOMMUN);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_OTHER_PUBLIC);
		STR_EQ(report_party_label(&r, ag, party_at(ag, 0)), "kommunen");
		STR_EQ(report_party_label(&r, ag, party_at(ag, 1)), "samverkande kommun");
		/* named as the nämnd's kommun counts too */
		namnd.kommun = "Bey kommun";
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_KOMMUN);
		/* neither matches: every kommun is counted */
		namnd.kommun = "Cey kommun";
		namnd.name = "Kulturnämnden";
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_KOMMUN);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_KOMMUN);
		agreement_free(ag);
	}
	/* two kommuner each acting through its socialnämnd (an agreement
	 * both nämnder report): the one named as the nämnd's kommun is the
	 * nämnd's, in each of the two reports */
	namnd.name = "Socialnämnden";
	ag = public_agreement(
	    "<party id=\"a\" role=\"public\"><name>Åby kommun</name><acting>socialnämnden</acting></party>"
	    "<party id=\"b\" role=\"public\"><name>Bey kommun</name><acting>socialnämnden</acting></party>");
	if (ag != NULL) {
		namnd.kommun = "Åby kommun";
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_KOMMUN);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_OTHER_PUBLIC);
		namnd.kommun = "Bey kommun";
		INT_EQ(report_party_money(&r, ag, party_at(ag, 0)), REP_MONEY_OTHER_PUBLIC);
		INT_EQ(report_party_money(&r, ag, party_at(ag, 1)), REP_MONEY_KOMMUN);
		STR_EQ(report_party_label(&r, ag, party_at(ag, 0)), "samverkande kommun");
		agreement_free(ag);
	}
}

/* Meetings and reports a frequency asks for in the part of a year an
 * agreement covers (calc_duty.c: the duty's equal parts of the year the
 * part covers more than half of, by days; written reports at least one
 * in the year the agreement ends), computed by hand. */
static void
test_duty_part_year(void)
{
	struct date from, to;
	struct date nov1 = { 2025, 11, 1 }, end = { 2027, 10, 31 };
	struct date start = { 2024, 1, 1 }, jun30 = { 2025, 6, 30 }, nov15 = { 2025, 11, 15 };
	bool final;

	/* 1 Nov-31 Dec 2025, 61 days: November and December whole */
	OK(calc_duty_part(nov1, end, 2025, &from, &to));
	INT_EQ(from.m, 11);
	INT_EQ(to.d, 31);
	INT_EQ(calc_duty_required(DUTY_MONTH, 1, from, to, 2025), 2);
	/* 61 of the fourth quarter's 92 days; 61 of the second half's 184,
	 * not more than half */
	INT_EQ(calc_duty_required(DUTY_QUARTER, 1, from, to, 2025), 1);
	INT_EQ(calc_duty_required(DUTY_HALF_YEAR, 1, from, to, 2025), 0);
	/* 1 per år: 61 of 365 days, none (before: one, as the year ended
	 * in it); 2 per år: none; 12 per år: November and December */
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2025), 0);
	INT_EQ(calc_duty_required(DUTY_YEAR, 2, from, to, 2025), 0);
	INT_EQ(calc_duty_required(DUTY_YEAR, 12, from, to, 2025), 2);
	/* 52 parts of 365/52 days: part 44 is days 302-308, 1 November day
	 * 305 covers four of its seven; parts 45-52 whole */
	INT_EQ(calc_duty_required(DUTY_WEEK, 1, from, to, 2025), 9);
	INT_EQ(calc_duty_required(DUTY_WEEK, 2, from, to, 2025), 18);
	/* from 2 November: three of seven, not more than half */
	from.d = 2;
	INT_EQ(calc_duty_required(DUTY_WEEK, 1, from, to, 2025), 8);
	from.d = 1;
	INT_EQ(calc_duty_required(DUTY_PERIOD, 1, from, to, 2025), -1);
	/* from 15 Nov: 16 of November's 30 days count; from 16 Nov, 15 of
	 * 30, exactly half, do not */
	OK(calc_duty_part(nov15, end, 2025, &from, &to));
	INT_EQ(calc_duty_required(DUTY_MONTH, 1, from, to, 2025), 2);
	from.d = 16;
	INT_EQ(calc_duty_required(DUTY_MONTH, 1, from, to, 2025), 1);
	/* 1 Jan-30 Jun 2025: the first half whole, 181 of the year's 365
	 * days not more than half; two quarters, six months */
	OK(calc_duty_part(start, jun30, 2025, &from, &to));
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2025), 0);
	INT_EQ(calc_duty_required(DUTY_YEAR, 2, from, to, 2025), 1);
	INT_EQ(calc_duty_required(DUTY_HALF_YEAR, 1, from, to, 2025), 1);
	INT_EQ(calc_duty_required(DUTY_QUARTER, 1, from, to, 2025), 2);
	INT_EQ(calc_duty_required(DUTY_MONTH, 2, from, to, 2025), 12);
	INT_EQ(calc_duty_required(DUTY_YEAR, 4, from, to, 2025), 2);
	/* Norrvik, from 1 September 2024, "efter varje termin" (two per år):
	 * 122 of the second half's 184 days, the autumn termin's report
	 * only; four per år: 30 of the third quarter's 92 days do not count */
	from = (struct date){ 2024, 9, 1 };
	to = (struct date){ 2024, 12, 31 };
	INT_EQ(calc_duty_required(DUTY_YEAR, 2, from, to, 2024), 1);
	INT_EQ(calc_duty_required(DUTY_YEAR, 4, from, to, 2024), 1);
	/* five per år, not whole months: parts of 366 / 5 days end on days
	 * 73, 146, 219, 292 and 366; 1 September 2024 is day 245, 48 of
	 * the fourth part's 73 days */
	INT_EQ(calc_duty_required(DUTY_YEAR, 5, from, to, 2024), 2);
	/* 1 Oct-31 Dec 2021, 92 days: no yearly duty; 1 Jan-30 Sep 2023
	 * (Linköping, the agreement's last year), 273 days: one */
	from = (struct date){ 2021, 10, 1 };
	to = (struct date){ 2021, 12, 31 };
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2021), 0);
	from = (struct date){ 2023, 1, 1 };
	to = (struct date){ 2023, 9, 30 };
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2023), 1);
	/* both sides of half: 2025 has 365 days, 1 Jul-31 Dec is 184 and 2
	 * Jul 183 (366 > 365), 3 Jul 182; 2024 has 366, 1 Jul is 184, 2 Jul
	 * 183, exactly half, which does not count */
	to = (struct date){ 2025, 12, 31 };
	from = (struct date){ 2025, 7, 1 };
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2025), 1);
	from.d = 2;
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2025), 1);
	from.d = 3;
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2025), 0);
	to = (struct date){ 2024, 12, 31 };
	from = (struct date){ 2024, 7, 1 };
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2024), 1);
	from.d = 2;
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2024), 0);
	/* quarterly from 11 August 2025 (Ekby): 51 of the third quarter's
	 * 92 days count, and the fourth: two; from 17 August, 45 of 92, one */
	from = (struct date){ 2025, 8, 11 };
	to = (struct date){ 2025, 12, 31 };
	INT_EQ(calc_duty_required(DUTY_QUARTER, 1, from, to, 2025), 2);
	from.d = 17;
	INT_EQ(calc_duty_required(DUTY_QUARTER, 1, from, to, 2025), 1);
	/* an agreement of 1 July 2023-30 June 2024 owes its one yearly duty
	 * once, as one whole year would: in 2023 (184 of 365 days), not in
	 * 2024 (182 of 366) */
	OK(calc_duty_part((struct date){ 2023, 7, 1 }, (struct date){ 2024, 6, 30 }, 2023, &from,
	    &to));
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2023), 1);
	OK(calc_duty_part((struct date){ 2023, 7, 1 }, (struct date){ 2024, 6, 30 }, 2024, &from,
	    &to));
	INT_EQ(calc_duty_required(DUTY_YEAR, 1, from, to, 2024), 0);
	/* written reports: the year an agreement ends asks for its final
	 * report however short the part (ending 29 February 2028: 60 days
	 * of 366, of the first half's 182), by the rule otherwise */
	INT_EQ(calc_duty_reports(1, (struct date){ 2025, 3, 1 }, (struct date){ 2028, 2, 29 },
	    2028, &final), 1);
	OK(final);
	INT_EQ(calc_duty_reports(2, (struct date){ 2025, 3, 1 }, (struct date){ 2028, 2, 29 },
	    2028, &final), 1);
	OK(final);
	/* its first year, 1 March-31 December 2025, by the rule: one */
	INT_EQ(calc_duty_reports(1, (struct date){ 2025, 3, 1 }, (struct date){ 2028, 2, 29 },
	    2025, &final), 1);
	OK(!final);
	/* a first year of 1 October-31 December: none, the year does not end
	 * the agreement */
	INT_EQ(calc_duty_reports(1, (struct date){ 2021, 10, 1 }, (struct date){ 2023, 9, 30 },
	    2021, &final), 0);
	OK(!final);
	/* Linköping's last year, to 30 September 2023: one by the rule */
	INT_EQ(calc_duty_reports(1, (struct date){ 2021, 10, 1 }, (struct date){ 2023, 9, 30 },
	    2023, &final), 1);
	OK(!final);
	/* a whole year as written; no reports asked, none */
	INT_EQ(calc_duty_reports(2, (struct date){ 2021, 10, 1 }, (struct date){ 2023, 9, 30 },
	    2022, &final), 2);
	OK(!final);
	INT_EQ(calc_duty_reports(0, (struct date){ 2021, 10, 1 }, (struct date){ 2023, 9, 30 },
	    2023, &final), 0);
	/* an agreement within one year, three months: its final report */
	INT_EQ(calc_duty_reports(1, (struct date){ 2025, 3, 1 }, (struct date){ 2025, 5, 31 },
	    2025, &final), 1);
	OK(final);
	/* a whole year is no part */
	OK(!calc_duty_part(start, end, 2025, &from, &to));
}
