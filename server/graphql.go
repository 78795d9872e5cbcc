package main

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"leergang/graph"
	"leergang/graph/generated"
)

const (
	maxQueryDepth      = 12
	maxQueryComplexity = 2000
	maxParserTokens    = 15000
	maxRequestBytes    = 1 << 20
)

func newGraphQLHandler(r *graph.Resolver, development bool) http.Handler {
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r}))
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(maxParserTokens)
	srv.SetDisableSuggestion(true)
	if development {
		srv.Use(extension.Introspection{})
	}
	srv.Use(extension.FixedComplexityLimit(maxQueryComplexity))
	srv.Use(depthLimit{max: maxQueryDepth})
	srv.AroundFields(graph.SplitFieldErrors)
	srv.SetErrorPresenter(graph.ErrorPresenter(r.Log, requestIDFrom))
	srv.SetRecoverFunc(graph.RecoverFunc(r.Log, requestIDFrom))
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		req.Body = http.MaxBytesReader(w, req.Body, maxRequestBytes)
		srv.ServeHTTP(w, req)
	})
}

// depthLimit refuses operations nested deeper than max, fragments included.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0); depth > d.max {
		err := gqlerror.Errorf("De vraag is te diep genest (%d niveaus, hoogstens %d).", depth, d.max)
		err.Extensions = map[string]any{"code": "BAD_USER_INPUT", "reason": "query_too_deep"}
		return err
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) int {
	if seen > 64 {
		return seen // a fragment cycle is refused by validation already; stop here regardless
	}
	best := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) > 0 {
				d = 1 + selectionDepth(s.SelectionSet, frags, seen+1)
			} else {
				d = 1
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, seen+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, seen+1)
			}
		}
		best = max(best, d)
	}
	return best
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
