package loaders

import (
	"errors"
	"testing"

	"github.com/vikstrous/dataloadgen"
)

// A value the scope dropped and a value a page primed as nil both mean "not
// visible"; anything else, an error included, is not absent.
func TestAbsent(t *testing.T) {
	type school struct{ Name string }
	boom := errors.New("boom")
	cases := []struct {
		name string
		v    *school
		err  error
		want bool
	}{
		{"dropped by the scope", nil, dataloadgen.ErrNotFound, true},
		{"primed as hidden", nil, nil, true},
		{"visible", &school{"A"}, nil, false},
		{"failed", nil, boom, false},
	}
	for _, c := range cases {
		if got := Absent(c.v, c.err); got != c.want {
			t.Errorf("%s: Absent = %v, want %v", c.name, got, c.want)
		}
	}
	if Absent(0, nil) || Absent(false, nil) {
		t.Error("a zero count or false flag is a value, not an absent object")
	}
}
