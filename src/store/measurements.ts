// Port: measurements with the history of values corrections replaced, and target revisions. Saves are all
// or nothing, and saves from several instances run one after the other (so a correction always moves the
// value it replaces into the history).
import type { SelectQueryBuilder } from '#kysely';
import type { Db, Dialect } from './dialect.js';
import { iso, sameMeasurement, sameRevision, toMeasurement, toReplaced, toRevision } from './rows.js';
import type { Tables } from './schema.js';
import type { MeasurementFilter, SaveCounts, Store } from './store.js';

export type MeasurementsPort = Pick<
  Store,
  'listMeasurements' | 'measurementHistory' | 'saveMeasurements' | 'listRevisions' | 'saveRevisions'
>;

export function measurementsPort(db: Db, dialect: Dialect): MeasurementsPort {
  const filtered = <Q extends SelectQueryBuilder<Tables, 'measurements' | 'measurement_history', object>>(
    q: Q,
    f: MeasurementFilter = {},
  ): Q => {
    let r = q;
    if (f.wijk) r = r.where('wijk', '=', f.wijk) as Q;
    if (f.indicator) r = r.where('indicator', '=', f.indicator) as Q;
    return r.orderBy('wijk').orderBy('indicator').orderBy('year') as Q;
  };
  return {
    async listMeasurements(filter) {
      return (await filtered(db.selectFrom('measurements').selectAll(), filter).execute()).map(toMeasurement);
    },
    async measurementHistory(filter) {
      const rows = await filtered(db.selectFrom('measurement_history').selectAll(), filter)
        .orderBy('id')
        .execute();
      return rows.map(toReplaced);
    },
    async saveMeasurements(rows, by, at) {
      return dialect.write(db, async (trx) => {
        await dialect.serializeSaves(trx);
        const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
        for (const r of rows) {
          const current = await trx
            .selectFrom('measurements')
            .selectAll()
            .where('wijk', '=', r.wijk)
            .where('indicator', '=', r.indicator)
            .where('year', '=', r.year)
            .executeTakeFirst();
          if (sameMeasurement(current, r)) {
            counts.unchanged += 1;
            continue;
          }
          if (current) {
            await trx
              .insertInto('measurement_history')
              .values({
                wijk: current.wijk,
                indicator: current.indicator,
                year: current.year,
                value: current.value,
                unit: current.unit,
                source: current.source,
                note: current.note,
                recorded_by: current.recorded_by,
                recorded_at: iso(current.recorded_at),
                replaced_at: at,
                replaced_by: by,
              })
              .execute();
            counts.changed += 1;
          } else counts.added += 1;
          const values = {
            wijk: r.wijk,
            indicator: r.indicator,
            year: r.year,
            value: r.value,
            unit: r.unit,
            source: r.source,
            note: r.note ?? null,
            recorded_by: by,
            recorded_at: at,
          };
          await trx
            .insertInto('measurements')
            .values(values)
            .onConflict((oc) =>
              oc.columns(['wijk', 'indicator', 'year']).doUpdateSet({
                value: values.value,
                unit: values.unit,
                source: values.source,
                note: values.note,
                recorded_by: values.recorded_by,
                recorded_at: values.recorded_at,
              }),
            )
            .execute();
        }
        return counts;
      });
    },
    async listRevisions() {
      const rows = await db
        .selectFrom('target_revisions')
        .selectAll()
        .where('active', '=', true)
        .orderBy('wijk')
        .orderBy('indicator')
        .orderBy('year')
        .execute();
      return rows.map(toRevision);
    },
    async saveRevisions(rows) {
      return dialect.write(db, async (trx) => {
        await dialect.serializeSaves(trx);
        const counts: SaveCounts = { added: 0, changed: 0, unchanged: 0 };
        for (const r of rows) {
          const active = trx
            .updateTable('target_revisions')
            .where('wijk', '=', r.wijk)
            .where('indicator', '=', r.indicator)
            .where('year', '=', r.year)
            .where('active', '=', true);
          const current = await trx
            .selectFrom('target_revisions')
            .selectAll()
            .where('wijk', '=', r.wijk)
            .where('indicator', '=', r.indicator)
            .where('year', '=', r.year)
            .where('active', '=', true)
            .executeTakeFirst();
          if (sameRevision(current, r)) {
            counts.unchanged += 1;
            continue;
          }
          if (current) {
            await active.set({ active: false }).execute();
            counts.changed += 1;
          } else counts.added += 1;
          await trx
            .insertInto('target_revisions')
            .values({
              wijk: r.wijk,
              indicator: r.indicator,
              year: r.year,
              value: r.value,
              source: r.source,
              basis_year: r.basis?.year ?? null,
              basis_value: r.basis?.value ?? null,
              recorded_by: r.recordedBy,
              recorded_at: r.recordedAt,
            })
            .execute();
        }
        return counts;
      });
    },
  };
}
