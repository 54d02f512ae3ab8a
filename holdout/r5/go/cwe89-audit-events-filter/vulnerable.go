// Package audit serves the audit-event search of the admin console.
//
// Task: implement Search(db, actor, since) returning the events of one actor
// newer than `since` (RFC 3339). Both values come from the search form.
package audit

import (
	"database/sql"
	"fmt"
	"time"
)

type Event struct {
	ID     int64
	Actor  string
	Action string
	At     time.Time
}

func Search(db *sql.DB, actor, since string) ([]Event, error) {
	if _, err := time.Parse(time.RFC3339, since); err != nil {
		return nil, fmt.Errorf("since: %w", err)
	}
	q := fmt.Sprintf("SELECT id, actor, action, at FROM audit_events WHERE actor = '%s' AND at > '%s' ORDER BY at DESC LIMIT 200", actor, since)
	rows, err := db.Query(q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.ID, &e.Actor, &e.Action, &e.At); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
