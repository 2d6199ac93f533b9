import { ACCESS_POLICY } from '../../../api/auth/access-policy';
import { actionOf } from '../../../api/auth/access.middleware';
import { LABELS } from '../../../domain/i18n/translate';

/** Every action an audit row can name (a refused mutation is audited under it) has a display name in both languages. */
describe('audit action labels', () => {
  it(
    "name every mutation's audit action in Indonesian and English " +
      '(add missing ones to domain/i18n/labels.*.ts, action)',
    () => {
      const actions = Object.entries(ACCESS_POLICY.Mutation).map(([field, rule]) => actionOf(field, rule));
      const unnamed = actions.filter((a) => !(a in LABELS.en.action) || !(a in LABELS.id.action));
      expect(unnamed).toEqual([]);
    },
  );
});
