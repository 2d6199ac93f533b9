import { randomUUID } from 'node:crypto';
import type { ProgrammeRules } from '../../domain/programme/programme-rules.types';
import { MANAGER, randomNik, startAppHarness, type AppHarness, type TestIdentity } from '../support/app-harness';
import { assessmentInput, command, ok, reEvaluation } from '../support/journey-commands-graphql';
import { ADMIN, CREATE_PROGRAMME, PUBLISH_RULES, UPDATE_PROGRAMME, programmeInput } from '../support/programme-graphql';
import { OFFICE, enrolInto, must, programmeOffice, toIntervention } from '../support/programme-office';

/**
 * A programme office builds its programme from nothing through GraphQL only (no migration, no SQL): set-up and
 * rules, cohorts with quotas, staff, a partner organisation and a mentor; people enrolled and one refused at
 * selection; an overdue step climbing to the coordinator, then the manager; the partner answering a referral;
 * the mentor recording only their module; government and donor reading figures and never a person.
 */
describe('a programme office runs its programme through Jejak', () => {
  let app: AppHarness;
  const office = programmeOffice(randomUUID().slice(0, 8));
  const { programmeId, rulesId, staff } = office;
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const none = { id: '', journeyId: '' };
  const journeys: Record<'climbing' | 'mentored', { id: string; journeyId: string }> = {
    climbing: none,
    mentored: none,
  };

  beforeAll(async () => {
    app = await startAppHarness();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('the admin creates the programme and publishes its rules v2 with a changed graduation threshold', async () => {
    const input = programmeInput(programmeId, { rulesId: 'training-sandbox', rulesVersion: 3, regionCodes: ['52'] });
    await must(app, CREATE_PROGRAMME, { input }, ADMIN);
    const base = await must<{ programmeRules: { document: ProgrammeRules } }>(
      app,
      OFFICE.rules,
      { r: 'training-sandbox', v: 3 },
      ADMIN,
    );
    const v1 = { ...base.programmeRules.document, programmeRulesId: rulesId, version: 1 };
    const v2 = { ...v1, version: 2, graduation: { ...v1.graduation, minIncomeToMinimumWageRatio: 1.1 } };
    const publish = (document: ProgrammeRules, from: { id: string; v: number }) =>
      must<{ publishProgrammeRules: { diff: unknown[] } }>(
        app,
        PUBLISH_RULES,
        {
          input: {
            rulesId,
            version: document.version,
            derivesFromRulesId: from.id,
            derivesFromVersion: from.v,
            document,
            reason: 'The implementing ministry sets graduation at 1.1 times the minimum wage',
          },
        },
        ADMIN,
      );
    expect((await publish(v1, { id: 'training-sandbox', v: 3 })).publishProgrammeRules.diff).toEqual([]);
    const published = await publish(v2, { id: rulesId, v: 1 });
    expect(published.publishProgrammeRules.diff).toEqual([
      { path: 'graduation.minIncomeToMinimumWageRatio', before: v1.graduation.minIncomeToMinimumWageRatio, after: 1.1 },
    ]);
    const update = { id: programmeId, rulesId, rulesVersion: 2, reason: 'Graduation criteria set by the ministry' };
    const updated = await must<{ updateProgramme: { rulesVersion: number } }>(
      app,
      UPDATE_PROGRAMME,
      { input: update },
      ADMIN,
    );
    expect(updated.updateProgramme.rulesVersion).toBe(2);
  });

  it('creates two cohorts with quotas; assigns a coordinator, two facilitators, a partner and a mentor', async () => {
    const cohort = (id: string, regionCode: string, quotas: { group: string; minPercent: number }[]) => ({
      i: { id, programmeId, name: id, regionCode, startDate: '2027-01-04', plannedSize: 4, quotas, reason: 'Intake' },
    });
    const a = await must<{ createCohort: { status: string } }>(
      app,
      OFFICE.createCohort,
      cohort(office.cohortA, '52.71', [{ group: 'FEMALE_HEAD_OF_HOUSEHOLD', minPercent: 50 }]),
      MANAGER,
    );
    expect(a.createCohort.status).toBe('ENROLLING');
    await must(
      app,
      OFFICE.createCohort,
      cohort(office.cohortB, '52.01', [{ group: 'DISABILITY', minPercent: 25 }]),
      ADMIN,
    );

    const assign = (who: TestIdentity, role: string, extra: Record<string, unknown> = {}) =>
      must(
        app,
        OFFICE.assignStaff,
        { i: { userId: who.user, role, programmeId, regionCodes: ['52'], reason: 'Team', ...extra } },
        MANAGER,
      );
    await assign(staff.coordinator, 'COORDINATOR');
    for (const f of [staff.facilitatorA, staff.facilitatorB])
      await assign(f, 'FACILITATOR', { coordinatorId: staff.coordinator.user, caseloadLimit: 20 });
    await assign(staff.mentor, 'MENTOR');
    const organisation = {
      i: {
        id: office.organisationId,
        name: 'Yayasan Mitra NTB',
        kind: 'FOUNDATION',
        programmeIds: [programmeId],
        regionCodes: ['52'],
        reason: 'Implementing partner for referrals',
      },
    };
    await must(app, OFFICE.createOrganisation, organisation, ADMIN);
  });

  it('enrols people into the cohorts and keeps the one refused at selection as a record', async () => {
    const place = { programmeId, cohortId: office.cohortA };
    journeys.climbing = await enrolInto(app, randomNik(), { ...place, facilitatorId: staff.facilitatorA.user });
    journeys.mentored = await enrolInto(app, randomNik(), { ...place, facilitatorId: staff.facilitatorB.user });
    const inB = { programmeId, cohortId: office.cohortB, regionCode: '52.01', facilitatorId: staff.facilitatorB.user };
    await enrolInto(app, randomNik(), inB, { disability: true, vulnerableGroups: ['DISABILITY'] });

    const uncommitted = {
      selection: { monthlyIncome: 900000, regionalMinimumWage: 2600000, potentialScore: 4, committed: false },
    };
    await expect(
      enrolInto(app, randomNik(), { ...place, facilitatorId: staff.facilitatorA.user }, uncommitted),
    ).rejects.toThrow(/SELECTION_CRITERIA_NOT_MET/);
    const refusal = {
      i: {
        programmeId,
        cohortId: office.cohortA,
        regionCode: '52.71',
        sex: 'FEMALE',
        disability: false,
        vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
        reasons: ['NOT_COMMITTED'],
        idempotencyKey: `refuse-${randomUUID()}`,
      },
    };
    await must(app, OFFICE.refuse, refusal, staff.facilitatorA);
    const status = await must<{ cohortQuotaStatus: Record<string, unknown> }>(
      app,
      OFFICE.quota,
      { c: office.cohortA },
      MANAGER,
    );
    expect(status.cohortQuotaStatus).toMatchObject({ plannedSize: 4, enrolled: 2, refused: 1, applicants: 3 });
    expect(status.cohortQuotaStatus.quotas).toEqual([
      { group: 'FEMALE_HEAD_OF_HOUSEHOLD', applicants: 3, enrolled: 2, met: true },
    ]);
  });

  it('an overdue step escalates to the coordinator first, then to the manager', async () => {
    const { id, journeyId } = journeys.climbing;
    await toIntervention(app, id, staff.facilitatorA, assessmentInput({ capital: true }));
    const seen: string[] = [];
    for (const until = Date.now() + 120_000; Date.now() < until && seen.at(-1) !== 'MANAGER';) {
      await new Promise((r) => setTimeout(r, 100));
      // The coordinator follows the journeys of the facilitators they coordinate.
      const read = await must<{ journey: { overdue: { escalatedTo: string }[] } }>(
        app,
        OFFICE.overdue,
        { id },
        staff.coordinator,
      );
      const level = read.journey.overdue[0]?.escalatedTo;
      if (level && seen.at(-1) !== level) seen.push(level);
    }
    expect(seen.at(-1)).toBe('MANAGER');
    // Each rung the poll saw came in ladder order (a busy machine may miss the short coordinator rung).
    expect(['FACILITATOR', 'COORDINATOR', 'MANAGER'].filter((l) => seen.includes(l))).toEqual(seen);
    // Who was told, as each reads it: every rung reaches its own person (the manager rung, the managers).
    const told = async (who: TestIdentity) => {
      const res = await must<{ myNotifications: { kind: string; journeyId: string }[] }>(
        app,
        `query { myNotifications(first: 200) { kind journeyId } }`,
        {},
        who,
      );
      return res.myNotifications.filter((n) => n.journeyId === journeyId && n.kind.startsWith('ESCALATE_TO_'));
    };
    expect(await told(staff.facilitatorA)).toEqual([{ kind: 'ESCALATE_TO_FACILITATOR', journeyId }]);
    expect(await told(staff.coordinator)).toEqual([{ kind: 'ESCALATE_TO_COORDINATOR', journeyId }]);
    expect(await told(MANAGER)).toEqual([{ kind: 'ESCALATE_TO_MANAGER', journeyId }]);
    expect(await told(staff.facilitatorB)).toEqual([]);
  }, 180_000);

  it('the mentor records only their module; the partner answers the referral made to its organisation', async () => {
    const { id } = journeys.mentored;
    const facilitator = staff.facilitatorB;
    const modules = await toIntervention(app, id, facilitator, assessmentInput({ capital: true, market: true }));
    const [mine, other] = modules;
    await ok(
      app,
      'assignModuleMentor',
      id,
      { templateId: mine.templateId, mentorId: staff.mentor.user, reason: 'Technical mentor' },
      MANAGER,
    );
    await ok(
      app,
      'assignPartner',
      id,
      { organisationId: office.organisationId, reason: 'Partner in Mataram' },
      MANAGER,
    );
    const at = new Date().toISOString();
    const session = (m: { moduleId: string }, n: number) => ({
      moduleId: m.moduleId,
      sessionId: `s${n}`,
      sessionType: 'THEORY',
      scheduledAt: at,
    });
    expect(codeOf(await command(app, 'scheduleSession', id, session(other, 1), staff.mentor))).toBe('NOT_YOUR_MODULE');
    expect(codeOf(await command(app, 'decideGraduation', id, { decision: 'GRADUATE' }, staff.mentor))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await app.gql(`query($id: ID!) { journey(id: $id) { id } }`, { id }, staff.mentor))).toBe(
      'FORBIDDEN',
    );
    for (const m of modules) {
      const who = m === mine ? staff.mentor : facilitator;
      for (let n = 1; n <= m.plannedSessions; n++) {
        await ok(app, 'scheduleSession', id, session(m, n), who);
        await ok(
          app,
          'recordAttendance',
          id,
          { moduleId: m.moduleId, sessionId: `s${n}`, status: 'PRESENT', heldAt: at },
          who,
        );
      }
      await ok(
        app,
        'recordModuleEvaluation',
        id,
        { moduleId: m.moduleId, preScore: 40, postScore: 82, assignmentResult: 'PASSED' },
        who,
      );
    }
    const reviewed = await ok(app, 'submitReEvaluation', id, reEvaluation(true), facilitator);
    expect(reviewed.reEvaluations.at(-1).proposal).toBe('GRADUATE');
    await ok(app, 'decideGraduation', id, { decision: 'GRADUATE' }, MANAGER);
    await ok(
      app,
      'recordCommunication',
      id,
      { decision: 'GRADUATE', channel: 'HOME_VISIT', summary: 'Explained' },
      facilitator,
    );
    const referral = {
      targetProgramme: 'KUR',
      organisationId: office.organisationId,
      readiness: 'Ready',
      informationGiven: 'Terms',
    };
    const referred = await ok(app, 'refer', id, referral, facilitator);
    if (referred.pendingCommunication === 'REFER')
      await ok(
        app,
        'recordCommunication',
        id,
        { decision: 'REFER', channel: 'HOME_VISIT', summary: 'Told' },
        facilitator,
      );
    const answered = await ok(app, 'recordReferralAnswer', id, { answer: 'ACCEPTED', note: 'Member' }, staff.partner);
    expect(answered.referral).toMatchObject({ targetProgramme: 'KUR', answer: 'ACCEPTED' });
    expect(
      codeOf(await app.gql(`query($id: ID!) { journey(id: $id) { id } }`, { id: journeys.climbing.id }, staff.partner)),
    ).toBe('FORBIDDEN');
  }, 180_000);

  it('government and donor tokens read figures and get FORBIDDEN on any person', async () => {
    const figures = `query($p: ID!) { programmeIndicators(programmeId: $p) { key numerator suppressed } }`;
    for (const who of [staff.government, staff.donor]) {
      const read = await app.gql<{ programmeIndicators: { key: string }[] }>(figures, { p: programmeId }, who);
      expect(read.errors).toBeUndefined();
      expect(read.data!.programmeIndicators.map((f) => f.key)).toContain('enrolled');
      for (const person of [
        app.gql(`query($id: ID!) { journey(id: $id) { id } }`, { id: journeys.climbing.id }, who),
        app.gql(`query($id: ID!) { beneficiary(id: $id) { id } }`, { id: journeys.climbing.journeyId }, who),
        app.gql(`query { journeys(first: 5) { totalCount } }`, {}, who),
        app.gql(`query($c: ID!) { selectionRecords(cohortId: $c) { id } }`, { c: office.cohortA }, who),
      ])
        expect(codeOf(await person)).toBe('FORBIDDEN');
    }
    expect(codeOf(await app.gql(figures, { p: 'default' }, staff.donor))).toBe('FORBIDDEN');
  });
});
