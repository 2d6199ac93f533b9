import { Histogram, register } from 'prom-client';

const NAME = 'jejak_recording_transaction_seconds';

/**
 * How long a journey step's recording transaction takes (read model, events, notifications, audit
 * rows), in the worker's default prom-client registry, which WORKER_METRICS_PORT serves.
 */
export const recordingTransactionSeconds: Histogram =
  (register.getSingleMetric(NAME) as Histogram | undefined) ??
  new Histogram({
    name: NAME,
    help: 'Duration of the transaction recording one journey step (read model, events, audit)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
