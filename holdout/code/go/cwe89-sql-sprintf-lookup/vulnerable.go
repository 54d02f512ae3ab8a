package accounts

import (
	"context"
	"database/sql"
	"fmt"
)

type Account struct {
	ID    int64
	Email string
	Plan  string
}

type Store struct{ db *sql.DB }

func (s *Store) ByEmail(ctx context.Context, email string) (*Account, error) {
	q := fmt.Sprintf("SELECT id, email, plan FROM accounts WHERE lower(email) = lower('%s')", email)
	var a Account
	if err := s.db.QueryRowContext(ctx, q).Scan(&a.ID, &a.Email, &a.Plan); err != nil {
		return nil, err
	}
	return &a, nil
}
