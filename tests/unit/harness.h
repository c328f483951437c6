/* A tiny unit test harness: OK, INT_EQ, STR_EQ, and a closing line
 * "N passed, N failed" that CI reads. */
#ifndef IOPDOC_HARNESS_H
#define IOPDOC_HARNESS_H

#include <stdio.h>
#include <string.h>

static int	harness_passed, harness_failed;

#define OK(cond) do { \
	if (cond) harness_passed++; \
	else { harness_failed++; \
	    fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define INT_EQ(got, want) do { \
	long long g_ = (long long)(got), w_ = (long long)(want); \
	if (g_ == w_) harness_passed++; \
	else { harness_failed++; \
	    fprintf(stderr, "%s:%d: FAIL: %s is %lld, expected %lld\n", \
	        __FILE__, __LINE__, #got, g_, w_); } \
} while (0)

#define STR_EQ(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ != NULL && strcmp(g_, w_) == 0) harness_passed++; \
	else { harness_failed++; \
	    fprintf(stderr, "%s:%d: FAIL: %s is \"%s\", expected \"%s\"\n", \
	        __FILE__, __LINE__, #got, g_ ? g_ : "(null)", w_); } \
} while (0)

static int
harness_report(void)
{
	printf("%d passed, %d failed\n", harness_passed, harness_failed);
	return harness_failed == 0 ? 0 : 1;
}

#endif
