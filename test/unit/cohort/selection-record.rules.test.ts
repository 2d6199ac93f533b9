import { selectionRefusalProblems } from '../../../domain/cohort/selection-record.rules';

const facts = { reasons: ['NOT_COMMITTED'], note: null, vulnerableGroups: ['DISABILITY'], regionCode: '52.71' };

describe('a selection refusal', () => {
  it('needs at least one known reason, each once', () => {
    expect(selectionRefusalProblems(facts)).toEqual([]);
    expect(selectionRefusalProblems({ ...facts, reasons: [] })).toHaveLength(1);
    expect(selectionRefusalProblems({ ...facts, reasons: ['NOT_COMMITTED', 'NOT_COMMITTED'] })).toHaveLength(1);
    expect(selectionRefusalProblems({ ...facts, reasons: ['TOO_RICH'] })).toHaveLength(1);
  });

  it('reason OTHER needs a note saying what it was', () => {
    expect(selectionRefusalProblems({ ...facts, reasons: ['OTHER'] })).toEqual(['reason OTHER needs a note']);
    expect(selectionRefusalProblems({ ...facts, reasons: ['OTHER'], note: 'moved away' })).toEqual([]);
  });
});
