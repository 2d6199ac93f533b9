import { getProgrammeRules, listProgrammeRules } from '../../../domain/programme/programme-rules.registry';
import { programmeRulesDocumentProblems } from '../../../domain/programme/programme-rules-document.validation';

const copy = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(getProgrammeRules('default', 2))) as Record<string, unknown>;

describe('validating a rules document sent through the API', () => {
  it('accepts every bundled version', () => {
    for (const rules of listProgrammeRules()) expect(programmeRulesDocumentProblems(rules)).toEqual([]);
  });

  it('names missing sections and wrong types by their path instead of failing on them', () => {
    const doc = copy();
    delete doc.graduation;
    (doc.deadlines as Record<string, unknown>).assessmentDays = '30';
    expect(programmeRulesDocumentProblems(doc)).toEqual([
      'graduation is missing',
      'deadlines.assessmentDays must be a number',
    ]);
  });

  it('refuses a document that is not an object', () => {
    expect(programmeRulesDocumentProblems([1, 2])).toEqual(['document must be an object']);
  });

  it('runs the consistency checks once the shape holds', () => {
    const doc = copy();
    (doc.welfareThresholds as Record<string, number>).MIDDLE = 2;
    expect(programmeRulesDocumentProblems(doc)).toEqual([
      'welfareThresholds must satisfy 0 <= VULNERABLE < MIDDLE < STABLE, got 0.5/2/1.5',
    ]);
  });

  it('leaves fields a newer release adds alone', () => {
    const doc = copy();
    doc.escalation = { coordinatorAfterDays: 3, managerAfterDays: 7 };
    expect(programmeRulesDocumentProblems(doc)).toEqual([]);
  });
});
