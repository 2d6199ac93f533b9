import { FieldCipher } from '../../config/crypto/field-cipher';
import { loadDataKeys } from '../../config/env';
import { openForm } from '../../db/personal-data/sealed-forms';
import type { AppHarness } from './app-harness';

/** Evidence rows read raw (with `payload_sealed`), their `payload` the form opened with the API's keys. */
export function withForms<R extends Record<string, unknown>>(
  app: Pick<AppHarness, 'config'>,
  rows: R[],
): (Omit<R, 'payload'> & { payload: Record<string, unknown> })[] {
  const cipher = new FieldCipher(app.config.dataKeys);
  return rows.map((r) => ({ ...r, payload: openForm(cipher, r) }));
}

/** One raw evidence row's form opened with the run's data keys (the same the harness's API uses). */
export function formOf(row: Record<string, unknown>): Record<string, unknown> {
  return openForm(new FieldCipher(loadDataKeys(process.env)), row);
}
