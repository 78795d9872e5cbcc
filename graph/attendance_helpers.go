package graph

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/vikstrous/dataloadgen"

	"leergang/db"
	"leergang/graph/model"
)

// Helpers of attendance.resolvers.go, kept here because gqlgen removes
// non-resolver code from *.resolvers.go when it regenerates.

// loadShown loads the object a non-null field points at. The db layer only
// hands out records whose people, leergangen and sessions the viewer may see,
// so a miss means the policy hides it: FORBIDDEN rather than an internal error.
func loadShown[V any](ctx context.Context, l *dataloadgen.Loader[uuid.UUID, V], id uuid.UUID) (V, error) {
	v, err := l.Load(ctx, id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return v, &db.ForbiddenError{Message: "Je hebt hier geen toegang toe."}
	}
	return v, err
}

func attendanceInputs(entries []*model.AttendanceEntry) []db.AttendanceInput {
	out := make([]db.AttendanceInput, len(entries))
	for i, e := range entries {
		out[i] = db.AttendanceInput{PersonID: e.PersonID, Status: e.Status, Minutes: e.Minutes, Note: deref(e.Note)}
	}
	return out
}

func registerModel(reg *db.SessionRegister) *model.SessionRegister {
	out := &model.SessionRegister{Session: reg.Session, Rows: make([]*model.RegisterRow, len(reg.Rows))}
	for i, r := range reg.Rows {
		out.Rows[i] = &model.RegisterRow{Person: r.Person, Attendance: r.Attendance, AbsenceReport: r.AbsenceReport}
	}
	return out
}

func gridModel(g *db.AttendanceGrid) *model.AttendanceGrid {
	out := &model.AttendanceGrid{Sessions: g.Sessions, Deelnemers: g.Deelnemers, Cells: make([]*model.AttendanceCell, len(g.Cells))}
	for i, c := range g.Cells {
		out.Cells[i] = &model.AttendanceCell{SessionID: c.SessionID, PersonID: c.PersonID, Status: c.Status,
			Minutes: c.Minutes, AbsenceReported: c.AbsenceReported}
	}
	return out
}

func summaryModel(s *db.EvaluationSummary) *model.EvaluationSummary {
	return &model.EvaluationSummary{Count: s.Count, AverageRating: s.AverageRating, Tops: s.Tops, Tips: s.Tips}
}
