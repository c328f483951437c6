/* libFuzzer target: `iopdoc build` over a generated folder tree.
 *
 * The bytes describe a small input tree (one to four files in up to three
 * folders, under names that may meet: agreements and follow-ups made from
 * a valid skeleton with fuzzed ids, efforts, nämnder and years, or raw
 * bytes), lines appended to the manifest, and what happens between runs.
 * The build runs in this process (-j 1) on a real folder:
 *   1. a build;
 *   2. the same build again: it must render nothing (every PDF keeps its
 *      inode and time) and end with the same status;
 *   3. optionally one PDF cut short, then a build: the PDF is made again,
 *      byte for byte as before;
 *   4. optionally --strict switched: the status must be the one a fresh
 *      build with that option gets.
 * Always: no status 4 or 5, no temporary file left, nothing outside the
 * output tree written or removed (the inputs and two decoys beside it, one
 * of which the manifest lines may name through "../" or an absolute path,
 * keep their bytes), and every PDF inside agreements/, followups/ or
 * reports/.  A broken invariant aborts.
 *
 * Built by "make fuzz-build" with clang; FUZZ_TEMPLATE is the template. */
#define _XOPEN_SOURCE 700	/* nftw */
#include <sys/stat.h>

#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "mem.h"
#include "xml_read.h"

#ifndef FUZZ_TEMPLATE
#define FUZZ_TEMPLATE "templates/default.ini"
#endif

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char root[64];

/* The bytes, read one at a time; past the end, zeros. */
struct reader {
	const uint8_t	*p;
	size_t		 n;
};

static unsigned
next(struct reader *r)
{
	if (r->n == 0)
		return 0;
	r->n--;
	return *r->p++;
}

/* A short text of pieces chosen so that names meet: the slugs of "Foo",
 * "foo", "Föo" and "Foo 2019" run into each other and into ids. */
static void
word(struct reader *r, struct buf *b, const char *const *pieces, unsigned npieces, unsigned max)
{
	unsigned len = next(r) % (max + 1), i;

	for (i = 0; i < len; i++)
		buf_adds(b, pieces[next(r) % npieces]);
}

static const char agreement_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<agreement id=\"%s\" kind=\"iop\" status=\"signed\">\n"
    "  <title>Överenskommelse om IOP</title>\n"
    "  <effort>%s</effort>\n"
    "  <parties>\n"
    "    <party id=\"kommun\" role=\"public\"><name>Linköpings kommun</name><orgnr>212000-0449</orgnr></party>\n"
    "    <party id=\"forening\" role=\"ideburen\"><name>Föreningen</name><orgnr>822002-1318</orgnr></party>\n"
    "  </parties>\n"
    "  <responsible-namnd id=\"%s\" kommun=\"Linköpings kommun\" source=\"text\">Nämnd %s</responsible-namnd>\n"
    "  <period from=\"%d-01-01\" to=\"%d-12-31\"/>\n"
    "  <text>\n"
    "    <section><heading>Ekonomi</heading><p>%s</p></section>\n"
    "    <signatures>\n"
    "      <signatory party=\"kommun\"><name>A B</name><place>Linköping</place><date>2018-11-26</date></signatory>\n"
    "      <signatory party=\"forening\"><name>C D</name><place>Linköping</place><date>2018-11-26</date></signatory>\n"
    "    </signatures>\n"
    "  </text>\n"
    "</agreement>\n";

static const char followup_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<followup id=\"%s-fu\" agreement=\"%s\" kind=\"partssamtal\">\n"
    "  <title>Partssamtal</title>\n"
    "  <date>%d-10-25</date>\n"
    "  <text><section><heading>Resultat</heading><p>%s</p></section></text>\n"
    "</followup>\n";

static int
remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void
clear(const char *path)
{
	nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void
write_text(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(data, 1, len, f) != len)
		abort();
	fclose(f);
}

static char *
at(const char *a, const char *b)
{
	struct buf p = { NULL, 0, 0 };

	buf_printf(&p, "%s/%s", a, b);
	return p.data;
}

/* What a build left: every PDF's inode and time, and the checks that
 * hold after any build. */
struct seen {
	char		path[4096];
	ino_t		ino;
	long long	mtime;
};

static struct seen	seen[64];
static size_t		nseen;
static const char	*out_dir;

