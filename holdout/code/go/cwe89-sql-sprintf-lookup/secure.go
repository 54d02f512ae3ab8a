package accounts

import (
	"context"
	"database/sql"
)

type Account struct {
	ID    int64
	Email string
	Plan  string
}

type Store struct{ db *sql.DB }

func (s *Store) ByEmail(ctx context.Context, email string) (*Account, error) {
	const q = "SELECT id, email, plan FROM accounts WHERE lower(email) = lower($1)"
	var a Account
	if err := s.db.QueryRowContext(ctx, q, email).Scan(&a.ID, &a.Email, &a.Plan); err != nil {
		return nil, err
	}
	return &a, nil
}
