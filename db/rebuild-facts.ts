import { FieldCipher } from '../config/crypto/field-cipher';
import { ConfigError, loadDataKeys } from '../config/env';
import { openMigratedOrm } from './migrate';
import { rebuildFacts } from './facts/fact-rebuild';

/**
 * `npm run db:rebuild-facts`: recomputes the indicators' fact projection (journey_fact, journey_fact_answer,
 * journey_module_fact, journey.overdue_count) from journey_event, evidence and the journey states. Run after the
 * migration that adds it, or whenever the derivation (domain/indicator/journey-fact.rules.ts) changes.
 */
if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('configuration error: DATABASE_URL is required but not set\n');
    process.exit(78);
  }
  let cipher: FieldCipher;
  try {
    cipher = new FieldCipher(loadDataKeys(process.env));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`configuration error: ${err.message}\n`);
    process.exit(78);
  }
  void (async () => {
    const orm = await openMigratedOrm(url, 2);
    try {
      const r = await rebuildFacts(orm.em.fork(), cipher);
      process.stdout.write(
        `rebuilt the fact projection of ${r.journeys} journey(s): ${r.facts} fact(s), ` +
          `${r.answers} satisfaction answer(s), ${r.modules} planned module(s), ${r.indicatorRows} indicator row(s)\n`,
      );
    } catch (err) {
      process.stderr.write(`fact rebuild failed: ${(err as Error).message}\n`);
      process.exitCode = 1;
    } finally {
      await orm.close(true);
    }
  })();
}
