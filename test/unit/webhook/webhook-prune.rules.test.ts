import { pruneCutoffs } from '../../../domain/webhook/webhook-prune.rules';

describe('the webhook outbox retention', () => {
  it('keeps delivered deliveries for their retention and dead-lettered ones for theirs, counted back from now', () => {
    expect(pruneCutoffs('2026-12-31T12:00:00.000Z', { deliveredDays: 30, deadDays: 90 })).toEqual({
      deliveredBefore: '2026-12-01T12:00:00.000Z',
      deadBefore: '2026-10-02T12:00:00.000Z',
      eventsBefore: '2026-12-01T12:00:00.000Z',
    });
  });

  it('deletes an event without deliveries only past the shorter retention', () => {
    expect(pruneCutoffs('2026-12-31T00:00:00.000Z', { deliveredDays: 60, deadDays: 7 }).eventsBefore).toBe(
      '2026-12-24T00:00:00.000Z',
    );
  });

  it('refuses a time that is not an instant', () => {
    expect(() => pruneCutoffs('yesterday', { deliveredDays: 30, deadDays: 90 })).toThrow(RangeError);
  });
});
