import { randomUUID } from 'node:crypto';
import { ENROLL, enrolmentInput } from '../support/journey-graphql';
import { FACILITATOR, MANAGER, randomNik, startAppHarness, type AppHarness } from '../support/app-harness';
import { CONFLICT_FIGURES, RECORD_CONFLICT, RESOLVE_CONFLICT, sql } from '../support/grievance-graphql';
import { ensureCohort } from '../support/cohort-graphql';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
type Figure = {
  key: string;
  unit: string;
  numerator: number;
  denominator: number;
  value: number | null;
  median: number | null;
  breakdown: { dimension: string; group: string; numerator: number; denominator: number }[];
};

describe('conflicts: from record to resolution, with their M&E figures', () => {
  let app: AppHarness;
  const cohort = `c-${randomUUID().slice(0, 8)}`;
  /** The journeys' ids, as a front end sends them, and their UUIDs, as a conflict lists them. */
  let journeys: string[];
  let journeyUuids: string[];

  beforeAll(async () => {
    app = await startAppHarness();
    await ensureCohort(app, cohort);
    const enrolled = [];
    for (let i = 0; i < 2; i++) {
      enrolled.push(
        (
          await app.gql(ENROLL, {
            input: enrolmentInput(randomNik(), { cohortId: cohort }),
            key: `conflict-${randomUUID()}`,
          })
        ).data!.enrollBeneficiary,
      );
    }
    journeys = enrolled.map((j) => j.id);
    journeyUuids = enrolled.map((j) => j.journeyId);
  });
  afterAll(() => app?.stop());

  const figures = async (who = MANAGER): Promise<Record<string, Figure>> => {
    const res = await app.gql(CONFLICT_FIGURES, { p: 'default', f: { cohortId: cohort } }, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.fromEntries(res.data!.conflictFigures.map((f: Figure) => [f.key, f]));
  };

  it(
    'records a minor and a major conflict, notifies the manager of the major one at once, ' +
      'resolves, and counts them',
    async () => {
      const minor = await app.gql(
        RECORD_CONFLICT,
        {
          input: {
            programmeId: 'default',
            regionCode: '52.71',
            type: 'COMMUNICATION',
            category: 'MINOR',
            parties: ['participants', 'facilitator'],
            journeyIds: journeys,
            description:
              'Participants came at 9 while the session had moved to 13; the WhatsApp group got two different times.',
          },
        },
        FACILITATOR,
      );
      expect(minor.data!.recordConflict).toMatchObject({
        status: 'OPEN',
        cohortId: cohort,
        category: 'MINOR',
        journeyIds: journeyUuids,
        recordedBy: 'facilitator-1',
      });
      const major = await app.gql(
        RECORD_CONFLICT,
        {
          input: {
            programmeId: 'default',
            regionCode: '31.74',
            cohortId: cohort,
            type: 'SOCIO_CULTURAL',
            category: 'MAJOR',
            parties: ['customary community of the hamlet', 'implementing partner'],
            groupIds: ['kube-melati'],
            description:
              'The hamlet rejects the mixed-gender evening sessions as against customary values ' +
              'and asks the programme to leave.',
          },
        },
        MANAGER,
      );
      const minorId = minor.data!.recordConflict.conflictId; // UUIDs: notification keys and audit rows use them
      const majorId = major.data!.recordConflict.conflictId;
      const notes = await sql(app, `select key, kind, reason, data from notification where key in (?, ?)`, [
        `conflict:${minorId}:major`,
        `conflict:${majorId}:major`,
      ]);
      expect(notes).toEqual([
        {
          key: `conflict:${majorId}:major`,
          kind: 'ESCALATE_TO_MANAGER',
          reason: 'MAJOR_CONFLICT',
          data: { conflictId: majorId, programmeId: 'default', regionCode: '31.74', type: 'SOCIO_CULTURAL' },
        },
      ]);

      let f = await figures();
      expect(f.conflicts_recorded).toMatchObject({ unit: 'COUNT', numerator: 2, denominator: 1, value: 2 });
      expect(f.conflicts_open).toMatchObject({ numerator: 2, denominator: 2, value: 1 });
      expect(f.conflicts_resolved).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
      expect(f['conflicts_by_type:COMMUNICATION']).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
      expect(f['conflicts_by_category:MAJOR'].breakdown).toEqual([
        { dimension: 'REGION', group: '31', numerator: 1, denominator: 1, value: 1 },
        { dimension: 'REGION', group: '52', numerator: 0, denominator: 1, value: 0 },
        { dimension: 'COHORT', group: cohort, numerator: 1, denominator: 2, value: 0.5 },
      ]);
      expect(f.conflict_days_to_resolve).toMatchObject({
        unit: 'DAYS',
        numerator: 0,
        denominator: 0,
        value: null,
        median: null,
      });

      const resolution = {
        method: 'FACILITATION',
        outcome: 'Clarification meeting; one schedule posted in the Q&A forum',
        lessonsLearned: 'Only the coordinator posts times',
      };
      const resolved = await app.gql(RESOLVE_CONFLICT, { id: minorId, input: resolution }, FACILITATOR);
      expect(resolved.data!.resolveConflict).toMatchObject({
        status: 'RESOLVED',
        resolutionMethod: 'FACILITATION',
        outcome: resolution.outcome,
        lessonsLearned: resolution.lessonsLearned,
        resolvedBy: 'facilitator-1',
      });
      expect(codeOf(await app.gql(RESOLVE_CONFLICT, { id: minorId, input: resolution }, FACILITATOR))).toBe(
        'COMMAND_NOT_ALLOWED_IN_STAGE',
      );

      f = await figures({ user: 'viewer-1', role: 'viewer' }); // viewers see figures, not the records
      expect(f.conflicts_resolved).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
      expect(f.conflicts_open).toMatchObject({ numerator: 1, denominator: 2 });
      expect(f.conflict_days_to_resolve.denominator).toBe(1);
      expect(f.conflict_days_to_resolve.numerator).toBeGreaterThan(0);
      expect(f.conflict_days_to_resolve.numerator).toBeLessThan(1 / 24); // resolved within the hour
      expect(f.conflict_days_to_resolve.median).toBe(f.conflict_days_to_resolve.numerator);
      expect(codeOf(await app.gql(`query { conflicts { id } }`, {}, { user: 'viewer-1', role: 'viewer' }))).toBe(
        'FORBIDDEN',
      );

      // A reader scoped to region 52 counts only the minor conflict.
      const scoped = await figures({
        user: 'a-52',
        role: 'auditor',
        programmes: ['default'],
        regions: ['52'],
      } as never);
      expect(scoped.conflicts_recorded.numerator).toBe(1);
      expect(scoped['conflicts_by_category:MAJOR'].numerator).toBe(0);

      const audit = await sql(
        app,
        'select action, actor_id, after from audit_log ' +
          `where source = 'GRIEVANCE' and after->>'conflictId' in (?, ?) order by id`,
        [minorId, majorId],
      );
      expect(audit.map((r) => `${r.action} by ${r.actor_id}`)).toEqual([
        'conflict.record by facilitator-1',
        'conflict.record by manager-1',
        'conflict.resolve by facilitator-1',
      ]);
    },
  );

  it(
    "refuses a conflict outside the caller's scope, with bad fields, or naming unknown journeys, " +
      'and records nothing',
    async () => {
      const before = (await sql(app, 'select count(*)::int as n from conflict'))[0].n;
      const input = {
        programmeId: 'default',
        regionCode: '52.71',
        type: 'INTEREST',
        category: 'MODERATE',
        parties: ['group A', 'partner'],
        description: 'Fund allocation seen as unequal by group A',
      };
      expect(
        codeOf(await app.gql(RECORD_CONFLICT, { input }, { user: 'f-31', role: 'facilitator', regions: ['31'] })),
      ).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(RECORD_CONFLICT, { input }, { user: 'v', role: 'viewer' }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(RECORD_CONFLICT, { input: { ...input, parties: [] } }, MANAGER))).toBe(
        'VALIDATION_FAILED',
      );
      expect(codeOf(await app.gql(RECORD_CONFLICT, { input: { ...input, description: 'short' } }, MANAGER))).toBe(
        'VALIDATION_FAILED',
      );
      expect(codeOf(await app.gql(RECORD_CONFLICT, { input: { ...input, journeyIds: [randomUUID()] } }, MANAGER))).toBe(
        'VALIDATION_FAILED',
      );
      expect((await sql(app, 'select count(*)::int as n from conflict'))[0].n).toBe(before);
    },
  );
});
