/* The config file (iopdoc.conf): where a kommun's own documents, PDFs
 * and template are, so an installed iopdoc works on them from any folder
 * (man iopdoc.conf).  Included by main.c and run.c. */
#ifndef IOPDOC_CONFIG_H
#define IOPDOC_CONFIG_H

/* What the config file gives; paths resolved against the file's folder,
 * NULL (jobs 0) where it says nothing. */
struct config {
	char	*path;		/* the file read, or NULL: none */
	char	*input;		/* [build] input: the documents' folder */
	char	*output;	/* [build] output: the build's output folder */
	char	*template;	/* [build] template */
	long	 jobs;		/* [build] jobs, 1..LIMIT_JOBS; 0: not given */
};

/* Reads the config file: given (--config), else $IOPDOC_CONFIG, else
 * the system-wide iopdoc.conf when the program runs installed (not in
 * its checkout) and that file exists (datadir_config).  Returns 0 with c filled (maybe
 * with nothing), or -1 after reporting every mistake (file:line, what to
 * write); c is then empty.  config_free() frees it either way. */
int	config_load(const char *given, struct config *c);
void	config_free(struct config *c);

#endif
