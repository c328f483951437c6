# iopdoc: XML descriptions of IOP agreements to print-ready PDF.
#
#   make            build ./iopdoc
#   make render     render every agreement, follow-up and nämnd report of input/ into output/
#   make check      build with AddressSanitizer and UBSan and run all tests
#   make unit | golden | bad | buildtest | due | patho | cli | newtest   one suite of the tests
#   make lint       mandoc -Tlint -Wstyle on the manual pages in man/
#   make fuzz       run the fuzzer (clang) for FUZZ_SECONDS
#   make valgrind   the suites under valgrind
#   make clean      remove build products
#   make install    install under PREFIX (default /usr/local), DESTDIR for a package
#   make uninstall  remove what make install put there (the same variables)
#   make installtest  install into a temporary DESTDIR and run it from elsewhere

VERSION   = 0.1.0
CC       ?= cc
CFLAGS   ?= -O2 -g
WARNINGS  = -std=c17 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
XML_CFLAGS := $(shell xml2-config --cflags)
XML_LIBS   := $(shell xml2-config --libs)
CPPFLAGS += -D_DEFAULT_SOURCE -DIOPDOC_VERSION='"$(VERSION)"' -Isrc -Ibuild $(XML_CFLAGS)
# libharu's public view (opaque handles, no private functions) everywhere
# but in src/pdf_hpdf.c, the seam to its internals.
CPPFLAGS += -DHPDF_SHARED
# libhyphen: Swedish hyphenation (src/hyph.c), the patterns read at run time
LDLIBS    = -lhpdf -lpng -lz $(XML_LIBS) -lhyphen -lm

# The program without main(), shared by the program and the unit tests.
CORE = mem buf diag utf8 format model \
       xml_read xml_read_encoding xml_read_tree xml_read_head xml_read_text \
       xml_read_table table validate_table build_table \
       corpus calc validate template template_fonts doc \
       build_common build_agreement build_followup build_report build_report_year build_report_agreement \
       linebreak layout layout_text layout_table layout_chart layout_sign layout_toc image \
       pdf_hpdf pdfa pdf_tag pdf_pack out_pdf out_pdf_font out_pdf_image render fsutil hash slug \
       batch batch_lock batch_scan batch_logo batch_digest batch_manifest batch_plan batch_worker batch_exec batch_log \
       plan plan_cache plan_out strmap pdfstat
