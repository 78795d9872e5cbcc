package graph

import (
	"context"

	"github.com/google/uuid"

	"leergang/db"
	"leergang/graph/auth"
	"leergang/graph/loaders"
	"leergang/graph/model"
)

// signIn starts a fresh session (a new token at every sign-in) and makes the
// rest of this request run as the signed-in person.
func (r *Resolver) signIn(ctx context.Context, personID uuid.UUID) (*model.LoginPayload, error) {
	req := auth.From(ctx)
	token, err := db.CreateSignInSession(ctx, r.DB, personID, r.Sessions, req.UserAgent, req.IP)
	if err != nil {
		return nil, err
	}
	a, err := db.ActorFor(ctx, r.DB, personID)
	if err != nil {
		return nil, err
	}
	if err := db.WriteAudit(ctx, r.DB, db.AuditEntry{ActorID: &personID, Action: db.AuditLogin,
		ObjectType: "person", ObjectID: personID.String(), SubjectID: &personID}); err != nil {
		return nil, err
	}
	req.Actor, req.Token = a, token
	// Loaders built for the anonymous visitor would hide everything from the payload.
	*loaders.For(ctx) = *loaders.New(r.DB, a)
	req.StartSession(token)
	v, err := r.viewer(ctx, a)
	if err != nil {
		return nil, err
	}
	return &model.LoginPayload{Viewer: v}, nil
}

func (r *Resolver) viewer(ctx context.Context, a *db.Actor) (*model.Viewer, error) {
	v, err := db.GetViewer(ctx, r.DB, a)
	if err != nil {
		return nil, err
	}
	primeViewer(ctx, v)
	return &model.Viewer{Person: &v.Person, Roles: a.Roles, Menu: a.Menu()}, nil
}

func personInput(f *model.PersonFields) db.PersonInput {
	return db.PersonInput{
		Name: f.Name, Email: f.Email, Phone: deref(f.Phone), Roles: f.Roles, SchoolIDs: f.SchoolIds,
		OrganisationID: f.OrganisationID, Function: f.Function, Werktijdfactor: f.Werktijdfactor,
		Bouw: f.Bouw, IBStartDate: f.IbStartDate,
	}
}
