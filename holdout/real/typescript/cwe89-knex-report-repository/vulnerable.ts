// Reporting queries for the admin dashboard (Postgres through knex).
import type { Knex } from 'knex';
import { logger } from '../logger';

export interface UsageRow {
  tenantId: string;
  day: string;
  requests: number;
  errors: number;
}

export interface UsageFilter {
  tenantId?: string;
  from: string; // ISO date
  to: string;
  endpoint?: string;
}

export class UsageRepository {
  constructor(private readonly db: Knex) {}

  async daily(filter: UsageFilter): Promise<UsageRow[]> {
    const conditions = ['day BETWEEN ? AND ?'];
    const bindings: unknown[] = [filter.from, filter.to];
    if (filter.tenantId) {
      conditions.push('tenant_id = ?');
      bindings.push(filter.tenantId);
    }
    if (filter.endpoint) {
      conditions.push(`endpoint LIKE '${filter.endpoint}%'`);
    }
    const sql = `
      SELECT tenant_id AS "tenantId", to_char(day, 'YYYY-MM-DD') AS day,
             SUM(requests)::int AS requests, SUM(errors)::int AS errors
        FROM usage_daily
       WHERE ${conditions.join(' AND ')}
       GROUP BY tenant_id, day
       ORDER BY day`;
    const started = Date.now();
    const result = await this.db.raw<{ rows: UsageRow[] }>(sql, bindings);
    logger.debug({ ms: Date.now() - started, rows: result.rows.length }, 'usage.daily');
    return result.rows;
  }

  async topTenants(limit = 10): Promise<{ tenantId: string; requests: number }[]> {
    return this.db('usage_daily')
      .select('tenant_id as tenantId')
      .sum({ requests: 'requests' })
      .groupBy('tenant_id')
      .orderBy('requests', 'desc')
      .limit(Math.min(limit, 100));
  }
}
