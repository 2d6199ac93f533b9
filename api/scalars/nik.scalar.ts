import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const NIK = /^\d{16}$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !NIK.test(value)) {
    throw new GraphQLError('NIK must be a string of exactly 16 digits', { extensions: { code: 'VALIDATION_FAILED' } });
  }
  return value;
}

/** Nomor Induk Kependudukan, the national population ID number: 16 digits, as a string (leading zeros kept). */
export const NikScalar = new GraphQLScalarType({
  name: 'NIK',
  description: 'National ID number (Nomor Induk Kependudukan): exactly 16 digits, as a string.',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
