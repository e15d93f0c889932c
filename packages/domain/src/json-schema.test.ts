import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exampleWorkspace } from './fixtures';
import { DomainError, SCHEMA_NAMES, THEMES, toJsonSchema, type SchemaName } from './index';

describe('toJsonSchema', () => {
  it.each(SCHEMA_NAMES)('gives a valid draft 2020-12 schema for %s', (name) => {
    const schema = toJsonSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe(name);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('lets a team outside TypeScript validate the example workspace', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(toJsonSchema('PathfinderWorkspace'));
    expect(validate(JSON.parse(JSON.stringify(exampleWorkspace)))).toBe(true);
    expect(validate({ schemaVersion: 3 })).toBe(false);
    const themeValid = ajv.compile(toJsonSchema('Theme'));
    expect(themeValid(THEMES[0])).toBe(true);
    expect(themeValid({ ...THEMES[0], id: 'not-a-theme' })).toBe(false);
  });

  it('answers an unknown name with a DomainError that lists the names', () => {
    expect(() => toJsonSchema('Nope' as SchemaName)).toThrow(DomainError);
    expect(() => toJsonSchema('Nope' as SchemaName)).toThrow(/Use one of: Principle, Theme/);
  });
});