# Goals, outcomes and follow-up duties (issue 12).
CORE += validate_goals xml_read_goals calc_goals build_report_goals build_report_duties
# The economy of issue 12: its reader, checks and printing.
CORE += xml_read_econ validate_econ build_econ build_report_econ build_report_compare
CORE += xml_read_adjust calc_adjust validate_adjust build_report_adjust build_report_items build_econ_table calc_month
# FIX4: a monthly budget's months in a budget year
CORE += calc_budget_months calc_stated_scope
# The commands behind the command line (main.c only parses it, with
# cli.c's tables of commands, options, help and messages).
CORE += run cli
# Document control: decisions, version, history, annexes (issue 12).
CORE += xml_read_doc validate_doc build_doc
# issue 12, SIGN: dates as written, parties, actors, signing
CORE += written_date xml_read_sign stated build_sign validate_sign
# issue 12, LOGO: party logos, the letterhead, termination for breach
CORE += validate_terms validate_logo xml_read_logo layout_logo
# issue 12, FIN: costs budgets and financing tables
CORE += econ_derive validate_financing build_report_costs
# issue 12, COLS: budgets with several money columns
CORE += xml_read_columns econ_columns validate_columns build_econ_columns
# issue 12, PUB: public parties' kinds, meetings in part years, the letterhead
CORE += validate_party_kind build_report_public calc_duty layout_letterhead
# issue 13, RIN: the report file and the report's cover
CORE += model_report xml_read_report validate_report build_report_cover
# issue 13, RCSV: every report's figures as CSV beside its PDF
CORE += report_csv
# issue 13, DUE: iopdoc due, what the agreements say must happen
CORE += due
# issue 13, RMSG: the summary's message in words
CORE += build_report_message
# issue 14, HYPH: Swedish hyphenation with libhyphen
CORE += hyph hyph_load
# issue 14, TT: the typographic pass (quotes, dashes, no-break spaces)
CORE += typo
# issue 15, INST: the data directory and the config file
CORE += datadir config ini
# issue 15, SCHEMA: the schema's errors as our messages, Swedish values
CORE += xml_read_schema
# issue 15, NEW: iopdoc new's skeletons and the check of their placeholders
CORE += skeleton xml_read_placeholder
# issue 15: malformed XML in our words
CORE += xml_read_malformed
EMBEDDED  = schema_xsd srgb_icc hyphenation_sv
# issue 15, NEW: iopdoc new's skeletons (src/skeleton.c)
EMBEDDED += skeleton_agreement skeleton_followup skeleton_report
# the unit tests unit.c includes
UNIT_TESTS = $(wildcard tests/unit/test_*.c)
OBJS      = $(CORE:%=build/%.o) $(EMBEDDED:%=build/%.o)
ASAN_OBJS = $(CORE:%=build/asan/%.o) $(EMBEDDED:%=build/asan/%.o)
# float-cast-overflow: gcc's "undefined" leaves it out, and a double past the
# range of long long converted to it is undefined behaviour (a wrapped figure).
SANITIZE  = -O1 -g -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all
# The suites' build may be stopped at a named step (test_kill_point, src/fsutil.h).
SANITIZE += -DIOPDOC_TEST_HOOKS

.PHONY: install uninstall installtest
.PHONY: all render check unit golden bad buildtest due patho cli words newtest faultscan bench bench-seeds fuzz fuzz-build valgrind clean

all: iopdoc

