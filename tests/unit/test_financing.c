/* Unit tests of costs budgets and financing tables (econ_derive.c,
 * validate_financing.c), included by unit.c: it shares write_temp(). */

/* Reads xml into *ag (NULL on failure) and validates it, the messages
 * into msgs; returns validate_agreement's errors, -1 when not read. */
static int
financing_read(const char *xml, struct agreement **ag, struct buf *msgs)
{
	char *path = write_temp(xml, strlen(xml));
	struct diag_ctx ctx;
	int errors = -1;

	diag_open(&ctx, msgs);
	if (xml_read_agreement(path, ag) == 0 && *ag != NULL)
		errors = validate_agreement(*ag);
	diag_close(&ctx, DIAG_KEEP_APART);
	unlink(path);
	free(path);
	return errors;
}

#define FIN_HEAD \
	"<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>" \
	"<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>" \
	"<party id=\"r\" role=\"public\"><name>Regionen</name></party>" \
	"<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>" \
	"<period from=\"2025-01-01\" to=\"2026-12-31\"/>"
#define FIN_TAIL \
	"<signatures><signatory party=\"k\"/></signatures></text></agreement>"

/* Each party's financing lines become one derived contribution, counted
 * as a budget; the costs budget counts in no party's money. */
static void
test_financing_derive(void)
{
	static const char xml[] = FIN_HEAD
	    "<economy><budget type=\"costs\" year=\"2025\">"
	    "<line amount=\"820000\"><label>Personal</label></line>"
	    "<line amount=\"240000\"><label>Lokal</label></line></budget></economy><text>"
	    "<financing year=\"2025\"><line party=\"k\" amount=\"700000\" recipient=\"f\"/>"
	    "<line party=\"r\" amount=\"200000\"><label>Regionens bidrag</label></line>"
	    "<line party=\"f\" amount=\"160000\" kind=\"in-kind\"><label>Ideellt arbete</label></line>"
	    "<line party=\"f\" kind=\"in-kind\" valued=\"no\"><label>Nätverk</label></line>"
	    "<total stated=\"1060000\"/></financing>" FIN_TAIL;
	struct agreement *ag = NULL;
	struct buf msgs = { NULL, 0, 0 };
	const struct budget *b;
	struct year_amount ya;
	bool has;
	size_t n = 0;

	INT_EQ(financing_read(xml, &ag, &msgs), 0);
	OK(msgs.data == NULL || strstr(msgs.data, "financing") == NULL);
	if (ag != NULL) {
		/* the costs and the financing are kept apart */
		OK(ag->cost_budgets != NULL && ag->cost_budgets->type == BUDGET_COSTS);
		OK(ag->financings != NULL && ag->financings->type == BUDGET_FINANCING);
		/* the kommun's line without <label> is labelled with its name */
		STR_EQ(rich_plain(ag->arena, &ag->financings->lines->label), "Kommunen");
		/* the kommun pays its line to the förening (data) */
		STR_EQ(ag->financings->lines->econ.recipient, "f");
		for (b = ag->budgets; b != NULL; b = b->next) {
			OK(b->derived_from == ag->financings);
			INT_EQ(b->year, 2025);
			n++;
		}
		INT_EQ(n, 3);	/* one per party: the förening's two lines together */
		b = ag->budgets->next->next;
		OK(b->party != NULL && strcmp(b->party->id, "f") == 0);
		INT_EQ(b->nlines, 2);
		INT_EQ(party_total(ag, ag->parties, 2025, &has), 700000);
		OK(has);
		INT_EQ(calc_party_year(ag, ag->parties->next, 2025, &ya), CALC_OK);
		INT_EQ(ya.amount, 200000);
		INT_EQ(agreement_total(ag, 2025), 1060000);
		/* a second call derives nothing more */
		econ_derive(ag);
		INT_EQ(agreement_total(ag, 2025), 1060000);
		agreement_free(ag);
	}
	buf_free(&msgs);
}

/* The financing against the costs: short, over, and a party counted twice. */
static void
test_financing_checks(void)
{
	static const char short_xml[] = FIN_HEAD "<text>"
	    "<budget type=\"costs\" year=\"2025\"><line amount=\"1060000\"><label>Allt</label></line></budget>"
	    "<financing year=\"2025\"><line party=\"k\" amount=\"700000\"/>"
	    "<line party=\"r\" amount=\"300000\"/></financing>"
	    "<budget type=\"costs\" year=\"2026\"><line amount=\"100\"><label>Allt</label></line>"
	    "<total stated=\"1000\"/></budget>"
	    "<financing year=\"2026\"><line party=\"k\" amount=\"900\"/>"
	    "<total stated=\"1100\"/></financing>" FIN_TAIL;
	static const char twice_xml[] = FIN_HEAD "<text>"
	    "<budget party=\"k\"><line amount=\"5\"><label>A</label></line></budget>"
	    "<financing year=\"2026\"><line party=\"k\" amount=\"7\"/></financing>"
	    "<budget year=\"2025\"><line amount=\"5\"><label>B</label></line></budget>" FIN_TAIL;
	struct agreement *ag = NULL;
	struct buf msgs = { NULL, 0, 0 };

	/* warnings only: the agreement's figures stand */
	INT_EQ(financing_read(short_xml, &ag, &msgs), 0);
	OK(msgs.data != NULL && strstr(msgs.data, "the financing for 2025 (1\u00a0000\u00a0000\u00a0kr) "
	    "does not cover the costs (1\u00a0060\u00a0000\u00a0kr, line 1): 60\u00a0000\u00a0kr is missing"));
	/* stated totals are the figures compared */
	OK(msgs.data != NULL && strstr(msgs.data, "the financing for 2026 (1\u00a0100\u00a0kr) is more "
	    "than the costs (1\u00a0000\u00a0kr, line 1), by 100\u00a0kr"));
	agreement_free(ag);
	ag = NULL;
	buf_free(&msgs);
	memset(&msgs, 0, sizeof(msgs));

	/* a budget without year counts in 2026 too; a contribution needs a party */
	INT_EQ(financing_read(twice_xml, &ag, &msgs), 2);
	OK(msgs.data != NULL && strstr(msgs.data, "Kommunen has both a budget (line 1) and a line "
	    "in the financing for 2026"));
	OK(msgs.data != NULL && strstr(msgs.data, "the budget has no party="));
	agreement_free(ag);
	buf_free(&msgs);
}
