/* Unit tests of issue 13's comparisons (RCMP): the value axis of a chart
 * (layout_chart_ticks), included by unit.c. */

/* Each max gives the steps a reader expects, worked out by hand: a nice
 * step, whole, 2 to 6 of them, the last tick at or past max. */
static void
test_chart_ticks(void)
{
	static const struct {
		double	max, step;
		int	n;
	} cases[] = {
		{ 900000, 200000, 5 },	/* 0, 200 000, ... 1 000 000 */
		{ 450000, 100000, 5 },
		{ 300000, 100000, 3 },
		{ 60, 20, 3 },
		{ 52, 20, 3 },
		{ 12, 5, 3 },		/* not 2,5: a tick is a whole number */
		{ 3, 1, 3 },
		{ 1, 1, 1 },
		{ 1840, 500, 4 },
		{ 250, 50, 5 },
		{ 25000, 5000, 5 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double step = 0;
		int n = layout_chart_ticks(cases[i].max, &step);

		INT_EQ(n, cases[i].n);
		INT_EQ((long long)step, (long long)cases[i].step);
		INT_EQ(step * n >= cases[i].max, 1);
	}
	/* nothing to show: one step of 1, no division by zero */
	{
		double step = 0;

		INT_EQ(layout_chart_ticks(0, &step), 1);
		INT_EQ((long long)step, 1);
	}
}
