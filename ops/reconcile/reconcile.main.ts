import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from '@temporalio/client';
import { FieldCipher } from '../../config/crypto/field-cipher';
import { loadConfigOrExit } from '../../config/env';
import { connectTemporal } from '../../config/temporal-connection';
import { openMigratedOrm } from '../../db/migrate';
import { reconcileJourneys, type ReconcileReport } from './journey-reconcile.service';

/** The report as plain lines: counts per kind, then one line per journey (ids and seqs only). */
export function reportLines(r: ReconcileReport): string[] {
  const counts = Object.entries(r.counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const seqs = (label: string, s: number[]) => (s.length > 0 ? ` ${label} ${s.join(',')}` : '');
  return [
    `reconciliation ${r.runId}${r.dryRun ? ' (dry run: nothing changed)' : ''}: ${r.journeysCompared} journey(s) ` +
      `compared; ${counts}`,
    ...r.findings.map(
      (f) =>
        `${f.kind} ${f.journeyId} read model seq ${f.readModelSeq ?? '-'} workflow seq ${f.workflowSeq ?? '-'}: ` +
        (r.dryRun ? 'found' : f.repaired ? 'repaired' : `not repaired${f.problem ? ` (${f.problem})` : ''}`) +
        seqs('restored', f.restoredSeqs) +
        seqs('NOT restored', f.unrestoredSeqs) +
        seqs('superseded', f.supersededSeqs),
    ),
  ];
}

/**
 * `npm run ops:reconcile [-- --dry-run] [-- --operator NAME]`: after restoring PostgreSQL and/or Temporal from
 * backups, compares every journey's read model with its workflow and repairs the read model
 * (docs/backup-and-restore.md). Exit 0 when everything is in step now, 2 when something is left for an operator.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'dry-run': { type: 'boolean', default: false }, operator: { type: 'string' } },
  });
  const config = loadConfigOrExit();
  const orm = await openMigratedOrm(config.databaseUrl, 4);
  const connection = await connectTemporal(config.temporalAddress);
  try {
    const client = new Client({ connection, namespace: config.temporalNamespace });
    const report = await reconcileJourneys(orm, client, {
      dryRun: values['dry-run'] ?? false,
      operator: values.operator ?? `ops:${userInfo().username}`,
      taskQueue: config.taskQueue,
      cipher: new FieldCipher(config.dataKeys),
    });
    for (const line of reportLines(report)) process.stdout.write(`${line}\n`);
    return report.findings.some((f) => !f.repaired) ? 2 : 0;
  } finally {
    await connection.close();
    await orm.close(true);
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      process.stderr.write(`reconciliation failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
