# pairprog: `make run` starts the server on the embedded store; `make test` runs every test.
# Everything a target needs is installed by the target itself, without root.

CARGO      ?= cargo
PYTHON     ?= python3
VENV       := .venv
SECANTUSD  := $(VENV)/bin/secantusd-py
NPM        ?= npm
# Stamp of the npm packages of the Yjs interop tests (yjs, y-websocket) in tests/js.
JS_DEPS    := tests/js/node_modules/.package-lock.json
# Stamp of the browser editor's npm packages (CodeMirror, Yjs, esbuild, Swagger UI, ReDoc, playwright-core) in web.
WEB_DEPS   := web/node_modules/.package-lock.json
# Crates the IO-free domain must never depend on (checked by `make check-domain`).
DOMAIN_FORBIDDEN := tokio|actix|mongodb|bson|rusqlite|libsqlite3|hyper|reqwest|mio|async-std|tungstenite|socket2|redis

.PHONY: run build test test-deps web web-check fmt fmt-check lint check-domain ci bench bench-autocomplete bench-peers init-db clean

## run: build (release) and start the server on http://0.0.0.0:8000 with the embedded SQLite store
run:
	$(CARGO) run --release --bin pairprog

## build: build the release binary (target/release/pairprog)
build:
	$(CARGO) build --release --bin pairprog

## init-db: create the database's indexes (the spec's `python init_db.py`)
init-db:
	$(CARGO) run --release --bin pairprog -- init-db

## test-deps: install what the tests need into the project (SecantusDB, a MongoDB-wire server, in .venv;
##            the real Yjs client's npm packages, in tests/js/node_modules; playwright-core and the editor's
##            packages, in web/node_modules; the browser tests also need Debian's `chromium`)
test-deps: $(SECANTUSD) $(JS_DEPS) $(WEB_DEPS)

$(SECANTUSD):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --pre 'SecantusDB>=0.7.0b3'

# npm writes node_modules/.package-lock.json on every install: reinstalled when the lock file is newer. Without
# npm the Yjs interop tests skip themselves (and fail under CI, which must have Node.js).
$(JS_DEPS): tests/js/package.json tests/js/package-lock.json
	@if command -v $(NPM) >/dev/null 2>&1; then \
		$(NPM) ci --prefix tests/js --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: the Yjs interop tests will be skipped (install Node.js 18+ to run them)"; \
	fi

# Without npm the browser tests skip themselves (and fail under CI).
$(WEB_DEPS): web/package.json web/package-lock.json
	@if command -v $(NPM) >/dev/null 2>&1; then \
		$(NPM) ci --prefix web --no-audit --no-fund --loglevel=error; \
	else \
		echo "npm not found: the browser tests will be skipped (install Node.js 18+ to run them)"; \
	fi

## web: rebuild the browser editor's bundle and the /docs and /redoc assets (crates/server/assets, committed)
##      from web/ with esbuild; `make run` does not need this, the assets are embedded in the binary
web:
	$(NPM) ci --prefix web --no-audit --no-fund --loglevel=error
	node web/build.mjs

## web-check: the committed assets are exactly what `make web` builds from web/ and its lock file
web-check: web
	@if ! git diff --quiet -- crates/server/assets || [ -n "$$(git status --porcelain -- crates/server/assets)" ]; then \
		git status --short -- crates/server/assets; \
		echo "crates/server/assets differs from a fresh build of web/: run 'make web' and commit the result"; \
		exit 1; \
	fi; \
	echo "crates/server/assets matches its sources"

## test: every test of the workspace: unit, storage contract (memory, SQLite, MongoDB wire), end-to-end, and the
##       reference JavaScript client's own tests (clients/js, Node.js 18+)
test: test-deps
	$(CARGO) test --workspace --all-targets --no-fail-fast
	$(CARGO) test --workspace --doc
	@if command -v node >/dev/null 2>&1; then \
		node --test clients/js/test/*.test.mjs; \
	elif [ -n "$$CI" ]; then \
		echo "node not found: the reference client's tests cannot run"; exit 1; \
	else \
		echo "node not found: the reference client's tests are skipped"; \
	fi

## fmt: format the code
fmt:
	$(CARGO) fmt --all

fmt-check:
	$(CARGO) fmt --all -- --check

## lint: clippy with warnings as errors
lint:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

## check-domain: the domain crate depends on no runtime, driver or web framework
check-domain:
	@deps=$$($(CARGO) tree -p domain -e normal --prefix none --format '{p}' | awk '{print $$1}' | sort -u); \
	bad=$$(printf '%s\n' "$$deps" | grep -E '^($(DOMAIN_FORBIDDEN))' || true); \
	if [ -n "$$bad" ]; then echo "crates/domain must not depend on: $$bad"; exit 1; fi; \
	echo "domain depends on no IO crate ($$(printf '%s\n' "$$deps" | wc -l) crates checked)"

## ci: everything CI checks, then the tests
ci: fmt-check lint check-domain web-check test

## bench: criterion micro-benchmarks
bench:
	$(CARGO) bench -p domain

## bench-autocomplete: the autocomplete engine on real code (Python's stdlib, tests/js/node_modules, the cargo
##                     registry, SQLite's amalgamation, C++ headers, the JDK's src.zip and Go's stdlib when present):
##                     hit/wrong/empty/top-3 and latency per language and kind of cut, with two trivial baselines.
##                     CUTS=, SEED=, LANGUAGES=, CORPUS_DUMP=, AUTO_PAIRS=1 (see crates/domain/benches/autocomplete_corpus.rs)
# The Rust and C corpus are the crates of Cargo.lock in the registry: `cargo fetch` first, or a fresh machine holds
# only the few crates a build of the domain downloads.
bench-autocomplete: $(JS_DEPS)
	@java_dir="$${CARGO_TARGET_DIR:-target}/corpus-java"; \
	for zip in /usr/lib/jvm/*/lib/src.zip /usr/lib/jvm/*/src.zip; do \
		if [ -f "$$zip" ] && [ ! -d "$$java_dir/java.base" ] && command -v unzip >/dev/null 2>&1; then \
			mkdir -p "$$java_dir" && unzip -q -o "$$zip" 'java.base/java/*' -d "$$java_dir"; \
		fi; \
	done; \
	if [ -d "$$java_dir/java.base" ]; then export CORPUS_JAVA="$$(cd "$$java_dir" && pwd)"; fi; \
	$(CARGO) fetch --quiet && \
	$(CARGO) bench -p domain --bench autocomplete_corpus

## bench-peers: pairprog against Hocuspocus, the reference y-websocket server and y-sweet, on loopback, with
##              pairprog-load (installs the peers into bench/peers; RUNS=, SERVERS=, SCENARIOS=, QUICK=1: see
##              bench/peers/run.sh); a markdown table of medians, raw JSON in bench/peers/results/
bench-peers:
	bash bench/peers/run.sh

clean:
	$(CARGO) clean
	rm -rf $(VENV) tests/js/node_modules web/node_modules bench/peers/node_modules bench/peers/.install bench/peers/.build
