/* The nightly build's hashes: of an input file, of an output PDF, of the
 * bytes a reader parsed, and of what every output depends on (the program,
 * the template with its fonts and logo). */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_int.h"
#include "fsutil.h"
#include "hash.h"
#include "template.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

/* The SHA-256 of what fd reads, in hex; closes fd. */
static int
hash_fd(int fd, char out[65])
{
	struct sha256 s;
	unsigned char d[32], chunk[65536];
	ssize_t n;

	sha256_init(&s);
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			close(fd);
			return -1;
		}
		sha256_update(&s, chunk, (size_t)n);
	}
	close(fd);
	sha256_final(&s, d);
	hex_encode(d, 32, out);
	return 0;
}

/* The hash of an input file (a regular file: a FIFO is not waited on). */
int
digest_file(const char *path, char out[65])
{
	int fd;

	/* a FIFO named *.xml would block a plain open for ever */
	if (open_regular(path, &fd) != 0)
		return -1;
	return hash_fd(fd, out);
}

/* The hash of an output PDF: a regular file, not followed through a
 * symbolic link (what is checked is what the build wrote there). */
int
digest_pdf(const char *path, char out[65])
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd == -1)
		return -1;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	return hash_fd(fd, out);
}

/* xml_read_seen's callback: the SHA-256 of the bytes parsed. */
void
digest_parsed(const char *data, size_t len, void *ctx)
{
	sha256_hex(data, len, ctx);
}

/* The hash of a file's content into s (dashes when it cannot be read). */
static void
hash_add_file(struct sha256 *s, const char *path)
{
	char h[65];

	if (path == NULL)
		return;
	/* the content only: the same template elsewhere is the same */
	if (digest_file(path, h) != 0)
		memset(h, '-', 64), h[64] = '\0';
	sha256_update(s, h, 64);
}

/* What every output depends on besides its inputs: r->prog, the
 * program; r->tpl, the template with its fonts and logo. */
void
digest_env(struct build_run *r)
{
	struct sha256 s;
	unsigned char d[32];
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int i;

	/* The program: its own bytes, so a rebuilt iopdoc renders again. */
	sha256_init(&s);
	sha256_update(&s, IOPDOC_VERSION, strlen(IOPDOC_VERSION));
	if (n > 0) {
		exe[n] = '\0';
		hash_add_file(&s, exe);
	}
	sha256_final(&s, d);
	hex_encode(d, 32, r->prog);
	/* The template, its fonts and its logo. */
	sha256_init(&s);
	hash_add_file(&s, r->o->template);
	for (i = 0; i < FACE__COUNT; i++)
		hash_add_file(&s, r->t.font[i]);
	hash_add_file(&s, r->t.logo);
	sha256_final(&s, d);
	hex_encode(d, 32, r->tpl);
}
