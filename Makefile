# Leergang: one Go binary (GraphQL API + embedded React SPA) on PostgreSQL.
#
#   make run    build everything and serve on a local PostgreSQL cluster in
#               .data/postgres (unless DATABASE_URL is set)
#   make test   every check CI runs, in order, stopping at the first failure
#   make help   all targets
#
# Needs Go and Node.js; missing system packages (PostgreSQL server, Chromium,
# gcc) are installed with apt-get when running as root, or else the command
# to install them is printed.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# Go's default location on this project's machines, for shells without it in PATH.
ifneq ($(wildcard /usr/local/go/bin/go),)
export PATH := $(PATH):/usr/local/go/bin
endif

GO       ?= go
NPM      ?= npm
BIN      := bin/leergang
FRONTEND := frontend
DIST     := $(FRONTEND)/dist/index.html
# Written after a successful `npm ci`; inside node_modules so that removing
# node_modules also forgets it.
NPM_STAMP := $(FRONTEND)/node_modules/.leergang-npm-ci.stamp
# Arguments for the server in `make run`, e.g. make run ARGS='migrate status'.
ARGS ?=

# Sets the shell variable pkgs to the module's Go packages: ./... minus the
# Go sources that some npm packages ship inside frontend/node_modules.
LIST_PACKAGES = pkgs=$$($(GO) list -e ./... | grep -v '/node_modules/')

# $(call step,Title) prints a step heading.
step = @printf '\n==> %s\n' '$(1)'

.PHONY: help run build frontend-build server-build generate check-generated \
	test deps-test deps-postgres deps-e2e npm-deps fmt fmt-check vet \
	gotest fronttest e2e migrate-status clean

help:
	@echo 'Usage: make <target>'
	@echo
	@echo '  run              build the SPA and the server, then serve (local PostgreSQL in .data/postgres unless DATABASE_URL is set)'
	@echo '  build            frontend build (frontend/dist) + go build -o $(BIN) ./server'
	@echo '  test             all checks in CI order: deps, npm ci, check-generated, gofmt, frontend build,'
	@echo '                   go vet, go test -race, frontend typecheck/lint/unit tests, browser tests'
	@echo '  generate         regenerate gqlgen output and the frontend typed documents'
	@echo '  check-generated  fail if regenerating changes any generated file'
	@echo '  fmt-check        fail if gofmt would change a Go file; fmt rewrites them'
	@echo '  vet              go vet'
	@echo '  gotest           go test -race -count=1 (tests start their own PostgreSQL unless DATABASE_URL is set)'
	@echo '  fronttest        frontend typecheck, lint and unit tests'
	@echo '  e2e              browser tests (Chromium) against $(BIN)'
	@echo '  bench            load benchmark at board and national scale against $(BIN) (docs/benchmarks.md) and'
	@echo '                   the 2 GB upload/download memory measurement (not part of test; BENCH_* knobs in server/cmd/bench)'
	@echo '  faults           fault tests against $(BIN): PostgreSQL restart under load, SIGKILL mid-upload and resume,'
	@echo '                   two instances on one database and file store, SIGTERM with requests in flight'
	@echo '  migrate-status   go run ./server migrate status'
	@echo '  clean            remove bin/ and frontend/dist (keeps the database in .data)'

# ---------------------------------------------------------------------------
# System packages and npm dependencies

deps-postgres:
	@bash scripts/ensure-deps.sh postgres

deps-e2e:
	@bash scripts/ensure-deps.sh chromium

deps-test:
	$(call step,system packages)
	@bash scripts/ensure-deps.sh postgres chromium cc

npm-deps: $(NPM_STAMP)
	@:

$(NPM_STAMP): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json
	$(call step,npm ci)
	cd $(FRONTEND) && $(NPM) ci --no-audit --no-fund
	touch $@

# ---------------------------------------------------------------------------
# Build and run

frontend-build: npm-deps
	$(call step,frontend build)
	cd $(FRONTEND) && $(NPM) run build

# The Go build embeds frontend/dist: build it when it is missing.
$(DIST):
	@$(MAKE) --no-print-directory frontend-build

