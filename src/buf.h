/* A growable byte buffer, always NUL-terminated.  Any module may include
 * this header; the caller frees data with buf_free(). */
#ifndef IOPDOC_BUF_H
#define IOPDOC_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len, cap;
};

void	buf_add(struct buf *, const void *, size_t);
void	buf_adds(struct buf *, const char *);
void	buf_addc(struct buf *, char);
void	buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	buf_reset(struct buf *);
void	buf_free(struct buf *);

#endif
