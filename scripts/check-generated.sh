#!/usr/bin/env bash
# Fails when the committed generated code is not what the generators produce
# from the current schema and documents. It compares checksums of the
# generated files before and after regenerating them (not `git diff`), so a
# working tree with uncommitted edits elsewhere is judged correctly.
# Regeneration happens in place: after a failure the tree holds the fresh
# output, ready to be committed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Everything gqlgen and graphql-codegen write.
generated_dirs=(graph/generated graph/model frontend/src/gql)
generated_globs=('graph/*.resolvers.go')

# checksums prints "SHA256  PATH" for every generated file, sorted by path.
checksums() {
	local dir dirs=() files=() glob
	for dir in "${generated_dirs[@]}"; do
		if [[ -d $dir ]]; then
			dirs+=("$dir")
		fi
	done
	shopt -s nullglob
	for glob in "${generated_globs[@]}"; do
		# shellcheck disable=SC2206 # the glob is meant to expand here
		files+=($glob)
	done
	shopt -u nullglob
	{
		if ((${#dirs[@]})); then find "${dirs[@]}" -type f -print0; fi
		if ((${#files[@]})); then printf '%s\0' "${files[@]}"; fi
	} | LC_ALL=C sort -z | xargs -0 -r sha256sum
}

before=$(mktemp)
after=$(mktemp)
trap 'rm -f "$before" "$after"' EXIT

checksums >"$before"
bash scripts/generate.sh
checksums >"$after"

changes=$(awk '
	{ sum = substr($0, 1, 64); path = substr($0, 67) }
	FILENAME == ARGV[1] { old[path] = sum; next }
	{ new[path] = sum }
	END {
		for (p in old) {
			if (!(p in new)) print "  removed  " p
			else if (old[p] != new[p]) print "  changed  " p
		}
		for (p in new) if (!(p in old)) print "  added    " p
	}' "$before" "$after" | LC_ALL=C sort -k2,2)

if [[ -n $changes ]]; then
	echo
	echo "Generated code is out of date: regenerating changed these files:"
	echo "$changes"
	echo
	echo "Run 'make generate' and commit the result (the files above now hold the fresh output)."
	exit 1
fi
echo "Generated code is up to date ($(wc -l <"$after") files checked)."
