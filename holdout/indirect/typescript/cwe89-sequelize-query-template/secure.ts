import { QueryTypes, type Sequelize } from 'sequelize';

export interface AuditRow {
  id: number;
  action: string;
  actor: string;
}

export async function auditTrail(db: Sequelize, entity: string, since: string): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    'SELECT id, action, actor FROM audit WHERE entity = :entity AND created_at >= :since ORDER BY id',
    { type: QueryTypes.SELECT, replacements: { entity, since } },
  );
}
