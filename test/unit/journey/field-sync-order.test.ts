import { byJourneyInOrder, FIELD_RECORD_COMMANDS } from '../../../domain/journey/field-sync.codes';
import { COMMAND_POLICY } from '../../../domain/journey/journey-command-policy';

describe("a device's batch: each journey's records in the order sent", () => {
  it('keeps the order within a journey and separates journeys, whatever the case of their ids', () => {
    const lanes = byJourneyInOrder([
      { journeyId: 'A' },
      { journeyId: 'b' },
      { journeyId: 'a' },
      { journeyId: 'c' },
      { journeyId: 'B' },
    ]);
    expect([...lanes.entries()]).toEqual([
      ['a', [0, 2]],
      ['b', [1, 4]],
      ['c', [3]],
    ]);
  });

  it('every kind of field record is a journey command a facilitator may send', () => {
    for (const command of Object.values(FIELD_RECORD_COMMANDS))
      expect(COMMAND_POLICY[command].roles).toContain('facilitator');
  });
});