iopdoc: $(OBJS) build/main.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/%.o: src/%.c src/*.h | build
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -c -o $@ $<

build/asan/%.o: src/%.c src/*.h | build
	$(CC) $(CPPFLAGS) $(WARNINGS) $(SANITIZE) -c -o $@ $<

# The schema is compiled into the program: no install paths to find.
build/schema_xsd.c: src/schema/iopdoc.xsd build/embed
	build/embed schema_xsd $< $@

# The sRGB profile of the PDF/A output intent (src/icc/README).
build/srgb_icc.c: src/icc/sRGB.icc build/embed
	build/embed srgb_icc $< $@

# The Swedish hyphenation exceptions (src/hyph.c).
build/hyphenation_sv.c: templates/hyphenation-sv.txt build/embed
	build/embed hyphenation_sv $< $@

# iopdoc new's skeletons, kept as files a kommun can read and adapt.
build/skeleton_%.c: templates/new/%.xml build/embed
	build/embed skeleton_$* $< $@

$(EMBEDDED:%=build/%.o): build/%.o: build/%.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(EMBEDDED:%=build/asan/%.o): build/asan/%.o: build/%.c
	$(CC) $(SANITIZE) -c -o $@ $<

build/embed: src/embed.c | build
	$(CC) -O1 -o $@ $<

build:
	mkdir -p build/asan

# The same layout the nightly build keeps (agreements/, followups/,
# reports/), so output/ never holds two namings of one document.
render: iopdoc
	./iopdoc build --input input -o output

# ---- install (issue 15) ----
# A Debian-style layout a packager takes as it is:
#   make PREFIX=/usr && make install DESTDIR=debian/tmp PREFIX=/usr
# The program finds its data in <bindir>/../share/iopdoc first (so a
# DESTDIR or moved tree works as it lies), then in DATADIR as compiled;
# the system config file in <bindir>/../etc (/etc beside /usr/bin), then
# in SYSCONFDIR as compiled (man iopdoc.conf).  Both are compiled into
# datadir.o only, which make does not rebuild for another PREFIX: the
# places beside the program are the ones that follow it.
PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
DATADIR    ?= $(PREFIX)/share/iopdoc
MANDIR     ?= $(PREFIX)/share/man
COMPLETIONDIR ?= $(PREFIX)/share/bash-completion/completions
# /usr's configuration lives in /etc (FHS), any other prefix's under it
SYSCONFDIR ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)
INSTALL    ?= install
PATH_DEFS   = -DIOPDOC_DATADIR='"$(DATADIR)"' -DIOPDOC_SYSCONFDIR='"$(SYSCONFDIR)"'
build/datadir.o build/asan/datadir.o: CPPFLAGS += $(PATH_DEFS)

# what make install puts where: DATADIR's files, then the man pages
# that man/ holds (each into its section's folder)
INSTALL_DATA = templates/default.ini templates/hyphenation-sv.txt \
               fonts/IopdocSans-Regular.ttf fonts/IopdocSans-Bold.ttf \
               fonts/IopdocSans-Italic.ttf fonts/IopdocSans-BoldItalic.ttf fonts/OFL.txt
INSTALL_EXAMPLES = contrib/systemd/iopdoc.service contrib/systemd/iopdoc.timer \
               contrib/iopdoc.conf.example
MAN_PAGES  = $(wildcard man/*.[1-8])

install: iopdoc
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/templates $(DESTDIR)$(DATADIR)/fonts \
	    $(DESTDIR)$(DATADIR)/examples $(DESTDIR)$(COMPLETIONDIR)
	$(INSTALL) -m 755 iopdoc $(DESTDIR)$(BINDIR)/iopdoc
	for f in $(INSTALL_DATA); do $(INSTALL) -m 644 $$f $(DESTDIR)$(DATADIR)/$$f || exit 1; done
	for f in $(INSTALL_EXAMPLES); do \
	    $(INSTALL) -m 644 $$f $(DESTDIR)$(DATADIR)/examples/ || exit 1; done
	$(INSTALL) -m 644 contrib/bash-completion/iopdoc $(DESTDIR)$(COMPLETIONDIR)/iopdoc
	for m in $(MAN_PAGES); do s=$${m##*.}; \
	    $(INSTALL) -d $(DESTDIR)$(MANDIR)/man$$s && \
	    $(INSTALL) -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/ || exit 1; done

# Removes exactly the files install wrote, then the folders of iopdoc's
# own that are left empty (never BINDIR, MANDIR or other shared ones).
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/iopdoc $(DESTDIR)$(COMPLETIONDIR)/iopdoc
	for f in $(INSTALL_DATA); do rm -f $(DESTDIR)$(DATADIR)/$$f; done
	for f in $(INSTALL_EXAMPLES); do rm -f $(DESTDIR)$(DATADIR)/examples/$${f##*/}; done
	for m in $(MAN_PAGES); do rm -f $(DESTDIR)$(MANDIR)/man$${m##*.}/$${m##*/}; done
	for d in templates fonts examples; do rmdir $(DESTDIR)$(DATADIR)/$$d 2>/dev/null || :; done
	rmdir $(DESTDIR)$(DATADIR) 2>/dev/null || :

# ---- tests ----

# make install into a temporary DESTDIR, the installed program run from
# another folder (tests/install/run.sh); the plain build, no ASan
installtest: iopdoc
	MAKE="$(MAKE)" sh tests/install/run.sh

build/asan/iopdoc: $(ASAN_OBJS) build/asan/main.o
	$(CC) $(SANITIZE) -o $@ $^ $(LDLIBS)

build/asan/unit: $(ASAN_OBJS) tests/unit/unit.c $(UNIT_TESTS) tests/unit/harness.h
	$(CC) $(CPPFLAGS) $(WARNINGS) $(SANITIZE) -Itests/unit -o $@ tests/unit/unit.c $(ASAN_OBJS) $(LDLIBS)

unit: build/asan/unit
	build/asan/unit

golden: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/golden/run.sh

bad: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/bad/run.sh

buildtest: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/build/run.sh

# iopdoc due against the hand-made calendars of tests/due.
due: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/due/run.sh

# The command line: each mistake's one line, help, the bash completion.
cli: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/cli/run.sh

# issue 15, SCHEMA: Swedish and English words of enumerated values
words: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/words/run.sh

# iopdoc new: the skeletons, their placeholders, filled and rendered (issue 15).
newtest: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/new/run.sh

# The fuzz target replayed on the regression inputs, without libFuzzer.
build/asan/fuzz-replay: $(ASAN_OBJS) tests/fuzz/fuzz_pipeline.c tests/fuzz/replay.c
	$(CC) $(CPPFLAGS) $(WARNINGS) $(SANITIZE) -o $@ tests/fuzz/fuzz_pipeline.c \
	    tests/fuzz/replay.c $(ASAN_OBJS) $(LDLIBS)

patho: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/patho/run.sh

# The build fuzz target (tests/fuzz/fuzz_build.c) replayed on its seeds.
build/asan/fuzz-build-replay: $(ASAN_OBJS) tests/fuzz/fuzz_build.c tests/fuzz/replay.c
	$(CC) $(CPPFLAGS) $(WARNINGS) $(SANITIZE) -DFUZZ_TEMPLATE='"$(CURDIR)/templates/default.ini"' \
	    -o $@ tests/fuzz/fuzz_build.c tests/fuzz/replay.c $(ASAN_OBJS) $(LDLIBS)

faultscan: build/asan/iopdoc
	IOPDOC=build/asan/iopdoc sh tests/fault/scan.sh

# The suites that run the program, and the unit tests, under valgrind
# (plain -O1 builds: valgrind and ASan do not mix).  Not part of make check:
# it takes several minutes.
build/vg/unit: $(CORE:%=src/%.c) $(EMBEDDED:%=build/%.c) tests/unit/unit.c $(UNIT_TESTS) tests/unit/harness.h
	mkdir -p build/vg
	$(CC) $(CPPFLAGS) $(WARNINGS) -O1 -g -Itests/unit -o $@ tests/unit/unit.c \
	    $(CORE:%=src/%.c) $(EMBEDDED:%=build/%.c) $(LDLIBS)

valgrind: iopdoc build/vg/unit
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect build/vg/unit
	IOPDOC=tests/valgrind.sh LIMIT=600 sh tests/patho/run.sh
	IOPDOC=tests/valgrind.sh sh tests/bad/run.sh
	IOPDOC=tests/valgrind.sh sh tests/golden/run.sh

check: iopdoc build/asan/iopdoc build/asan/unit build/asan/fuzz-replay build/asan/fuzz-build-replay
	sh tests/run-all.sh

# The benchmark: not part of make check (it takes minutes).  Results go
# to tests/bench/RESULTS.md; commit them with the change that moves them.
# The same program without tagging and PDF/A, for the benchmark's
# comparison of what they cost: the production objects, but out_pdf.o's
# calls of the tagging and PDF/A entry points go to tests/bench/plain.c's
# stand-ins (renamed by objcopy, so no source is compiled differently).
PLAIN_SYMS = tag_new pdfa_catalog pdfa_tounicode pdfa_version
PLAIN_OBJS = $(filter-out build/out_pdf.o,$(OBJS)) build/main.o build/plain/out_pdf.o build/plain/plain.o

build/plain/out_pdf.o: build/out_pdf.o
	mkdir -p build/plain
	objcopy $(foreach s,$(PLAIN_SYMS),--redefine-sym $(s)=plain_$(s)) $< $@

build/plain/plain.o: tests/bench/plain.c src/*.h | build
	mkdir -p build/plain
	$(CC) $(CPPFLAGS) $(WARNINGS) $(CFLAGS) -c -o $@ $<

build/plain/iopdoc: $(PLAIN_OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bench: iopdoc build/plain/iopdoc
	python3 tests/bench/bench.py

# Only the seed agreements: against the floor, and what hyphenation costs
# each (with the template's hyphenate = no); a minute, not the whole bench.
bench-seeds: iopdoc build/plain/iopdoc
	python3 tests/bench/bench.py --seeds

# The fuzzer: not part of make check.  make fuzz FUZZ_SECONDS=3600 runs
# it for an hour; the corpus grows in build/fuzz/corpus (seeded from
# input/, tests/bad, tests/report/examples, tests/fuzz/regress and the images
# in tests/fuzz/seeds), crashes
# land in build/fuzz/.  Each crash found becomes a file in tests/fuzz/regress,
# which make check replays (fuzz-regress).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 600
FUZZ_JOBS    ?= 1
FUZZ_FLAGS    = -O1 -g -fsanitize=fuzzer,address,undefined,implicit-conversion -fno-omit-frame-pointer \
                -fno-sanitize-recover=all -DFUZZ_TEMPLATE='"$(CURDIR)/templates/default.ini"' \
                -DFUZZ_INPUT='"$(CURDIR)/input"'
FUZZ_SRCS     = $(CORE:%=src/%.c) $(EMBEDDED:%=build/%.c) tests/fuzz/fuzz_pipeline.c

build/fuzz/fuzz_pipeline: $(FUZZ_SRCS) src/*.h | build
	mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) -D_DEFAULT_SOURCE $(FUZZ_FLAGS) -o $@ $(FUZZ_SRCS) $(LDLIBS)

build/fuzz/iopdoc.dict: src/schema/iopdoc.xsd tests/fuzz/make-dict.sh | build
	mkdir -p build/fuzz
	sh tests/fuzz/make-dict.sh $< > $@

fuzz: build/fuzz/fuzz_pipeline build/fuzz/iopdoc.dict
	mkdir -p build/fuzz/corpus build/fuzz/crashes
	cp -n input/*.xml examples/*.xml tests/bad/*.xml tests/report/examples/*.xml tests/fuzz/regress/* tests/fuzz/seeds/* build/fuzz/corpus/ 2>/dev/null || true
	cd build/fuzz && ./fuzz_pipeline -dict=iopdoc.dict -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -timeout=20 -rss_limit_mb=2048 -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) \
	    -artifact_prefix=crashes/ -print_final_stats=1 corpus

# The nightly build fuzzed (tests/fuzz/fuzz_build.c): trees of up to four
# files, crafted manifest lines, a damaged PDF, --strict switched; each
# input runs several builds.  Seeds: tests/fuzz/build-seeds; crashes land
# in build/fuzz/build-crashes/.  Not part of make check (its seeds are
# replayed there).
FUZZ_BUILD_SRCS = $(CORE:%=src/%.c) $(EMBEDDED:%=build/%.c) tests/fuzz/fuzz_build.c

build/fuzz/fuzz_build: $(FUZZ_BUILD_SRCS) src/*.h | build
	mkdir -p build/fuzz
	$(FUZZ_CC) $(CPPFLAGS) -D_DEFAULT_SOURCE $(FUZZ_FLAGS) -o $@ $(FUZZ_BUILD_SRCS) $(LDLIBS)

fuzz-build: build/fuzz/fuzz_build
	mkdir -p build/fuzz/build-corpus build/fuzz/build-crashes
	cp -n tests/fuzz/build-seeds/* build/fuzz/build-corpus/ 2>/dev/null || true
	cd build/fuzz && ./fuzz_build -max_total_time=$(FUZZ_SECONDS) -max_len=1024 -timeout=120 \
	    -rss_limit_mb=2048 -close_fd_mask=2 -artifact_prefix=build-crashes/ -print_final_stats=1 \
	    build-corpus

clean:
	rm -rf build iopdoc

# The manual pages (man/): mandoc -Tlint -Wstyle, any message fails
# (tests/lint-man.sh says which are let through); part of make check.
.PHONY: lint
lint:
	sh tests/lint-man.sh
