/* The language of the messages (issue 15): every catalogue entry has a
 * Swedish text with the English one's printf conversions in the same
 * order, and the environment chooses the language as diag.h says. */

/* The printf conversions of fmt, each as written ("%-3zu"), one after
 * the other in out, separated by spaces; "%%" is no conversion.  Returns
 * -1 when a '%' is not followed by a conversion. */
static int
lang_conversions(const char *fmt, char *out, size_t n)
{
	size_t used = 0;
	const char *p = fmt, *start;

	out[0] = '\0';
	while ((p = strchr(p, '%')) != NULL) {
		start = p++;
		if (*p == '%') {
			p++;
			continue;
		}
		p += strspn(p, "-+ #0'");
		p += strspn(p, "0123456789*");
		if (*p == '.') {
			p++;
			p += strspn(p, "0123456789*");
		}
		p += strspn(p, "hlLjzt");
		if (*p == '\0' || strchr("diouxXeEfFgGaAcspn", *p) == NULL)
			return -1;
		p++;
		if (used + (size_t)(p - start) + 2 > n)
			return -1;
		used += (size_t)snprintf(out + used, n - used, "%s%.*s", used > 0 ? " " : "",
		    (int)(p - start), start);
	}
	return 0;
}

/* The checks of the catalogue test, on one pair of texts: 0 when the
 * Swedish one may stand beside the English one, else what is wrong. */
static const char *
lang_pair_problem(const char *en, const char *sv)
{
	static char a[512], b[512];
	const unsigned char *s;

	if (sv == NULL)
		return "no Swedish text";
	if (lang_conversions(en, a, sizeof(a)) != 0 || lang_conversions(sv, b, sizeof(b)) != 0)
		return "a '%' without a conversion";
	if (strcmp(a, b) != 0)
		return "other printf conversions than the English text's";
	/* only a text that is nothing but its value may be the same */
	if (strcmp(en, sv) == 0 && strcmp(en, "%s") != 0)
		return "the same as the English text";
	for (s = (const unsigned char *)sv; *s != '\0'; s++)
		if (*s < 0x20 || *s == 0x7f)
			return "a control character";
	if (!utf8_valid(sv, strlen(sv)))
		return "not UTF-8";
	return NULL;
}

static void
test_lang_catalogue(void)
{
	char got[128];
	int i, bad = 0;

	/* the checks themselves find what they are for */
	OK(lang_conversions("a %s of %-3zu, %% and %lld", got, sizeof(got)) == 0);
	STR_EQ(got, "%s %-3zu %lld");
	OK(lang_conversions("broken %", got, sizeof(got)) == -1);
	OK(lang_pair_problem("%s of %d", "%d av %s") != NULL);
	OK(lang_pair_problem("%s of %ld", "%s av %d") != NULL);
	OK(lang_pair_problem("the %s", "the %s") != NULL);
	OK(lang_pair_problem("the %s", NULL) != NULL);
	OK(lang_pair_problem("the %s", "rad\t%s") != NULL);
	OK(lang_pair_problem("%s", "%s") == NULL);
	OK(lang_pair_problem("%d %%", "%d %% av") == NULL);

	for (i = 0; i < MSG__COUNT; i++) {
		const char *en = diag_text((enum msg_id)i, false), *sv = diag_text((enum msg_id)i, true);
		const char *problem = lang_pair_problem(en, sv);

		if (problem != NULL) {
			fprintf(stderr, "message %d (\"%s\"): %s\n", i, en, problem);
			bad++;
		}
	}
	INT_EQ(bad, 0);
}

/* The environment's choice, each variable set or unset as a case says;
 * the caller's values are put back after. */
static void
test_lang_environment(void)
{
	static const char *const vars[] = { "IOPDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG" };
	static const struct {
		const char	*value[4];	/* in the order of vars; NULL unset */
		bool		 swedish;
	} cases[] = {
		{ { NULL, NULL, NULL, NULL }, true },
		{ { NULL, NULL, NULL, "C.UTF-8" }, true },
		{ { NULL, NULL, NULL, "C.utf8" }, true },
		{ { NULL, "C", NULL, "sv_SE.UTF-8" }, false },
		{ { NULL, "POSIX", NULL, NULL }, false },
		{ { NULL, NULL, NULL, "sv_SE.UTF-8" }, true },
		{ { NULL, NULL, NULL, "sv" }, true },
		{ { NULL, NULL, NULL, "sv_FI@euro" }, true },
		{ { NULL, NULL, NULL, "en_GB.UTF-8" }, false },
		{ { NULL, NULL, NULL, "de_DE" }, false },
		{ { NULL, "", "", "de_DE" }, false },	/* empty is unset */
		{ { NULL, NULL, "C", "sv_SE.UTF-8" }, false },
		{ { NULL, NULL, "sv_SE.UTF-8", "C" }, true },
		{ { NULL, "en_US.UTF-8", "sv_SE.UTF-8", NULL }, false },
		{ { NULL, NULL, NULL, "svx" }, false },
		{ { "en", NULL, NULL, NULL }, false },
		{ { "en", NULL, NULL, "sv_SE.UTF-8" }, false },
		{ { "sv", "C", NULL, NULL }, true },
		{ { "", "C", NULL, NULL }, false },
	};
	char *saved[4];
	size_t c, v;

	for (v = 0; v < 4; v++) {
		const char *s = getenv(vars[v]);

		saved[v] = s != NULL ? xstrdup(s) : NULL;
	}
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		for (v = 0; v < 4; v++)
			if (cases[c].value[v] != NULL)
				setenv(vars[v], cases[c].value[v], 1);
			else
				unsetenv(vars[v]);
		if (diag_env_swedish() != cases[c].swedish) {
			fprintf(stderr, "language case %zu: expected %s\n", c,
			    cases[c].swedish ? "Swedish" : "English");
			OK(false);
		} else
			OK(true);
	}
	for (v = 0; v < 4; v++) {
		if (saved[v] != NULL)
			setenv(vars[v], saved[v], 1);
		else
			unsetenv(vars[v]);
		free(saved[v]);
	}
}

/* The line diag() writes in Swedish: the level's Swedish word, the
 * Swedish text; and English again once set back. */
static void
test_lang_line(void)
{
	struct buf b = { NULL, 0, 0 };
	struct diag_ctx ctx;

	diag_open(&ctx, &b);
	diag_set_swedish(true);
	OK(diag_swedish());
	diag("a.xml", 3, MSG_DUP_PARTY, "p1");
	diag("a.xml", 4, MSG_NO_PUBLIC_PARTY);
	diag("a.xml", 0, MSG_UNMATCHED_MEASURE, "deltagare", "ag1");
	diag(NULL, 0, MSG_READ_FAILED, "b.xml", "gone");
	diag_set_swedish(false);
	diag("a.xml", 5, MSG_DUP_PARTY, "p2");
	diag_close(&ctx, DIAG_KEEP_APART);
	STR_EQ(b.data, "a.xml:3: fel: två parter har id \"p1\"\n"
	    "a.xml:4: varning: ingen part har role=\"public\": en IOP ingås med en kommun eller region\n"
	    "a.xml: anmärkning: måttet \"deltagare\" är inte något måls mått i överenskommelsen ag1: "
	    "det redovisas som ett utfall utan mål\n"
	    "iopdoc: fel: kan inte läsa b.xml: gone\n"
	    "a.xml:5: error: two parties have the id \"p2\"\n");
	buf_free(&b);
}
