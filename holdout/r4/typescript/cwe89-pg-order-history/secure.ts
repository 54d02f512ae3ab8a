import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export interface OrderRow {
  id: number;
  status: string;
  total_cents: number;
  created_at: Date;
}

/**
 * Fetch a customer's orders, optionally filtered by status ("paid", "shipped", ...).
 */
export async function getOrderHistory(customerId: string, status?: string): Promise<OrderRow[]> {
  let sql = 'SELECT id, status, total_cents, created_at FROM orders WHERE customer_id = $1';
  const params: string[] = [customerId];
  if (status) {
    params.push(status);
    sql += ` AND status = $${params.length}`;
  }
  sql += ' ORDER BY created_at DESC LIMIT 100';

  const { rows } = await pool.query<OrderRow>(sql, params);
  return rows;
}