static int
visit(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	const char *rel = path + strlen(out_dir);
	size_t len = strlen(path);

	(void)ftw;
	if (strstr(path, ".tmp-") != NULL)
		abort();	/* a temporary file left */
	/* a report's CSV stands beside its PDF, in reports/ only */
	if (flag == FTW_F && len > 4 && strcmp(path + len - 4, ".csv") == 0 &&
	    strncmp(rel, "/reports/", 9) != 0)
		abort();
	if (flag == FTW_F && len > 4 && strcmp(path + len - 4, ".pdf") == 0) {
		if (strncmp(rel, "/agreements/", 12) != 0 && strncmp(rel, "/followups/", 11) != 0 &&
		    strncmp(rel, "/reports/", 9) != 0)
			abort();	/* a PDF outside the kind folders */
		if (nseen < sizeof(seen) / sizeof(seen[0])) {
			snprintf(seen[nseen].path, sizeof(seen[nseen].path), "%s", path);
			seen[nseen].ino = st->st_ino;
			seen[nseen].mtime = (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
			nseen++;
		}
	}
	return 0;
}

static void
look(const char *out)
{
	nseen = 0;
	out_dir = out;
	nftw(out, visit, 16, FTW_PHYS);
}

static int
build(const char *in, const char *out, bool strict, bool prune)
{
	struct batch_options o;
	int status;

	memset(&o, 0, sizeof(o));
	o.input = in;
	o.output = out;
	o.template = FUZZ_TEMPLATE;
	o.jobs = 1;
	o.quiet = true;
	o.strict = strict;
	o.prune = prune;
	diag_set_strict(strict);
	status = batch_run(&o);
	if (status == EXIT_BUSY || status == EXIT_STOPPED || status == EXIT_USAGE)
		abort();
	return status;
}

static void
same_bytes(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "rb");
	char *got = xmalloc(len + 1);
	size_t n = f != NULL ? fread(got, 1, len + 1, f) : 0;

	if (f == NULL || n != len || memcmp(got, data, len) != 0)
		abort();	/* a file outside the output tree changed */
	fclose(f);
	free(got);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	snprintf(root, sizeof(root), "/tmp/iopdoc-fuzz-build.XXXXXX");
	if (mkdtemp(root) == NULL)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const dirs[] = { "", "a/", "b/", "a/b/" };
	static const char *const names[] = { "x.xml", "y.xml", "x y.xml", "\xc3\xa5.xml" };
	static const char decoy[] = "not the build's\n";
	static const char *const id_pieces[] = { "a", "b", "-", "A", "1", "2019" };
	static const char *const effort_pieces[] = { "Foo", " ", "2019", "-", "bar", "\xc3\x85", "\xc3\xb6", "foo" };
	static const char *const namnd_pieces[] = { "n", "N", "-" };
	static const char *const text_pieces[] = { "Text", " ", "\xc3\xa5", "&amp;", "&lt;", "\t" };
	struct reader r = { data, size };
	char *in = at(root, "in"), *out = at(root, "out"), *fresh = at(root, "fresh");
	char *inputs[4] = { NULL, NULL, NULL, NULL }, *texts[4] = { NULL, NULL, NULL, NULL };
	size_t lens[4] = { 0, 0, 0, 0 };
	unsigned nfiles, flags, i, k;
	int st1, st2;
	bool strict;

	clear(in);
	clear(out);
	clear(fresh);
	mkdir(in, 0777);
	mkdir(out, 0777);
	{
		char *a = at(in, "a"), *ab = at(in, "a/b"), *b = at(in, "b");

		mkdir(a, 0777), mkdir(ab, 0777), mkdir(b, 0777);
		free(a), free(ab), free(b);
	}
	{
		char *d1 = at(root, "victim.pdf"), *d2 = at(root, "in.pdf");

		write_text(d1, decoy, sizeof(decoy) - 1);
		write_text(d2, decoy, sizeof(decoy) - 1);
		free(d1), free(d2);
	}
	nfiles = 1 + next(&r) % 4;
	flags = next(&r);
	strict = flags & 1;
	for (i = 0; i < nfiles; i++) {
		struct buf path = { NULL, 0, 0 }, id = { NULL, 0, 0 }, effort = { NULL, 0, 0 };
		struct buf namnd = { NULL, 0, 0 }, text = { NULL, 0, 0 }, doc = { NULL, 0, 0 };
		unsigned where = next(&r), kind = next(&r);
		int year = 2018 + (int)(next(&r) % 4);

		buf_printf(&path, "%s/%s%s", in, dirs[where % 4], names[(where / 4) % 4]);
		word(&r, &id, id_pieces, 6, 3);
		word(&r, &effort, effort_pieces, 8, 6);
		word(&r, &namnd, namnd_pieces, 3, 2);
		word(&r, &text, text_pieces, 6, 12);
		buf_adds(&id, "x");		/* ids are never empty */
		buf_adds(&namnd, "n");
		buf_addc(&effort, 'E');
		if (kind % 8 < 5)
			buf_printf(&doc, agreement_xml, id.data, effort.data, namnd.data, namnd.data, year,
			    year + (int)(kind % 3), text.data);
		else if (kind % 8 < 7)
			buf_printf(&doc, followup_xml, id.data, id.data, year, text.data);
		else {
			/* raw bytes: whatever the reader makes of them */
			unsigned len = next(&r) % 64;

			while (len-- > 0)
				buf_addc(&doc, (char)next(&r));
		}
		buf_addc(&doc, '\0');		/* buf_ keeps no empty data */
		doc.len--;
		write_text(path.data, doc.data, doc.len);
		/* the same path twice: the later one stands */
		for (k = 0; k < i; k++)
			if (strcmp(inputs[k], path.data) == 0) {
				free(texts[k]);
				texts[k] = NULL;
			}
		inputs[i] = path.data;
		texts[i] = doc.data;
		lens[i] = doc.len;
		buf_free(&id), buf_free(&effort), buf_free(&namnd), buf_free(&text);
	}
	if (flags & 2) {
		/* lines for the manifest: the rest of the bytes, after a header
		 * of the current version, so that its "logo" and "sum" lines
		 * are read; "../" and "/" may lead to the decoys beside the tree */
		struct buf m = { NULL, 0, 0 };
		char *mpath = at(out, ".iopdoc-manifest");

		buf_printf(&m, "iopdoc-manifest\t%d\n", BATCH_MANIFEST_VERSION);
		while (r.n > 0)
			buf_addc(&m, (char)next(&r));
		buf_adds(&m, "\n");
		write_text(mpath, m.data, m.len);
		buf_free(&m);
		free(mpath);
	}

	st1 = build(in, out, strict, flags & 4);
	look(out);
	{
		struct seen before[64];
		size_t nbefore = nseen;

		memcpy(before, seen, sizeof(seen));
		st2 = build(in, out, strict, flags & 4);
		look(out);
		/* nothing changed: nothing rendered, the same outcome */
		if (st1 != EXIT_SYSTEM && (st2 != st1 || nseen != nbefore))
			abort();
		for (i = 0; st1 != EXIT_SYSTEM && i < nseen; i++)
			if (strcmp(seen[i].path, before[i].path) != 0 || seen[i].ino != before[i].ino ||
			    seen[i].mtime != before[i].mtime)
				abort();
	}
	if ((flags & 8) && nseen > 0 && st2 != EXIT_SYSTEM) {
		/* a PDF cut short is made again, the same bytes */
		unsigned char *pdf;
		size_t len;
		char *victim = xstrdup(seen[0].path);

		if (read_file_limited(victim, 64UL << 20, &pdf, &len) != 0 || truncate(victim, (off_t)len / 2) != 0)
			abort();
		build(in, out, strict, false);
		same_bytes(victim, pdf, len);
		free(pdf);
		free(victim);
	}
	if (flags & 16) {
		/* --strict switched: the outcome of a fresh build with it */
		int switched = build(in, out, !strict, false);

		if (switched != EXIT_SYSTEM && build(in, fresh, !strict, false) != switched)
			abort();
	}
	for (i = 0; i < nfiles; i++)
		if (texts[i] != NULL)
			same_bytes(inputs[i], texts[i], lens[i]);
	{
		char *d1 = at(root, "victim.pdf"), *d2 = at(root, "in.pdf");

		same_bytes(d1, decoy, sizeof(decoy) - 1);
		same_bytes(d2, decoy, sizeof(decoy) - 1);
		free(d1), free(d2);
	}
	for (i = 0; i < nfiles; i++) {
		free(inputs[i]);
		free(texts[i]);
	}
	free(in);
	free(out);
	free(fresh);
	diag_set_strict(false);
	return 0;
}
