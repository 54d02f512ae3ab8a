package catalog

import (
	"context"
	"database/sql"
	"strings"
)

// PricesFor returns the price of each SKU in skus (taken from the ?skus=a,b,c query).
func PricesFor(ctx context.Context, db *sql.DB, skus []string) (map[string]int64, error) {
	quoted := make([]string, len(skus))
	for i, s := range skus {
		quoted[i] = "'" + s + "'"
	}
	rows, err := db.QueryContext(ctx, "SELECT sku, price_cents FROM prices WHERE sku IN ("+strings.Join(quoted, ",")+")")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var sku string
		var cents int64
		if err := rows.Scan(&sku, &cents); err != nil {
			return nil, err
		}
		out[sku] = cents
	}
	return out, rows.Err()
}
