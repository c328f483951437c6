/* Reviewer findings on issue 12 (FIX): included by unit.c. */

/* Finding 3: kind-text and measures match ignoring case, å, ä, ö too. */
static void
test_fix_fold(void)
{
	OK(utf8_casecmp("RESULTATRAPPORT ÅR 2", "resultatrapport år 2") == 0);
	OK(utf8_casecmp("Dialogmöte", "DIALOGMÖTE") == 0);
	OK(utf8_casecmp("Ärenden", "ärenden") == 0);
	OK(utf8_casecmp("Åtgärd", "åtgärd") == 0);
	OK(utf8_casecmp("Œuvre", "œuvre") == 0);
	OK(utf8_casecmp("år", "är") != 0);
	OK(utf8_casecmp("möte", "möten") < 0);
	OK(utf8_casecmp("möten", "möte") > 0);
	OK(utf8_casecmp("×", "÷") != 0);	/* no letters: never folded together */
	OK(utf8_casecmp("", "") == 0);
}

static void
test_fix(void)
{
	test_fix_fold();
}
