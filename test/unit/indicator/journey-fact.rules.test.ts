import { journeyFacts, type FactEvidence } from '../../../domain/indicator/journey-fact.rules';
import { journeyModuleFacts } from '../../../domain/indicator/journey-module-fact.rules';

const J = '00000000-0000-4000-8000-000000000001';
const FORM = '00000000-0000-4000-8000-0000000000aa';
const at = '2026-03-01T00:00:00.000Z';

describe('the fact projection of recorded events', () => {
  it('keeps a follow-up with its form figures typed, read as PostgreSQL reads them', () => {
    const forms = new Map<string, FactEvidence>([
      [
        FORM,
        {
          kind: 'FOLLOW_UP',
          createdAt: at,
          payload: {
            income: { monthlyFamilyIncome: '3100000', regionalMinimumWage: 2600000 },
            businessRunning: 'true',
            employment: { inWork: false },
            incomeToMinimumWageRatio: 1.19,
            householdSize: 4,
            note: 'free text the projection never copies',
          },
        },
      ],
    ]);
    const { facts } = journeyFacts(
      J,
      [{ seq: 7, ordinal: 1, type: 'FOLLOW_UP_RECORDED', at, data: { evidenceId: FORM, monthsAfterGraduation: 6 } }],
      forms,
    );
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      seq: 7,
      ordinal: 1,
      followUpMonth: 6,
      hasEvidence: true,
      income: 3_100_000,
      minimumWage: 2_600_000,
      businessRunning: true,
      inWork: false,
      incomeRatio: 1.19,
      householdSize: 4,
    });
    expect(JSON.stringify(facts)).not.toContain('free text');
  });

  it('has no fact for events no indicator reads, and one row per satisfaction answer', () => {
    const { facts, answers } = journeyFacts(
      J,
      [
        { seq: 1, ordinal: 0, type: 'ENROLLED', at, data: {} },
        {
          seq: 2,
          ordinal: 0,
          type: 'SATISFACTION_RECORDED',
          at,
          data: {
            meanScore: 4,
            occasion: 'EXIT',
            facilitatorId: 'f-1',
            answers: [
              { item: 'A', score: 5 },
              { item: 'B', score: 3 },
            ],
          },
        },
      ],
      new Map(),
    );
    expect(facts.map((f) => f.type)).toEqual(['SATISFACTION_RECORDED']);
    expect(answers.map((a) => [a.item, a.score, a.facilitatorId])).toEqual([
      ['A', 5, 'f-1'],
      ['B', 3, 'f-1'],
    ]);
  });

  it('scores attendance and names the module template without its number', () => {
    const { facts } = journeyFacts(
      J,
      [
        {
          seq: 3,
          ordinal: 0,
          type: 'ATTENDANCE_RECORDED',
          at,
          data: { moduleId: 'CAPITAL_ACCESS-12', status: 'PARTIAL' },
        },
      ],
      new Map(),
    );
    expect(facts[0]).toMatchObject({ moduleTemplate: 'CAPITAL_ACCESS', attendancePoints: 0.5, hasEvidence: false });
    expect(journeyModuleFacts(J, [{ moduleId: 'LITERACY-2', status: 'ACTIVE', plannedStart: at }])).toEqual([
      {
        journeyId: J,
        moduleId: 'LITERACY-2',
        moduleTemplate: 'LITERACY',
        status: 'ACTIVE',
        plannedStart: at,
        actualEnd: null,
      },
    ]);
  });
});
