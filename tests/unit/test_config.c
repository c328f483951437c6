/* The config file (config.c): paths from its folder, its settings, each
 * mistake reported with its line (issue 15, INST). */
#include "config.h"

/* Writes text to a new file in dir (its name into path); 0 or -1. */
static int
config_write(char *path, size_t n, const char *dir, const char *name, const char *text)
{
	FILE *f;

	snprintf(path, n, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fputs(text, f);
	return fclose(f) == 0 ? 0 : -1;
}

static void
test_config(void)
{
	char dir[] = "/tmp/iopdoc-unit-config.XXXXXX", path[256], want[320];
	struct config c;
	struct diag_ctx ctx;
	struct buf said = { NULL, 0, 0 };

	OK(mkdtemp(dir) != NULL);
	/* relative paths from the config's folder, "." and ".." taken out */
	OK(config_write(path, sizeof(path), dir, "a.conf",
	    "# the kommun's\n[build]\ninput = ../srv/./iop/x/../avtal\noutput = /srv/iop/pdf\n"
	    "  template = mall.ini  \njobs = 3\n; end\n") == 0);
	INT_EQ(config_load(path, &c), 0);
	snprintf(want, sizeof(want), "%.*s/srv/iop/avtal", (int)(strrchr(dir, '/') - dir), dir);
	STR_EQ(c.input, want);
	STR_EQ(c.output, "/srv/iop/pdf");
	snprintf(want, sizeof(want), "%s/mall.ini", dir);
	STR_EQ(c.template, want);
	INT_EQ(c.jobs, 3);
	STR_EQ(c.path, path);
	config_free(&c);
	OK(c.input == NULL && c.path == NULL);
	/* a folder of its own: ".." past the top of "/" is "/" */
	OK(config_write(path, sizeof(path), dir, "b.conf", "[build]\ninput = ../../../../../../../../..\n") == 0);
	INT_EQ(config_load(path, &c), 0);
	STR_EQ(c.input, "/");
	config_free(&c);
	/* every mistake of the file, each with its line; nothing kept */
	OK(config_write(path, sizeof(path), dir, "bad.conf",
	    "[build]\ninput = in\nimput = x\njobs = 257\noutput =\nwhat\n[build\n") == 0);
	diag_open(&ctx, &said);
	INT_EQ(config_load(path, &c), -1);
	INT_EQ(diag_close(&ctx, DIAG_KEEP_APART), DIAG_SYSERR);
	OK(c.input == NULL && c.path == NULL);
	snprintf(want, sizeof(want), "%s:3: error: config: no setting \"imput\" in [build]", path);
	OK(said.data != NULL && strstr(said.data, want) != NULL);
	snprintf(want, sizeof(want), "%s:4: error: config: \"257\" is no number of jobs", path);
	OK(said.data != NULL && strstr(said.data, want) != NULL);
	snprintf(want, sizeof(want), "%s:5: error: config: [build] output is empty", path);
	OK(said.data != NULL && strstr(said.data, want) != NULL);
	snprintf(want, sizeof(want), "%s:6: error: config: neither", path);
	OK(said.data != NULL && strstr(said.data, want) != NULL);
	snprintf(want, sizeof(want), "%s:7: error: config: neither", path);
	OK(said.data != NULL && strstr(said.data, want) != NULL);
	buf_free(&said);
	/* a file named but missing */
	snprintf(path, sizeof(path), "%s/missing.conf", dir);
	diag_open(&ctx, &said);
	INT_EQ(config_load(path, &c), -1);
	diag_close(&ctx, DIAG_KEEP_APART);
	OK(said.data != NULL && strstr(said.data, "cannot read the config file") != NULL);
	buf_free(&said);
	/* none named, none in the environment: the checkout's build reads
	 * no system-wide file */
	unsetenv("IOPDOC_CONFIG");
	INT_EQ(config_load(NULL, &c), 0);
	OK(c.path == NULL && c.input == NULL);
	config_free(&c);
	snprintf(path, sizeof(path), "%s/a.conf", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/b.conf", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/bad.conf", dir);
	unlink(path);
	rmdir(dir);
}
