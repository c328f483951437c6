/* SHA-256, for recognising unchanged inputs and for the PDF's /ID.  Any
 * module may include this header. */
#ifndef IOPDOC_HASH_H
#define IOPDOC_HASH_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t	h[8];
	uint64_t	len;		/* bytes so far */
	unsigned char	buf[64];
	size_t		nbuf;
};

void	sha256_init(struct sha256 *);
void	sha256_update(struct sha256 *, const void *, size_t);
void	sha256_final(struct sha256 *, unsigned char out[32]);
/* The hash of a buffer as 64 lowercase hex digits and a NUL. */
void	sha256_hex(const void *, size_t, char out[65]);
void	hex_encode(const unsigned char *, size_t, char *out);

#endif
