import { Connection } from '@temporalio/client';

/**
 * A Temporal client connection that can read a page of a long journey's history: gRPC's default
 * 4 MB answer limit is below what one page of 1,000 events can weigh (each update answer carries
 * the journey), and auditors read whole histories. 128 MB, as Temporal's Go SDK allows.
 */
export const MAX_TEMPORAL_ANSWER_BYTES = 128 * 2 ** 20;

export function connectTemporal(address: string): Promise<Connection> {
  return Connection.connect({ address, channelArgs: { 'grpc.max_receive_message_length': MAX_TEMPORAL_ANSWER_BYTES } });
}
