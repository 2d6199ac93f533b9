/** GraphQL documents the e2e tests send, as a front end would. */
export const JOURNEY_FIELDS = `id journeyId workflowId stage status seq welfareLevel pendingCommunication programmeId
  regionCode facilitatorId nextAction { action by dueAt }
  assessment { needs incomeToMinimumWageRatio }
  proposedModules { templateId phase plannedStart plannedSessions }
  modules { moduleId templateId status plannedSessions plannedEnd sessions { sessionId attendance } preScore postScore }
  decisions { kind communicatedAt } intensiveCycles { cycle plannedEnd endedAt }
  followUps { index dueAt opensAt recordedAt }
  overdue { kind key }
  reEvaluations { at proposal welfareLevel criteria { criterion met detail } }
  referral { targetProgramme answer answeredAt }`;

export const ENROLL = `mutation Enroll($input: EnrollBeneficiaryInput!, $key: String!) {
  enrollBeneficiary(input: $input, idempotencyKey: $key) {
    ${JOURNEY_FIELDS} beneficiary { id beneficiaryId name nikMasked sex } } }`;

export const JOURNEY = `query Journey($id: ID!, $live: Boolean) {
  journey(id: $id, live: $live) { ${JOURNEY_FIELDS} beneficiary { id name nikMasked } } }`;

export function enrolmentInput(nik: string, overrides: Record<string, unknown> = {}) {
  return {
    nik,
    name: 'Siti Aminah',
    sex: 'FEMALE',
    birthDate: '1988-04-12',
    disability: false,
    regionCode: '52.71',
    programmeId: 'default',
    facilitatorId: 'facilitator-1',
    vulnerableGroups: ['FEMALE_HEAD_OF_HOUSEHOLD'],
    selection: { monthlyIncome: 900000, regionalMinimumWage: 2600000, potentialScore: 4, committed: true },
    ...overrides,
  };
}