server-build: $(DIST)
	$(call step,go build)
	$(GO) build -o $(BIN) ./server

build:
	@$(MAKE) --no-print-directory frontend-build
	@$(MAKE) --no-print-directory server-build

run: deps-postgres
	@$(MAKE) --no-print-directory build
	$(call step,serve)
	exec ./$(BIN) $(ARGS)

migrate-status: deps-postgres $(DIST)
	$(GO) run ./server migrate status

# ---------------------------------------------------------------------------
# Generated code

generate: npm-deps
	$(call step,generate)
	@bash scripts/generate.sh

check-generated: npm-deps
	$(call step,check generated code)
	@bash scripts/check-generated.sh

# ---------------------------------------------------------------------------
# Checks

# Go files of the project, without node_modules, the database and git.
GO_FILES_CMD = find . \( -path ./$(FRONTEND)/node_modules -o -path ./.data -o -path ./.git -o -path ./tmp \) -prune \
	-o -type f -name '*.go' -print0

fmt-check:
	$(call step,gofmt)
	@unformatted=$$($(GO_FILES_CMD) | xargs -0 -r gofmt -l); \
	if [[ -n $$unformatted ]]; then \
		echo "These files are not gofmt-formatted (fix with: make fmt):"; \
		echo "$$unformatted" | sed 's/^/  /'; \
		exit 1; \
	fi

fmt:
	$(GO_FILES_CMD) | xargs -0 -r gofmt -w

vet: $(DIST)
	$(call step,go vet)
	@$(LIST_PACKAGES); set -x; $(GO) vet $$pkgs

gotest: deps-postgres $(DIST)
	$(call step,go test)
	@$(LIST_PACKAGES); set -x; $(GO) test -race -count=1 $$pkgs

fronttest: npm-deps
	$(call step,frontend typecheck)
	cd $(FRONTEND) && $(NPM) run typecheck
	$(call step,frontend lint)
	cd $(FRONTEND) && $(NPM) run lint
	$(call step,frontend unit tests)
	cd $(FRONTEND) && $(NPM) run test

e2e: deps-e2e deps-postgres npm-deps server-build
	$(call step,browser tests)
	cd $(FRONTEND) && $(NPM) run e2e

.PHONY: bench
bench: deps-postgres
	@$(MAKE) --no-print-directory build
	$(call step,memory benchmark: 2 GB through tus and /files)
	$(GO) test -run '^$$' -bench '^BenchmarkUploadDownload2GB$$' -benchtime 1x -count 1 ./server
	$(call step,load benchmark: generated worlds, the SPA's operations against $(BIN) and the SQL ceiling)
	$(GO) run ./server/cmd/bench

# Fault tests (server/faulttest, build tag faults): they run the binary built
# here as a subprocess against a PostgreSQL cluster of their own and break
# things on purpose. .ci/run runs them after make test.
.PHONY: faults
faults: deps-postgres server-build
	$(call step,fault tests)
	LEERGANG_FAULT_BIN=$(CURDIR)/$(BIN) $(GO) test -tags faults -count=1 -timeout 10m -v -run '^TestFault' ./server/faulttest/

# The order matters: generated code is checked before anything is built from
# it, frontend/dist exists before Go compiles the embed, and bin/leergang is
# rebuilt (by e2e) before the browser tests run against it.
test:
	@$(MAKE) --no-print-directory deps-test
	@$(MAKE) --no-print-directory npm-deps
	@$(MAKE) --no-print-directory check-generated
	@$(MAKE) --no-print-directory fmt-check
	@$(MAKE) --no-print-directory frontend-build
	@printf '\n==> %s\n' 'SPA size budget' && node $(FRONTEND)/scripts/spa-budget.mjs $(FRONTEND)/dist
	@$(MAKE) --no-print-directory vet
	@$(MAKE) --no-print-directory gotest
	@$(MAKE) --no-print-directory fronttest
	@$(MAKE) --no-print-directory e2e
	@printf '\n==> make test: all steps passed\n'

clean:
	rm -rf bin $(FRONTEND)/dist
