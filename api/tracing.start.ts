/**
 * The jejak-api process's first import: OpenTelemetry must patch pg, graphql and http before they load
 * (config/tracing.ts). Null when OTEL_EXPORTER_OTLP_ENDPOINT is unset: tracing off.
 */
import { startProcessTracingOrSkip } from '../config/tracing';

export const processTracing = startProcessTracingOrSkip('jejak-api');
