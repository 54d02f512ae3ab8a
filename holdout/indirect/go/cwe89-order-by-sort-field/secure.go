package reports

import (
	"context"
	"database/sql"
)

type Row struct {
	Region string
	Revenue int64
}

var sortColumns = map[string]string{"region": "region", "revenue": "revenue DESC"}

// Revenue lists regions sorted by the column the dashboard asked for (?sort=revenue).
func Revenue(ctx context.Context, db *sql.DB, year int, sort string) ([]Row, error) {
	order, ok := sortColumns[sort]
	if !ok {
		order = "region"
	}
	q := "SELECT region, SUM(amount) AS revenue FROM sales WHERE year = $1 GROUP BY region ORDER BY " + order
	rows, err := db.QueryContext(ctx, q, year)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		var r Row
		if err := rows.Scan(&r.Region, &r.Revenue); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
