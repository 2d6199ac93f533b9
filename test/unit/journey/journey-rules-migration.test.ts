import { applyCommand } from '../../../domain/journey/journey.machine';
import { JourneyDriver, MANAGER, FACILITATOR, envelope } from './journey-fixtures';

/** A journey keeps its rules version; only a manager's explicit migration to a newer, existing version changes it. */
describe('migrating a journey to newer programme rules', () => {
  const migrate = (rulesVersion: number, by = MANAGER) => {
    const d = new JourneyDriver();
    return {
      before: d.state,
      t: applyCommand(
        d.state,
        envelope({ type: 'migrateRules', rulesVersion, reasonEvidenceId: 'ev-why' }, by),
        d.rules,
        d.now,
      ),
    };
  };

  it('refuses a version that does not exist', () => {
    const { t } = migrate(99);
    expect(t).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('refuses the same or an older version', () => {
    expect(migrate(1).t).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(migrate(0).t).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });

  it('is a manager decision', () => {
    expect(migrate(2, FACILITATOR).t).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('needs a reason', () => {
    const d = new JourneyDriver();
    const t = applyCommand(
      d.state,
      envelope({ type: 'migrateRules', rulesVersion: 2, reasonEvidenceId: '' }, MANAGER),
      d.rules,
      d.now,
    );
    expect(t).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });
});
