import type { JourneyCommand } from '../../../domain/journey/journey.types';
import { satisfactionProblems, type SatisfactionAnswer } from '../../../domain/journey/satisfaction.rules';
import { journeyAt } from './journey-fixtures';

const answers = (scores = [5, 4, 3, 4]): SatisfactionAnswer[] =>
  (['CONTENT_USEFUL', 'FACILITATOR_SUPPORT', 'SCHEDULE_SUITABLE', 'OVERALL'] as const).map((item, i) => ({
    item,
    score: scores[i],
  }));
const survey = (occasion: 'MODULE_END' | 'GRADUATION', moduleId?: string, scores?: number[]): JourneyCommand => ({
  type: 'recordSatisfaction',
  occasion,
  ...(moduleId ? { moduleId } : {}),
  answers: answers(scores),
  evidenceId: `ev-sat-${occasion}`,
});

describe('satisfaction survey', () => {
  it('is recorded once at the end of a module, with its scores and mean in the event', () => {
    const d = journeyAt('RE_EVALUATION');
    const moduleId = d.state.modules[0].moduleId;
    const t = d.do(survey('MODULE_END', moduleId));
    expect(t.events[0]).toMatchObject({
      type: 'SATISFACTION_RECORDED',
      data: { occasion: 'MODULE_END', moduleId, meanScore: 4, facilitatorId: 'facilitator-1' },
    });
    expect(d.state.satisfaction).toEqual([{ occasion: 'MODULE_END', moduleId, at: d.now, meanScore: 4 }]);
    expect(d.try(survey('MODULE_END', moduleId))).toMatchObject({ ok: false, code: 'SATISFACTION_ALREADY_RECORDED' });
  });

  it('refuses a module still running, an unknown module, and graduation before GRADUATED', () => {
    const d = journeyAt('IN_INTERVENTION');
    expect(d.try(survey('MODULE_END', d.state.modules[0].moduleId))).toMatchObject({
      ok: false,
      code: 'SATISFACTION_NOT_DUE',
    });
    expect(d.try(survey('MODULE_END', 'nope'))).toMatchObject({ ok: false, code: 'UNKNOWN_MODULE' });
    expect(d.try(survey('GRADUATION'))).toMatchObject({ ok: false, code: 'SATISFACTION_NOT_DUE' });
  });

  it('is taken once at graduation', () => {
    const d = journeyAt('GRADUATED');
    d.do(survey('GRADUATION', undefined, [5, 5, 4, 5]));
    expect(d.state.satisfaction?.[0]).toMatchObject({ occasion: 'GRADUATION', meanScore: 4.75 });
    expect(d.try(survey('GRADUATION'))).toMatchObject({ ok: false, code: 'SATISFACTION_ALREADY_RECORDED' });
  });

  it('wants every item once, scored 1..5 in whole points', () => {
    expect(satisfactionProblems(answers())).toEqual([]);
    expect(satisfactionProblems(answers([5, 4, 3, 6]))).toEqual(['OVERALL must be a whole score 1..5']);
    expect(satisfactionProblems(answers([5, 4, 3, 2.5]))).toHaveLength(1);
    expect(satisfactionProblems(answers().slice(1))).toEqual([
      'CONTENT_USEFUL must be answered once (answered 0 times)',
    ]);
    const d = journeyAt('GRADUATED');
    expect(d.try(survey('GRADUATION', undefined, [0, 4, 3, 4]))).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
  });
});
