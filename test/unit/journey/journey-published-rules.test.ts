import { journeyRules } from '../../../domain/journey/journey-rules.rules';
import { applyCommand } from '../../../domain/journey/journey.machine';
import { getProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import type { ProgrammeRules } from '../../../domain/programme/programme-rules.types';
import { JourneyDriver, MANAGER, envelope } from './journey-fixtures';

/** A published rules version (not bundled with the code) travels with the journey as a document. */
const published = (version: number, change: (r: ProgrammeRules) => void = () => undefined): ProgrammeRules => {
  const rules = JSON.parse(JSON.stringify(getProgrammeRules('default', 2))) as ProgrammeRules;
  rules.version = version;
  change(rules);
  return rules;
};

describe('a journey on a published rules version', () => {
  it('runs on the document it carries when that is its version', () => {
    const doc = published(3, (r) => (r.graduation.minIncomeToMinimumWageRatio = 1.2));
    expect(journeyRules({ rulesId: 'default', rulesVersion: 3 }, doc)).toBe(doc);
  });

  it('runs on the bundled version when it carries no document or another version', () => {
    const bundled = getProgrammeRules('default', 2);
    expect(journeyRules({ rulesId: 'default', rulesVersion: 2 }, undefined)).toBe(bundled);
    expect(journeyRules({ rulesId: 'default', rulesVersion: 2 }, published(3))).toBe(bundled);
  });

  const migrateTo = (rulesVersion: number, rules: unknown) => {
    const d = new JourneyDriver();
    const command = { type: 'migrateRules' as const, rulesVersion, reasonEvidenceId: 'ev-why', rules };
    return applyCommand(d.state, envelope(command as never, MANAGER), d.rules, d.now);
  };

  it('moves onto a published version whose document the command carries', () => {
    const t = migrateTo(3, published(3));
    expect(t).toMatchObject({ ok: true, state: { rulesVersion: 3 } });
  });

  it('refuses a carried document that is not valid, with the problems, and changes nothing', () => {
    const t = migrateTo(
      3,
      published(3, (r) => (r.welfareThresholds.MIDDLE = 9)),
    );
    expect(t).toMatchObject({ ok: false, code: 'INVALID_RULES' });
    expect(!t.ok && t.message).toMatch(/welfareThresholds must satisfy/);
  });

  it('refuses a carried document of another version or rules id', () => {
    expect(migrateTo(4, published(3))).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const other = published(3, (r) => (r.programmeRulesId = 'pena-ntb'));
    expect(migrateTo(3, other)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
