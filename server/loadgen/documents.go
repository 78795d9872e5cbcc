// Package loadgen drives the real server the way the SPA does: it reads the
// GraphQL documents the SPA sends from the generated frontend/src/gql/gql.ts,
// logs in as real people and runs closed-loop workers that each send one
// request, wait for the answer and send the next.
package loadgen

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Documents are the SPA's GraphQL operations and fragments by name.
type Documents struct {
	operations map[string]string
	fragments  map[string]string
}

// docKey matches one key of the Documents type in gql.ts: a double-quoted
// string literal followed by ": typeof types.".
var docKey = regexp.MustCompile(`(?m)^\s*("(?:[^"\\]|\\.)*"): typeof types\.`)

var (
	opName   = regexp.MustCompile(`^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)`)
	fragName = regexp.MustCompile(`^\s*fragment\s+([A-Za-z_][A-Za-z0-9_]*)\s+on\s`)
	spread   = regexp.MustCompile(`\.\.\.\s*([A-Za-z_][A-Za-z0-9_]*)`)
)

// LoadDocuments reads the documents graphql-codegen collected from the SPA's
// sources (frontend/src/gql/gql.ts), so the load is exactly what the SPA asks.
func LoadDocuments(path string) (*Documents, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseDocuments(string(src))
}

// ParseDocuments is LoadDocuments on the file's text.
func ParseDocuments(src string) (*Documents, error) {
	d := &Documents{operations: map[string]string{}, fragments: map[string]string{}}
	for _, m := range docKey.FindAllStringSubmatch(src, -1) {
		text, err := strconv.Unquote(m[1])
		if err != nil {
			return nil, fmt.Errorf("loadgen: document key %.40s: %w", m[1], err)
		}
		if n := opName.FindStringSubmatch(text); n != nil {
			d.operations[n[1]] = text
		} else if n := fragName.FindStringSubmatch(text); n != nil {
			d.fragments[n[1]] = text
		}
	}
	if len(d.operations) == 0 {
		return nil, fmt.Errorf("loadgen: no GraphQL operations found; is this frontend/src/gql/gql.ts?")
	}
	return d, nil
}

// Has reports whether the SPA has an operation of that name.
func (d *Documents) Has(name string) bool { _, ok := d.operations[name]; return ok }

// Operation returns the named operation followed by every fragment it uses,
// directly or through other fragments, as the SPA's client sends it.
func (d *Documents) Operation(name string) (string, error) {
	op, ok := d.operations[name]
	if !ok {
		return "", fmt.Errorf("loadgen: the SPA has no operation %q", name)
	}
	seen := map[string]bool{}
	var order []string
	var visit func(text string) error
	visit = func(text string) error {
		for _, m := range spread.FindAllStringSubmatch(text, -1) {
			f := m[1]
			if f == "on" || seen[f] { // "... on Type" is an inline fragment
				continue
			}
			body, ok := d.fragments[f]
			if !ok {
				return fmt.Errorf("loadgen: operation %s uses fragment %s, which the SPA does not define", name, f)
			}
			seen[f] = true
			order = append(order, f)
			if err := visit(body); err != nil {
				return err
			}
		}
		return nil
	}
	if err := visit(op); err != nil {
		return "", err
	}
	sort.Strings(order)
	var b strings.Builder
	b.WriteString(strings.TrimSpace(op))
	for _, f := range order {
		b.WriteString("\n\n")
		b.WriteString(strings.TrimSpace(d.fragments[f]))
	}
	return b.String(), nil
}
