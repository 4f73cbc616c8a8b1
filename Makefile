# dyad: `make demo` and `make test` do everything on a fresh Debian 12 machine
# (as root, or with sudo): install the system packages, build, run.
BUILD ?= build
JOBS ?= $(shell nproc)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages the build, the tests and the run need.
DEBS = cmake g++ make pkg-config libicu-dev libxml2-dev lttoolbox-dev apertium-fra-cat \
       apertium-eng-spa libcld2-dev libgumbo-dev nlohmann-json3-dev \
       libgtest-dev libgmock-dev libbenchmark-dev iso-codes libgeonames-dev python3 time \
       libsqlite3-dev libcpp-httplib-dev libjemalloc-dev wrk

.PHONY: deps build demo test asan fuzz bench clean format web e2e

# Installs only what is missing, so a second run costs nothing.
deps:
	@missing=$$(for p in $(DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps web
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	@echo "== dyad code --db demo.sqlite --format table examples/ (the events of every example document, kept in demo.sqlite)"
	./$(BUILD)/dyad code --db demo.sqlite --format table examples/
	@echo "== dyad analyze examples/fr-sahel.txt (first sentences)"
	./$(BUILD)/dyad analyze examples/fr-sahel.txt 2>/dev/null | head -40
	@echo "== dyad query --db demo.sqlite --agg dyads (top dyads)"
	./$(BUILD)/dyad query --db demo.sqlite --agg dyads | head -12
	@echo "== now: ./$(BUILD)/dyad serve --db demo.sqlite --port 8080, and open http://localhost:8080/"

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The web page that `dyad serve` shows (web/): npm packages, then esbuild into
# web/dist; nothing is redone while web/dist is newer than its sources.
WEB_SOURCES = $(wildcard web/src/*) web/build.mjs web/package.json
web: web/dist/.built
web/node_modules/.package-lock.json: web/package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "installing: nodejs npm"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	cd web && npm ci --no-audit --no-fund
web/dist/.built: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && node build.mjs
	@touch $@

# The page's tests: the highlighting unit test, then the page end to end in
# headless Chromium against ./$(BUILD)/dyad serve (tests/e2e/web.e2e.mjs).
CHROMIUM ?= /usr/bin/chromium
e2e: build
	@[ -x $(CHROMIUM) ] || { echo "installing: chromium"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	node --test web/test/highlight.test.js
	node tests/e2e/web.e2e.mjs --dyad ./$(BUILD)/dyad --web web/dist --chromium $(CHROMIUM)

# The unit tests again under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON \
	  -DDYAD_BUILD_BENCH=OFF >/dev/null
	cmake --build $(BUILD)-asan -j$(JOBS)
	cd $(BUILD)-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j$(JOBS)

# libFuzzer targets (clang); FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -fsanitize=fuzzer-no-link,address,undefined
fuzz: deps
	@dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1 || \
	  (DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq clang libclang-rt-14-dev)
	CC=clang CXX=clang++ cmake -S . -B $(BUILD)-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DDYAD_BUILD_FUZZ=ON -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=OFF \
	  -DCMAKE_C_FLAGS="$(FUZZ_FLAGS)" -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)" >/dev/null
	cmake --build $(BUILD)-fuzz -j$(JOBS)
	@for f in $(BUILD)-fuzz/*_fuzzer; do \
	  name=$$(basename $$f _fuzzer); name=$${name%%_*}; work=$$(mktemp -d); \
	  cp fuzz/seeds/$$name/* $$work/ 2>/dev/null; \
	  echo "== $$f for $(FUZZ_SECONDS)s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 $$work || exit 1; \
	  rm -rf $$work; \
	done

bench: build
	bash bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-fuzz
