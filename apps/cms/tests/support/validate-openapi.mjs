// Validates an OpenAPI document with @seriousme/openapi-schema-validator (ESM only, so it runs in
// its own process: `node validate-openapi.mjs <file>`). Prints {"valid":…,"version":…,"errors":…}.
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(process.argv[2]);
console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? [] }));
