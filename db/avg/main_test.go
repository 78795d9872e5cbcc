package avg

import (
	"testing"

	"leergang/db/dbtest"
)

func TestMain(m *testing.M) { dbtest.Main(m) }
