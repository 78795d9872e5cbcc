#!/usr/bin/env bash
# Makes sure the system packages that `make run` and `make test` need are
# installed. Usage: scripts/ensure-deps.sh [postgres] [chromium] [cc]
#
#   postgres  PostgreSQL server binaries (initdb, pg_ctl, postgres) for the
#             local cluster; skipped when DATABASE_URL is set.
#   chromium  /usr/bin/chromium for the browser tests.
#   cc        a C compiler for `go test -race` (which needs cgo).
#
# As root (CI, containers) missing Debian packages are installed with apt-get;
# otherwise the script prints the command to run and fails.
set -euo pipefail

want=("$@")
packages=() # Debian packages to install
hints=()    # what to tell a user who is not root

has_pg_bins() {
	[[ -n $1 && -x $1/initdb && -x $1/pg_ctl && -x $1/postgres ]]
}

# Same search order as db/localpg.FindBinaries.
have_postgres() {
	local dir
	for dir in /usr/lib/postgresql/*/bin; do
		has_pg_bins "$dir" && return 0
	done
	if command -v pg_config >/dev/null 2>&1; then
		dir=$(pg_config --bindir 2>/dev/null || true)
		has_pg_bins "$dir" && return 0
	fi
	if command -v initdb >/dev/null 2>&1; then
		dir=$(dirname "$(readlink -f "$(command -v initdb)")")
		has_pg_bins "$dir" && return 0
		dir=$(dirname "$(command -v initdb)")
		has_pg_bins "$dir" && return 0
	fi
	return 1
}

for what in "${want[@]}"; do
	case $what in
	postgres)
		if [[ -n ${DATABASE_URL:-} ]]; then
			continue # an external database is used; no local cluster
		fi
		if ! have_postgres; then
			packages+=(postgresql)
			hints+=("PostgreSQL server binaries (initdb, pg_ctl) not found; install them with: sudo apt-get install postgresql")
		fi
		;;
	chromium)
		if [[ ! -x /usr/bin/chromium ]]; then
			packages+=(chromium)
			hints+=("Chromium not found at /usr/bin/chromium (needed by the browser tests); install it with: sudo apt-get install chromium
  (Debian. On Ubuntu the chromium-browser package is only a wrapper around the snap; install Debian's chromium another way, or Google Chrome, and make /usr/bin/chromium point to it.)")
		fi
		;;
	cc)
		cc=$(go env CC 2>/dev/null || true)
		if ! command -v "${cc:-gcc}" >/dev/null 2>&1; then
			packages+=(gcc libc6-dev)
			hints+=("No C compiler (${cc:-gcc}) found; go test -race needs one. Install it with: sudo apt-get install gcc libc6-dev")
		fi
		;;
	*)
		echo "ensure-deps.sh: unknown dependency '$what'" >&2
		exit 2
		;;
	esac
done

if ((${#packages[@]} == 0)); then
	exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
	printf '%s\n' "${hints[@]}" >&2
	exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
	printf '%s\n' "${hints[@]}" >&2
	echo "apt-get is not available here: install the packages above with this system's package manager." >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt_install=(apt-get install -y --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

echo "==> installing missing system packages: ${packages[*]}"
apt-get update -q

for pkg in "${packages[@]}"; do
	if [[ $pkg == postgresql && ! -e /etc/postgresql-common/createcluster.conf ]]; then
		# The local cluster lives in the project; keep Debian from creating
		# (and starting) a system-wide "main" cluster as well.
		"${apt_install[@]}" postgresql-common
		sed -i -E 's/^#?[[:space:]]*create_main_cluster[[:space:]]*=.*/create_main_cluster = false/' \
			/etc/postgresql-common/createcluster.conf || true
	fi
done

"${apt_install[@]}" "${packages[@]}"
