#!/usr/bin/env bash
# Regenerates all generated code: the gqlgen server code from
# graph/schema/*.graphqls (configured in gqlgen.yml) and the typed GraphQL
# documents of the frontend (frontend/codegen.ts, output in frontend/src/gql).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "gqlgen generate"
go run github.com/99designs/gqlgen generate

echo "npm run codegen (frontend)"
(cd frontend && npm run --silent codegen)
