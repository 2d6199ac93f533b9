import type { ApolloServerPlugin } from '@apollo/server';
import { sanitizeForLog } from '../../config/logger';
import { domainCodeOf } from './error-mapping';
import type { GraphQLContext } from '../context';

/** Logs unexpected errors once, with the request id (clients only see INTERNAL). No variables are logged. */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          for (const err of errors) {
            const domain = domainCodeOf(err);
            if (domain && domain.code !== 'INTERNAL') continue;
            const cause = err.originalError ?? err;
            contextValue.logger?.error(
              { operationName, path: err.path, err: { type: cause.name, message: sanitizeForLog(cause.message) } },
              'unexpected error',
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
