import type { ServerResponse } from 'node:http';
import { csvField } from '../../domain/shared/csv-field';

/** Writes and waits for the socket to drain when its buffer is full, so a slow reader bounds memory. */
async function write(res: ServerResponse, chunk: string): Promise<void> {
  if (res.destroyed) throw new Error('client went away');
  if (!res.write(chunk))
    await new Promise<void>((resolve, reject) => {
      res.once('drain', resolve);
      res.once('close', () => reject(new Error('client went away')));
    });
}

/**
 * Streams rows as CSV (header line, then one line per row) or as one JSON array, as they come
 * from `rows`: batches are written as they are read, never collected. Buffers about 64 kB.
 */
export async function streamRows<T extends object>(
  res: ServerResponse,
  format: 'csv' | 'json',
  columns: (keyof T & string)[],
  rows: AsyncIterable<T>,
): Promise<number> {
  let count = 0;
  let buffer = format === 'csv' ? `${columns.join(',')}\r\n` : '[';
  for await (const row of rows) {
    if (format === 'csv') {
      buffer += `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
    } else {
      const item = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
      buffer += `${count > 0 ? ',' : ''}\n${JSON.stringify(item)}`;
    }
    count++;
    if (buffer.length > 64_000) {
      await write(res, buffer);
      buffer = '';
    }
  }
  buffer += format === 'json' ? '\n]\n' : '';
  await write(res, buffer);
  res.end();
  return count;
}
