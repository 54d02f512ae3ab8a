// Package audit stores and queries the admin audit log.
package audit

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

type Entry struct {
	ID      int64
	Actor   string
	Action  string
	Target  string
	Created time.Time
}

type Filter struct {
	Actor  string
	Action string
	Since  time.Time
	Limit  int
}

type Store struct {
	db *sql.DB
}

func NewStore(db *sql.DB) *Store { return &Store{db: db} }

func (s *Store) Record(ctx context.Context, e Entry) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO audit_log (actor, action, target, created) VALUES ($1, $2, $3, $4)`,
		e.Actor, e.Action, e.Target, time.Now().UTC())
	return err
}

// Find returns entries matching the filter, newest first.
func (s *Store) Find(ctx context.Context, f Filter) ([]Entry, error) {
	where := []string{"created >= $1"}
	args := []any{f.Since}
	if f.Actor != "" {
		args = append(args, f.Actor)
		where = append(where, fmt.Sprintf("actor = $%d", len(args)))
	}
	if f.Action != "" {
		args = append(args, f.Action)
		where = append(where, fmt.Sprintf("action = $%d", len(args)))
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	q := fmt.Sprintf("SELECT id, actor, action, target, created FROM audit_log WHERE %s ORDER BY created DESC LIMIT %d",
		strings.Join(where, " AND "), f.Limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("audit query: %w", err)
	}
	defer rows.Close()
	var out []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Actor, &e.Action, &e.Target, &e.Created); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
