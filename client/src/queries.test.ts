import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from './queries';

const schema = buildSchema(
  readFileSync(new URL('../../server/src/graphql/schema.graphql', import.meta.url), 'utf8'),
);

describe('client queries', () => {
  for (const [name, text] of Object.entries(queries)) {
    it(`${name} is valid against the server schema`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
    });
  }
});
