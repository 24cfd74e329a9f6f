import { QUERY_LIMITS } from './limits';
import { asList, QueryRefusal, type SchemaAttribute } from './schema';

/**
 * Every filter operand is checked against its field's type before the database sees it: one
 * scalar, or a list of scalars for the list operators, each readable as the field's type.
 */

const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration']);
const TEXT_OPERATORS = new Set([
  '$eqi',
  '$nei',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
]);
const COMPARISONS = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte']);
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const PRESENCE_OPERATORS = new Set(['$null', '$notNull']);

export const FIELD_OPERATORS = [...COMPARISONS, ...TEXT_OPERATORS, ...LIST_OPERATORS, '$between', ...PRESENCE_OPERATORS, '$not'];

const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

function describe(attribute: SchemaAttribute): string {
  switch (attribute.type) {
    case 'integer':
    case 'biginteger':
      return 'a whole number';
    case 'float':
    case 'decimal':
      return 'a number such as 45.9';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date such as 2026-05-01';
    case 'datetime':
    case 'timestamp':
      return 'a date, or a date and time such as 2026-05-01T10:00:00Z';
    case 'time':
      return 'a time such as 09:30';
    case 'enumeration':
      return `one of ${(attribute.enum ?? []).join(', ')}`;
    default:
      return `text of at most ${QUERY_LIMITS.operandLength} characters`;
  }
}

function readable(value: string, attribute: SchemaAttribute): boolean {
  switch (attribute.type) {
    case 'integer':
    case 'biginteger':
      return INTEGER.test(value);
    case 'float':
    case 'decimal':
      return DECIMAL.test(value);
    case 'boolean':
      return value === 'true' || value === 'false';
    case 'date':
      return DATE.test(value) && !Number.isNaN(Date.parse(value));
    case 'datetime':
    case 'timestamp':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')));
    case 'time':
      return TIME.test(value);
    default:
      return true;
  }
}

function scalar(value: unknown, attribute: SchemaAttribute, parameter: string, textOperator: boolean): string {
  if (typeof value !== 'string') {
    throw new QueryRefusal(
      parameter,
      `must be one value (${describe(attribute)}), not ${value === null ? 'empty' : 'a nested parameter'}.`,
    );
  }
  if (value.length > QUERY_LIMITS.operandLength)
    throw new QueryRefusal(parameter, `must be at most ${QUERY_LIMITS.operandLength} characters.`);
  // Partial text matches on an enumeration are text matches; the other operators compare whole values.
  if (!textOperator && attribute.type === 'enumeration' && !(attribute.enum ?? []).includes(value)) {
    throw new QueryRefusal(parameter, `must be ${describe(attribute)}.`);
  }
  if (!readable(value, attribute)) throw new QueryRefusal(parameter, `must be ${describe(attribute)}.`);
  return value;
}

/** Checks the value of `filters[...][<field>]`: a scalar (equality) or an object of operators. */
export function checkFieldCondition(value: unknown, attribute: SchemaAttribute, parameter: string): void {
  if (typeof value === 'string' || value === null || Array.isArray(value)) {
    // `filters[slug]=x` means `$eq`; a bare list means `$in`.
    if (Array.isArray(value)) return checkOperator('$in', value, attribute, parameter);
    scalar(value, attribute, parameter, false);
    return;
  }
  const operators = Object.entries(value as Record<string, unknown>);
  if (operators.length === 0) throw new QueryRefusal(parameter, 'needs an operator such as [$eq].');
  for (const [operator, operand] of operators) checkOperator(operator, operand, attribute, `${parameter}[${operator}]`);
}

function checkOperator(operator: string, operand: unknown, attribute: SchemaAttribute, parameter: string): void {
  if (operator === '$not') return checkFieldCondition(operand, attribute, parameter);
  if (COMPARISONS.has(operator)) {
    scalar(operand, attribute, parameter, false);
    return;
  }
  if (TEXT_OPERATORS.has(operator)) {
    if (!TEXT_TYPES.has(attribute.type))
      throw new QueryRefusal(parameter, `${operator} compares text; this field holds ${describe(attribute)}.`);
    scalar(operand, attribute, parameter, true);
    return;
  }
  if (PRESENCE_OPERATORS.has(operator)) {
    if (operand !== 'true' && operand !== 'false') throw new QueryRefusal(parameter, 'must be true or false.');
    return;
  }
  if (LIST_OPERATORS.has(operator) || operator === '$between') {
    const list = asList(operand);
    if (!list || list.length === 0 || list.length > QUERY_LIMITS.listItems) {
      throw new QueryRefusal(
        parameter,
        `must be a list of 1 to ${QUERY_LIMITS.listItems} values, e.g. ${parameter}[0]=a&${parameter}[1]=b.`,
      );
    }
    if (operator === '$between' && list.length !== 2)
      throw new QueryRefusal(parameter, `must be two values, e.g. ${parameter}[0]=a&${parameter}[1]=b.`);
    list.forEach((item, index) => scalar(item, attribute, `${parameter}[${index}]`, false));
    return;
  }
  throw new QueryRefusal(parameter, `unknown operator; use one of ${FIELD_OPERATORS.join(', ')}.`);
}
