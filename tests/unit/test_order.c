/* Swedish alphabetical order of names (utf8_svcmp), the order of a
 * report's agreements.  Included by unit.c. */

static void
test_svcmp(void)
{
	/* å, ä, ö after z, in that order; case does not decide */
	OK(utf8_svcmp("Zebra", "Åby") < 0);
	OK(utf8_svcmp("Åby", "Ängen") < 0);
	OK(utf8_svcmp("Ängen", "Öppna dörren") < 0);
	OK(utf8_svcmp("Språkbron", "Sommarjobb i idrottsföreningar") > 0);
	OK(utf8_svcmp("Mentor för kvinnor", "Nystart arbetsträning") < 0);
	OK(utf8_svcmp("mentor", "Nystart") < 0);
	OK(utf8_svcmp("Öde", "Ödeshög") < 0);
	OK(utf8_svcmp("Ödet", "Ödeshög") > 0);
	/* an accented e is an e, ü a y, æ ä and ø ö, as Swedish sorts them */
	OK(utf8_svcmp("Café Ek", "Cafe Fa") < 0);
	OK(utf8_svcmp("Müller", "Mynta") < 0);
	OK(utf8_svcmp("Mynta", "Müller") > 0);
	OK(utf8_svcmp("Ærø", "Ö") < 0);
	/* a name before a longer one it begins; equal only when the same */
	OK(utf8_svcmp("Steget", "Steget – stöd") < 0);
	INT_EQ(utf8_svcmp("Språkbron", "Språkbron"), 0);
	OK(utf8_svcmp("språkbron", "Språkbron") != 0);
}
